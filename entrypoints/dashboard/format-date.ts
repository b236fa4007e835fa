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

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day without its time, as "2026-10-05" (a local date, e.g. a due date) or a moment, in the language's way. */
export function formatDay(day: string | number, language: string): string {
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    dayFormats.set(language, format);
  }
  if (typeof day === 'number') return format.format(day);
  const [year, month, date] = day.split('-').map(Number);
  return format.format(new Date(year!, month! - 1, date!));
}
