/**
 * The session summary export's view model, and the one outline every document format renders, so
 * Markdown, HTML, plain text and Word always carry the same content. Pure: no storage, no browser.
 */
import { managerShare } from '../listening/totals';
import { labelsFor, type ExportLabels, type ExportLanguage } from './labels';

export interface SummarySection {
  title: string;
  notes: string;
  /** The section's notes are private: the employee copy leaves them out. */
  private: boolean;
  /** The manager's own preparation, before the other person joins: never part of the employee copy. */
  preparation?: true;
  questionsAsked: string[];
}

export interface SummaryRating {
  statement: string;
  value: number;
  scale: 'agreement-7' | 'progress-10';
  comment: string;
}

export interface SummaryOkr {
  objective: string;
  /** 1–10; null when not asked. */
  progress: number | null;
  keyResults: { text: string; target: string; floor: string }[];
}

export interface SummaryActionItem {
  text: string;
  owner: 'manager' | 'report';
  /** YYYY-MM-DD, or null. */
  due: string | null;
  done: boolean;
}

/** A plain, already-resolved view of one session. All text is data, never markup. */
export interface SessionSummary {
  language: ExportLanguage;
  /** 'manager' is the full summary; 'employee' is what employeeCopy() returns. */
  variant: 'manager' | 'employee';
  person: { name: string; role: string } | null;
  meetingTitle: string;
  /** Epoch milliseconds. */
  startedAt: number;
  /** IANA time zone the date is shown in, e.g. "Europe/Amsterdam". */
  timeZone: string;
  templateName: string;
  sections: SummarySection[];
  ratings: SummaryRating[];
  okrs: SummaryOkr[];
  actionItems: SummaryActionItem[];
  takeaway: string;
  /** Words the captions counted for the manager and for everyone else; null when not measured. */
  listening: { manager: number; other: number } | null;
}

