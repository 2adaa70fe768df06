/**
 * Recognises secrets from other vendors that people paste by mistake, so the error can say what
 * was pasted instead of only "not a ClockMe key". Prefixes are those the vendors document for
 * their tokens; a JWT is recognised by its three base64url parts starting with `eyJ`.
 */

/** What a pasted secret is: another vendor's key (`vendor` is its product name, e.g. "GitHub"), or a JSON Web Token. */
export type OtherSecret = { kind: 'key'; vendor: string } | { kind: 'jwt' };

const VENDOR_PATTERNS: readonly { secret: OtherSecret; test: RegExp }[] = [
  { secret: { kind: 'key', vendor: 'Stripe' }, test: /^(sk|pk|rk)_(live|test)_/ },
  { secret: { kind: 'key', vendor: 'GitHub' }, test: /^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/ },
  { secret: { kind: 'key', vendor: 'GitLab' }, test: /^glpat-/ },
  { secret: { kind: 'key', vendor: 'Slack' }, test: /^xox[abposr]-/ },
  { secret: { kind: 'key', vendor: 'Anthropic' }, test: /^sk-ant-/ },
  { secret: { kind: 'key', vendor: 'OpenAI' }, test: /^sk-(proj-)?[A-Za-z0-9_-]{8,}/ },
  { secret: { kind: 'key', vendor: 'AWS' }, test: /^(AKIA|ASIA)[A-Z0-9]{12,}/ },
  { secret: { kind: 'key', vendor: 'Google' }, test: /^AIza[0-9A-Za-z_-]{20,}/ },
  { secret: { kind: 'jwt' }, test: /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/ },
];

/**
 * Says what `candidate` looks like, e.g. `{ kind: 'key', vendor: 'GitHub' }` or `{ kind: 'jwt' }`, or `null`.
 * @param candidate an already-trimmed string that does not start with `ck_live_`.
 */
export function recogniseOtherVendor(candidate: string): OtherSecret | null {
  return VENDOR_PATTERNS.find((pattern) => pattern.test.test(candidate))?.secret ?? null;
}
