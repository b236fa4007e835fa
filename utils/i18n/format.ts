// The same conventions as @wxt-dev/i18n, so one set of locale files serves the browser's
// i18n (manifest, content script) and the pages' runtime language switch.
export interface MessageTree {
  [key: string]: string | MessageTree;
}

export function flattenMessages(tree: MessageTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flattenMessages(value, path)) flat.set(k, v);
  }
  return flat;
}

/** Replaces $1…$9 with the given values; `$$` stays a literal dollar sign. */
export function formatMessage(template: string, substitutions: readonly (string | number)[] = []): string {
  return template.replace(/\$(\$|[1-9])/g, (match, slot: string) => {
    if (slot === '$') return '$';
    const value = substitutions[Number(slot) - 1];
    return value === undefined ? match : String(value);
  });
}

/** Picks the first supported language: the user's choice, then the browser's UI language, then English. */
export function pickLanguage<L extends string>(
  candidates: readonly (string | null | undefined)[],
  supported: readonly L[],
  fallback: L,
): L {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const base = candidate.toLowerCase().split(/[-_]/)[0];
    const match = supported.find((language) => language === base);
    if (match) return match;
  }
  return fallback;
}
