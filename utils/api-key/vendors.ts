/**
 * Recognises secrets from other vendors that people paste by mistake, so the error can say what
 * was pasted instead of only "not a ClockMe key". Prefixes are those the vendors document for
 * their tokens; a JWT is recognised by its three base64url parts starting with `eyJ`.
 */

/** What the secret is, as a noun phrase ("a GitHub key"), and a test for its shape. */
interface VendorPattern {
  vendor: string;
  test: RegExp;
}

const VENDOR_PATTERNS: readonly VendorPattern[] = [
  { vendor: 'a Stripe key', test: /^(sk|pk|rk)_(live|test)_/ },
  { vendor: 'a GitHub key', test: /^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/ },
  { vendor: 'a GitLab key', test: /^glpat-/ },
  { vendor: 'a Slack key', test: /^xox[abposr]-/ },
  { vendor: 'a Anthropic key', test: /^sk-ant-/ },
  { vendor: 'a OpenAI key', test: /^sk-(proj-)?[A-Za-z0-9_-]{8,}/ },
  { vendor: 'a AWS key', test: /^(AKIA|ASIA)[A-Z0-9]{12,}/ },
  { vendor: 'a Google key', test: /^AIza[0-9A-Za-z_-]{20,}/ },
  { vendor: 'a JSON Web Token (JWT)', test: /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/ },
];

/**
 * Says what `candidate` looks like, e.g. "a GitHub key" or "a JSON Web Token (JWT)", or `null`.
 * @param candidate an already-trimmed string that does not start with `ck_live_`.
 */
export function recogniseOtherVendor(candidate: string): string | null {
  return VENDOR_PATTERNS.find((pattern) => pattern.test.test(candidate))?.vendor ?? null;
}
