import { flattenMessages, type MessageTree } from '@/utils/i18n/format';

/** The $1…$9 a text uses, in order of slot, counted as formatMessage reads them (`$$` is a dollar). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\$(\$|[1-9])/g)]
    .map((match) => match[0])
    .filter((slot) => slot !== '$$')
    .sort();
}

/**
 * What keeps a language's catalog from standing beside English: a key either lacks, an empty text,
 * or other placeholders (a translation that drops or doubles a $n shows a raw slot or loses a value).
 */
export function translationProblems(english: MessageTree, other: MessageTree): string[] {
  const reference = flattenMessages(english);
  const translated = flattenMessages(other);
  const problems: string[] = [];
  for (const [key, text] of reference) {
    const translation = translated.get(key);
    if (translation === undefined) problems.push(`${key}: missing`);
    else if (translation.trim() === '') problems.push(`${key}: empty`);
    else if (placeholders(translation).join() !== placeholders(text).join()) {
      problems.push(`${key}: placeholders ${placeholders(translation).join(' ') || 'none'} instead of ${placeholders(text).join(' ') || 'none'}`);
    }
  }
  for (const key of translated.keys()) if (!reference.has(key)) problems.push(`${key}: not in English`);
  return problems;
}

const chromeMessageFields = new Set(['message', 'description', 'placeholders']);

/**
 * What would make @wxt-dev/i18n build a _locales/<lang>/messages.json that differs from what the
 * pages read through flattenMessages, or that Chrome refuses to load: a name other than letters,
 * digits and underscores once the dots become underscores, two names that differ only in case
 * (Chrome's message names are case-insensitive), an object wxt takes for a plural (keys all digits
 * or "n") or, at the top level, for a Chrome message (keys only message/description/placeholders),
 * and a `$name$` placeholder, which Chrome requires to be declared.
 */
export function browserCatalogProblems(catalog: MessageTree): string[] {
  const problems: string[] = [];
  const walk = (tree: MessageTree, path: string[]) => {
    for (const [key, value] of Object.entries(tree)) {
      const at = [...path, key];
      if (typeof value === 'string') continue;
      const keys = Object.keys(value);
      if (keys.every((k) => k === 'n' || Number.isFinite(Number(k)))) problems.push(`${at.join('.')}: wxt reads it as a plural`);
      if (at.length === 1 && keys.every((k) => chromeMessageFields.has(k))) problems.push(`${at.join('.')}: wxt reads it as a Chrome message`);
      walk(value, at);
    }
  };
  walk(catalog, []);
  const names = new Map<string, string>();
  for (const [key, text] of flattenMessages(catalog)) {
    const name = key.replaceAll('.', '_');
    if (!/^[A-Za-z0-9_]+$/.test(name)) problems.push(`${key}: not a Chrome message name`);
    const clash = names.get(name.toLowerCase());
    if (clash !== undefined) problems.push(`${key}: same Chrome message name as ${clash}`);
    names.set(name.toLowerCase(), key);
    if (/\$[A-Za-z_]\w*\$/.test(text.replaceAll('$$', ''))) problems.push(`${key}: a named $placeholder$`);
  }
  return problems;
}
