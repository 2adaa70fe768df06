/**
 * Recognises secrets from other vendors that people paste by mistake, so the error can say what
 * was pasted instead of only "not a ClockMe key". Prefixes are those the vendors document for
 * their tokens; a JWT is recognised by its three base64url parts starting with `eyJ`.
 */

/** A vendor's name and a test for its key shape. */
interface VendorPattern {
  vendor: string;
  test: RegExp;
}

const VENDOR_PATTERNS: readonly VendorPattern[] = [
  { vendor: 'Stripe', test: /^(sk|pk|rk)_(live|test)_/ },
  { vendor: 'GitHub', test: /^(ghp|gho|ghu|ghs|ghr)_|^github_pat_/ },
  { vendor: 'GitLab', test: /^glpat-/ },
  { vendor: 'Slack', test: /^xox[abposr]-/ },
  { vendor: 'Anthropic', test: /^sk-ant-/ },
  { vendor: 'OpenAI', test: /^sk-(proj-)?[A-Za-z0-9_-]{8,}/ },
  { vendor: 'AWS', test: /^(AKIA|ASIA)[A-Z0-9]{12,}/ },
  { vendor: 'Google', test: /^AIza[0-9A-Za-z_-]{20,}/ },
  { vendor: 'JSON Web Token (JWT)', test: /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/ },
];

/**
 * Names the vendor whose key `candidate` looks like, or `null` when it matches none.
 * @param candidate an already-trimmed string that does not start with `ck_live_`.
 */
export function recogniseOtherVendor(candidate: string): string | null {
  return VENDOR_PATTERNS.find((pattern) => pattern.test.test(candidate))?.vendor ?? null;
}