/** The copy for the employee: private sections keep their heading but lose their notes and questions; the manager's preparation is left out. */
export function employeeCopy(summary: SessionSummary): SessionSummary {
  return {
    ...summary,
    variant: 'employee',
    person: summary.person ? { ...summary.person } : null,
    sections: summary.sections
      .filter((section) => !section.preparation)
      .map((section) =>
        section.private
          ? { title: section.title, notes: '', private: false, questionsAsked: [] }
          : { ...section, questionsAsked: [...section.questionsAsked] },
      ),
    ratings: summary.ratings.map((rating) => ({ ...rating })),
    okrs: summary.okrs.map((okr) => ({ ...okr, keyResults: okr.keyResults.map((kr) => ({ ...kr })) })),
    actionItems: summary.actionItems.map((item) => ({ ...item })),
    // The manager's measure of their own talking, for their coaching: not part of what the employee gets.
    listening: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Dates

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Calendar parts of an instant in a time zone; numeric parts only, so no locale data can differ. */
export function localParts(ms: number, timeZone: string): LocalParts {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  } catch {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1, hour: (parts.hour ?? 0) % 24, minute: parts.minute ?? 0 };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD of the session in its time zone. */
export function summaryDay(summary: Pick<SessionSummary, 'startedAt' | 'timeZone'>): string {
  const { year, month, day } = localParts(summary.startedAt, summary.timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** e.g. "26 November 2026, 14:00". */
export function formatStartedAt(summary: Pick<SessionSummary, 'startedAt' | 'timeZone'>, labels: ExportLabels): string {
  const { year, month, day, hour, minute } = localParts(summary.startedAt, summary.timeZone);
  return `${labels.day(day, labels.months[month - 1] ?? String(month), year)}, ${pad(hour)}:${pad(minute)}`;
}

/** A YYYY-MM-DD due date in words; anything else as given. */
export function formatDue(due: string, labels: ExportLabels): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due.trim());
  if (!match) return due;
  const month = labels.months[Number(match[2]) - 1];
  const day = Number(match[3]);
  if (!month || day < 1 || day > 31) return due;
  return labels.day(day, month, Number(match[1]));
}

// ---------------------------------------------------------------------------------------------
// File names

const WINDOWS_ILLEGAL = /[<>:"/\\|?*]/g;
// C0 and C1 controls, DEL, and bidi controls (which can disguise an extension, e.g. "txt.exe").
// eslint-disable-next-line no-control-regex -- control characters are stripped from file names
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_CHARS = 120;
// ext4 and APFS allow 255 bytes; leave room for a browser's " (1)".
const MAX_BYTES = 240;

function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) return Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  return Array.from(text);
}

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/**
 * A file name that is valid on Windows, macOS and Linux: no illegal or invisible characters, no
 * leading or trailing dots and spaces, no reserved device names, at most 120 characters (and 240
 * UTF-8 bytes) including the extension, never empty.
 */
export function safeFileName(stem: string, extension: string, fallback = 'coachbar'): string {
  const ext = extension.replace(/^\.+/, '').replace(/[^A-Za-z0-9]/g, '').slice(0, 10);
  const suffix = ext ? `.${ext}` : '';
  const clean = (text: string): string =>
    text
      .normalize('NFC')
      .replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ')
      .replace(INVISIBLE, '')
      // "1:1" and "14:30" read best with a dash where Windows forbids the colon.
      .replace(/(\d):(?=\d)/g, '$1-')
      .replace(WINDOWS_ILLEGAL, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '');
  let name = clean(stem) || clean(fallback) || 'coachbar';
  // Windows also reserves "CON.txt" and "con .md": check the part before the first dot.
  const head = name.split('.')[0]?.trim() ?? '';
  if (RESERVED.test(head)) name = `_${name}`;

  let out = truncate(name, MAX_CHARS - suffix.length, MAX_BYTES - suffix.length).replace(/[\s.]+$/, '');
  if (!out) out = 'coachbar';
  return out + suffix;
}

/** e.g. "2026-11-26 1-1 Alex de Vries.md"; the employee copy adds a localized "(employee copy)". */
export function summaryFileName(summary: SessionSummary, extension: string): string {
  const labels = labelsFor(summary.language);
  const who = (summary.person?.name ?? '').trim() || summary.meetingTitle.trim();
  const day = summaryDay(summary);
  const copy = summary.variant === 'employee' ? ` (${labels.employeeCopyFileSuffix})` : '';
  // A long name is cut before the copy marker, so the employee copy stays recognisable.
  const reserve = copy.length + extension.length + 1;
  const base = truncate(safeFileName(`${day} 1-1 ${who}`, '', day), MAX_CHARS - reserve, MAX_BYTES - utf8Length(copy) - extension.length - 1);
  return safeFileName(`${base}${copy}`, extension, day);
}

function truncate(text: string, maxChars: number, maxBytes: number): string {
  let out = '';
  for (const g of graphemes(text)) {
    const next = out + g;
    if (next.length > maxChars || utf8Length(next) > maxBytes) break;
    out = next;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Outline: the content every document format renders.

export interface OutlineText {
  text: string;
  strong?: boolean;
  emphasis?: boolean;
}

export interface OutlineListItem {
  parts: OutlineText[];
  /** For action items: done or open. */
  checked?: boolean;
  /** Indented single-line details. */
  details?: OutlineText[][];
}

export type OutlineBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; private?: boolean }
  /** One line of inline text. */
  | { kind: 'paragraph'; parts: OutlineText[]; muted?: boolean }
  /** Free text the manager typed (notes, takeaway): line breaks kept, blank lines separate paragraphs. */
  | { kind: 'text'; text: string }
  | { kind: 'fields'; fields: { label: string; value: string }[] }
  | { kind: 'list'; items: OutlineListItem[] };

/** Trims and drops empty strings. */
const has = (text: string | null | undefined): text is string => !!text && text.trim() !== '';

export function summaryTitle(summary: SessionSummary): string {
  const labels = labelsFor(summary.language);
  return summary.person && has(summary.person.name) ? labels.summaryTitle(summary.person.name.trim()) : labels.summaryTitleNoPerson;
}

export function summaryOutline(summary: SessionSummary): OutlineBlock[] {
  const labels = labelsFor(summary.language);
  const employee = summary.variant === 'employee';
  const blocks: OutlineBlock[] = [{ kind: 'heading', level: 1, text: summaryTitle(summary) }];
  if (employee) blocks.push({ kind: 'paragraph', parts: [{ text: labels.employeeCopyNote, emphasis: true }], muted: true });

  const fields: { label: string; value: string }[] = [{ label: labels.date, value: `${formatStartedAt(summary, labels)} (${summary.timeZone})` }];
  if (summary.person && has(summary.person.name)) {
    const role = summary.person.role.trim();
    fields.push({ label: labels.person, value: role ? `${summary.person.name.trim()} — ${role}` : summary.person.name.trim() });
  }
  if (has(summary.meetingTitle)) fields.push({ label: labels.meeting, value: summary.meetingTitle.trim() });
  if (has(summary.templateName)) fields.push({ label: labels.template, value: summary.templateName.trim() });
  const share = summary.listening && managerShare(summary.listening);
  if (share !== null && !employee) fields.push({ label: labels.listeningShare, value: labels.listeningValue(share) });
  blocks.push({ kind: 'fields', fields });

  if (summary.sections.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.agenda });
    for (const section of summary.sections) {
      const isPrivate = section.private && !employee;
      blocks.push({
        kind: 'heading',
        level: 3,
        text: isPrivate ? `${section.title.trim()} (${labels.privateMarker})` : section.title.trim(),
        ...(isPrivate ? { private: true } : {}),
      });
      const notes = employee && section.private ? '' : section.notes;
      blocks.push(
        has(notes)
          ? { kind: 'text', text: notes }
          : { kind: 'paragraph', parts: [{ text: labels.noNotes, emphasis: true }], muted: true },
      );
      const questions = employee && section.private ? [] : section.questionsAsked.filter(has);
      if (questions.length > 0) {
        blocks.push({ kind: 'paragraph', parts: [{ text: labels.questionsAsked, strong: true }] });
        blocks.push({ kind: 'list', items: questions.map((question) => ({ parts: [{ text: question.trim() }] })) });
      }
    }
  }

  if (summary.ratings.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.ratings });
    blocks.push({
      kind: 'list',
      items: summary.ratings.map((rating) => ({
        parts: [{ text: rating.statement.trim() }, { text: ' — ' }, { text: `${rating.value}/${rating.scale === 'agreement-7' ? 7 : 10}`, strong: true }],
        ...(has(rating.comment) ? { details: [[{ text: `${labels.comment}: `, emphasis: true }, { text: rating.comment.trim() }]] } : {}),
      })),
    });
  }

  if (summary.okrs.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.okrs });
    for (const okr of summary.okrs) {
      blocks.push({ kind: 'heading', level: 3, text: okr.objective.trim() });
      if (okr.progress !== null) {
        blocks.push({ kind: 'paragraph', parts: [{ text: `${labels.progress}: `, strong: true }, { text: `${okr.progress}/10` }] });
      }
      const keyResults = okr.keyResults.filter((kr) => has(kr.text));
      if (keyResults.length > 0) {
        blocks.push({
          kind: 'list',
          items: keyResults.map((kr) => {
            const details: OutlineText[][] = [];
            if (has(kr.target)) details.push([{ text: `${labels.target}: `, emphasis: true }, { text: kr.target.trim() }]);
            if (has(kr.floor)) details.push([{ text: `${labels.minimum}: `, emphasis: true }, { text: kr.floor.trim() }]);
            return { parts: [{ text: kr.text.trim() }], ...(details.length > 0 ? { details } : {}) };
          }),
        });
      }
    }
  }

  if (summary.actionItems.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: labels.actionItems });
    blocks.push({
      kind: 'list',
      items: summary.actionItems.map((item) => {
        const owner =
          item.owner === 'manager' ? (employee ? labels.ownerManager : labels.ownerMe) : employee ? labels.ownerYou : labels.ownerThem;
        const meta = [`${labels.owner}: ${owner}`];
        if (has(item.due)) meta.push(`${labels.due}: ${formatDue(item.due, labels)}`);
        if (item.done) meta.push(labels.done);
        return { parts: [{ text: item.text.trim() }, { text: ' — ' }, { text: meta.join(' · '), emphasis: true }], checked: item.done };
      }),
    });
  }

  if (has(summary.takeaway)) {
    blocks.push({ kind: 'heading', level: 2, text: labels.takeaway });
    blocks.push({ kind: 'text', text: summary.takeaway });
  }
  return blocks;
}

/** Collapses line breaks and runs of white space: for text shown on one line (names, list items). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Splits note text into paragraphs of lines; blank lines separate paragraphs. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}
