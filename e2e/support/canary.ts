/**
 * A canary API key and the search for it: a fresh key is random and unique, so any place it turns
 * up (a console line, a page, a storage item, a request) is a place the key leaked to.
 */

/** The length of the pieces of the key's body searched for (shorter pieces would match by chance). */
export const CANARY_WINDOW = 8;

/** Where a piece of the canary was seen, with a short excerpt around it (the piece itself masked). */
export interface Sighting {
  where: string;
  /** What was found: "the whole key", "the key's body", "8 characters of the body at 12", "base64 …". */
  what: string;
  excerpt: string;
}

/**
 * The strings that give `key` away, each with what it is: the whole key, its body (after
 * `ck_live_`), every {@link CANARY_WINDOW}-character window of the body, and the key in base64 at
 * each of the three byte alignments (the part that does not depend on what surrounds it).
 */
export function canaryNeedles(key: string): Array<{ needle: string; what: string }> {
  const body = key.replace(/^ck_live_/, '');
  const needles = [
    { needle: key, what: 'the whole key' },
    { needle: body, what: "the key's body" },
  ];
  for (let at = 0; at + CANARY_WINDOW <= body.length; at += 1) needles.push({ needle: body.slice(at, at + CANARY_WINDOW), what: `${CANARY_WINDOW} characters of the body at ${at}` });
  for (let shift = 0; shift < 3; shift += 1) needles.push({ needle: Buffer.from(key.slice(shift)).toString('base64').slice(0, -4), what: `the key in base64 (alignment ${shift})` });
  return needles;
}

/**
 * Collects text from everywhere the test can look, under a label saying where it came from, and
 * finds the canary in it. Text that arrives asynchronously (console arguments, request headers)
 * is added through {@link CanarySearch.later} and waited for by {@link CanarySearch.settle}.
 */
export class CanarySearch {
  private readonly needles: Array<{ needle: string; what: string }>;
  private readonly texts: Array<{ where: string; text: string }> = [];
  private readonly pending = new Set<Promise<unknown>>();

  constructor(readonly key: string) {
    this.needles = canaryNeedles(key);
  }

  /** Adds `text` seen at `where` (e.g. "console.error (popup.html)"). */
  add(where: string, text: string | null | undefined): void {
    if (text) this.texts.push({ where, text });
  }

  /**
   * Adds what `work` adds once it is done; a failure is recorded as text too (it may hold the
   * key). Work still running after 5 s (e.g. reading a closed page's console argument) is given up.
   */
  later(work: Promise<unknown>): void {
    const givenUp = new Promise<void>((resolve) => setTimeout(resolve, 5_000).unref());
    const tracked = Promise.race([work, givenUp])
      .catch((error: unknown) => this.add('(reading failed)', String(error)))
      .finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  /** Waits until everything added through {@link later} so far is in. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** Whether any text so far (from a place whose label contains `where`) contains `fragment`: probes prove a channel is watched. */
  saw(fragment: string, where = ''): boolean {
    return this.texts.some((text) => text.where.includes(where) && text.text.includes(fragment));
  }

  /** How many texts were collected whose label contains `where`. */
  count(where: string): number {
    return this.texts.filter((text) => text.where.includes(where)).length;
  }

  /** How many texts were searched, by the first word of where they came from (e.g. "console.log", "request"). */
  summary(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { where } of this.texts) {
      const kind = where.replace(/^[^:]*: /, '').split(' ')[0]!;
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    return counts;
  }

  /** `text` with every piece of the canary replaced by `[CANARY]` (labels may quote a URL that holds it). */
  private mask(text: string): string {
    return this.needles.reduce((masked, { needle }) => masked.split(needle).join('[CANARY]'), text);
  }

  /** Every place a piece of the canary was seen (one sighting per text: the most telling piece found). */
  sightings(): Sighting[] {
    return this.texts.flatMap(({ where, text }) => {
      const found = this.needles.find(({ needle }) => text.includes(needle));
      return found ? [{ where: this.mask(where), what: found.what, excerpt: excerpt(text, found.needle) }] : [];
    });
  }
}

/** Up to 60 characters either side of `needle` in `text`, with the needle itself masked. */
function excerpt(text: string, needle: string): string {
  const at = text.indexOf(needle);
  return `${text.slice(Math.max(0, at - 60), at)}[CANARY]${text.slice(at + needle.length, at + needle.length + 60)}`.replace(/\s+/g, ' ');
}
