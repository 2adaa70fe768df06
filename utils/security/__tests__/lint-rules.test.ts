// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The project's lint rules refuse every way of turning text into HTML or code (`npm test` runs
 * the linter, so any of these fails the build). Checked on small files as if they were ours.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint rules against HTML and code from text', () => {
  // Loading the config and the TypeScript parser takes seconds on a busy machine.
  beforeAll(() => problems('export {};\n', 'components/Probe.tsx'), 60_000);

  it.each([
    ['dangerouslySetInnerHTML', 'export const A = ({ name }: { name: string }) => <p dangerouslySetInnerHTML={{ __html: name }} />;\n', 'no-restricted-syntax'],
    ['innerHTML =', 'export function a(el: HTMLElement, name: string) {\n  el.innerHTML = name;\n}\n', 'no-restricted-syntax'],
    ['outerHTML =', 'export function a(el: HTMLElement, name: string) {\n  el.outerHTML = name;\n}\n', 'no-restricted-syntax'],
    ['insertAdjacentHTML', "export function a(el: HTMLElement, name: string) {\n  el.insertAdjacentHTML('beforeend', name);\n}\n", 'no-restricted-syntax'],
    ['document.write', 'export function a(name: string) {\n  document.write(name);\n}\n', 'no-restricted-syntax'],
    ['createContextualFragment', 'export function a(name: string) {\n  return document.createRange().createContextualFragment(name);\n}\n', 'no-restricted-syntax'],
    ['document.writeln', 'export function a(name: string) {\n  document.writeln(name);\n}\n', 'no-restricted-syntax'],
    ['parseFromString', "export function a(name: string) {\n  return new DOMParser().parseFromString(name, 'text/html');\n}\n", 'no-restricted-syntax'],
    ['setHTMLUnsafe', 'export function a(el: Element, name: string) {\n  (el as Element & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(name);\n}\n', 'no-restricted-syntax'],
    ['srcdoc =', 'export function a(frame: HTMLIFrameElement, name: string) {\n  frame.srcdoc = name;\n}\n', 'no-restricted-syntax'],
    ['srcDoc', 'export const A = ({ name }: { name: string }) => <iframe title="x" srcDoc={name} />;\n', 'no-restricted-syntax'],
    ['eval', 'export function a(code: string) {\n  return eval(code);\n}\n', 'no-eval'],
    ['new Function', "export function a(code: string) {\n  return new Function('x', code);\n}\n", 'no-new-func'],
    ['setTimeout with a string', "export function a() {\n  setTimeout('run()', 1);\n}\n", 'no-implied-eval'],
    ['window.setTimeout with a string', "export function a() {\n  window.setTimeout('run()', 1);\n}\n", 'no-implied-eval'],
  ])('%s fails the lint', async (_name, code, rule) => {
    expect(await problems(code, 'components/Probe.tsx')).toContain(rule);
  });

  it('lets text rendered as text through', async () => {
    expect(await problems('export const A = ({ name }: { name: string }) => <p title={name}>{name}</p>;\n', 'components/Probe.tsx')).toEqual([]);
  });
});
