import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * WCAG AA contrast of both palettes in components/theme.css, read from the file itself, for
 * every pair of variables the components put together. The formula is WCAG 2.x's relative
 * luminance (written here: no maintained package in our dependencies computes it outside a
 * browser, and axe-core checks only text colours of what is on screen, not field borders).
 */

type Palette = Record<string, string>;

function palettes(): { light: Palette; dark: Palette } {
  const css = readFileSync(path.join(process.cwd(), 'components/theme.css'), 'utf8');
  const light: Palette = {};
  const dark: Palette = {};
  for (const match of css.matchAll(/(--[\w-]+):\s*light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)/gi)) {
    light[match[1]!] = match[2]!;
    dark[match[1]!] = match[3]!;
  }
  return { light, dark };
}

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const TEXT = 4.5;
const UI = 3;

/** [foreground, background, minimum ratio, where the pair is used]. */
const PAIRS: [string, string, number, string][] = [
  ['--fg', '--bg', TEXT, 'body text'],
  ['--muted', '--bg', TEXT, 'hints, footer, descriptions'],
  ['--accent', '--bg', TEXT, 'links and secondary buttons'],
  ['--accent-fg', '--accent', TEXT, 'primary buttons'],
  ['--danger', '--danger-bg', TEXT, 'alerts'],
  ['--danger', '--bg', TEXT, 'warnings ("Not set", read-only key)'],
  ['--ok', '--bg', TEXT, '"Saved." and other status lines'],
  ['--field-border', '--bg', UI, 'outline of inputs and selects'],
  ['--accent', '--bg', UI, 'focus ring and checked checkboxes'],
];

describe('theme palettes', () => {
  const { light, dark } = palettes();

  it('define every variable in both themes', () => {
    const names = [...new Set(PAIRS.flatMap(([fg, bg]) => [fg, bg]))];
    expect(names.filter((name) => !light[name] || !dark[name])).toEqual([]);
  });

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('%s: every pair meets WCAG AA', (_name, palette) => {
    const failing = PAIRS.map(([fg, bg, minimum, use]) => ({ pair: `${fg} on ${bg} (${use})`, ratio: Math.round(contrast(palette[fg]!, palette[bg]!) * 100) / 100, minimum })).filter(
      ({ ratio, minimum }) => ratio < minimum,
    );
    expect(failing).toEqual([]);
  });

  it('computes known ratios (black on white is 21:1, white on white 1:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
