import type { Entry } from '@/utils/clockme/schemas';
import { containsFolded, sameFolded } from './search-text';

/** The distinct, non-empty descriptions of `entries`, newest `endedAt` first (case and accents ignored when telling them apart). */
export function recentDescriptions(entries: readonly Entry[]): string[] {
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.endedAt) - Date.parse(a.endedAt));
  const result: string[] = [];
  for (const entry of newestFirst) {
    const description = entry.description?.trim();
    if (description && !result.some((seen) => sameFolded(seen, description))) result.push(description);
  }
  return result;
}

/** The suggestions for what is typed: those containing it (case and accents ignored), except one equal to it. */
export function suggestDescriptions(descriptions: readonly string[], typed: string): string[] {
  return descriptions.filter((description) => containsFolded(description, typed) && !(typed.trim() && sameFolded(description, typed)));
}
