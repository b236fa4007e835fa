import { generateChromeMessages, parseMessagesObject } from '@wxt-dev/i18n/build';
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

/**
 * What would make the browser's _locales/<lang>/messages.json, which @wxt-dev/i18n builds from the
 * same file, differ from what the pages read through flattenMessages, or make Chrome refuse it:
 * a message wxt reads otherwise (it takes an object of numbered keys for a plural, a top-level one of
 * message/description for a Chrome message), a name other than letters, digits and underscores once
 * the dots become underscores, two names that differ only in case (Chrome's names are
 * case-insensitive), and a `$name$` placeholder, which Chrome requires to be declared.
 */
export function browserCatalogProblems(catalog: MessageTree): string[] {
  const problems: string[] = [];
  const browserMessages: Record<string, { message: string }> = generateChromeMessages(parseMessagesObject(catalog));
  const flat = flattenMessages(catalog);
  const names = new Map<string, string>();
  for (const [key, text] of flat) {
    const name = key.replaceAll('.', '_');
    const browserText = browserMessages[name]?.message;
    if (browserText !== text) problems.push(`${key}: the browser reads ${browserText === undefined ? 'nothing' : JSON.stringify(browserText)}`);
    if (!/^[A-Za-z0-9_]+$/.test(name)) problems.push(`${key}: not a Chrome message name`);
    const clash = names.get(name.toLowerCase());
    if (clash !== undefined) problems.push(`${key}: same Chrome message name as ${clash}`);
    names.set(name.toLowerCase(), key);
    if (/\$[A-Za-z_]\w*\$/.test(text.replaceAll('$$', ''))) problems.push(`${key}: a named $placeholder$`);
  }
  const pageNames = new Set([...flat.keys()].map((key) => key.replaceAll('.', '_')));
  for (const name of Object.keys(browserMessages)) if (!pageNames.has(name)) problems.push(`${name}: only the browser has it`);
  return problems;
}
