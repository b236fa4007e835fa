const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language: making one takes far longer than formatting, and lists format hundreds of dates. */
export function formatDate(ms: number, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format.format(ms);
}
