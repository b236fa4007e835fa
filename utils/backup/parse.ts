import type { z } from 'zod';
import { isTooFarAhead, maxClockAheadMs } from '../clock/hlc';
import type { BaseRecord, RecordTable } from '../db/records';
import { translator, type Language, type Translate } from '../i18n/catalog';
import { backupFormat, backupFormatVersion, backupTables, type Backup, type TableRecords } from './format';
import { dayPattern, hlcPattern, incomingSchema, schemas } from './schema';

/**
 * Reads a backup file's text into a checked Backup, or says precisely what is wrong with it.
 * Never throws. Order: size (before anything else), empty, nesting depth (a linear text scan, no
 * recursion), JSON.parse, format name, format version, top-level fields, each record, duplicate ids,
 * clock stamps too far ahead of this device's clock.
 * Text inside the file (names, notes, page titles with "<script>") is data: it is returned as
 * strings and never interpreted; describeBackupProblem returns plain text for a text node.
 */

/**
 * The largest backup Coachbar reads, 100 MiB: far beyond any real backup, small enough to parse in
 * a browser tab. The page and the transport count the file's bytes, the parser its text's
 * characters; UTF-8 never takes fewer bytes than UTF-16 takes code units, so a file within the
 * limit is a text within it.
 */
export const maxBackupSize = 100 * 1024 * 1024;
/** Real backups nest about 7 levels (top, records, table, record, sections, section, prompts). */
export const maxBackupDepth = 64;

export type BackupLanguage = Language;

export type JsonKind = 'null' | 'array' | 'string' | 'number' | 'boolean' | 'object';

/** Why one field failed, in terms a message can be built from in any language. */
export type FieldReason =
  | { code: 'missing' }
  | { code: 'wrongType'; expected: string }
  | { code: 'notInteger' }
  | { code: 'notFinite' }
  | { code: 'empty' }
  | { code: 'tooLong'; maximum: number; unit: 'characters' | 'items' }
  | { code: 'tooShort'; minimum: number; unit: 'characters' | 'items' }
  | { code: 'tooLarge'; maximum: number }
  | { code: 'tooSmall'; minimum: number }
  | { code: 'badFormat'; format: 'clock' | 'day' | 'other' }
  | { code: 'notAllowed'; allowed: string[] }
  | { code: 'other' };

export type BackupProblem =
  /** `size` is the file's length in bytes, or its text's in characters (see maxBackupSize). */
  | { kind: 'tooLarge'; size: number; limit: number }
  /** `position`/`line`/`column` come from the JSON parser's message when it gives them. */
  | { kind: 'notJson'; reason: 'empty' | 'binary' | 'truncated' | 'syntax'; message: string; position: number | null; line: number | null; column: number | null }
  | { kind: 'tooDeep'; depth: number; limit: number }
  | { kind: 'notABackup'; reason: 'notAnObject'; found: JsonKind }
  | { kind: 'notABackup'; reason: 'noFormat' }
  /** `found` is a short JSON preview of the file's "format" value. */
  | { kind: 'notABackup'; reason: 'wrongFormat'; found: string }
  /** A top-level field (exportedAt, schemaVersion, records, records.<table>) is missing or wrong. */
  | { kind: 'notABackup'; reason: 'invalidField'; path: string; field: FieldReason; message: string }
  | { kind: 'futureVersion'; found: number; supported: number }
  /** `found` is a short JSON preview of the formatVersion value, or null when it is missing. */
  | { kind: 'unsupportedVersion'; found: string | null; supported: number }
  /**
   * The first bad record: `index` is 0-based (messages show index + 1); `id` is the record's id
   * when it has a string one (shortened); `path` is the field, e.g. "meeting.title" ('' = the record
   * itself); `message` is zod's; `invalidCount` counts bad records in the whole file.
   */
  | { kind: 'invalidRecord'; table: RecordTable; index: number; id: string | null; path: string; field: FieldReason; message: string; invalidCount: number }
  /** Two records in one table share an id; indexes are 0-based. */
  | { kind: 'duplicateId'; table: RecordTable; id: string; index: number; firstIndex: number }
  /**
   * A record's clock stamp (`path`, e.g. "fieldClocks.text") is more than `limitHours` ahead of this
   * device's clock. Restoring it would move the device's clock that far ahead (docs/data-format.md).
   */
  | { kind: 'clockAhead'; table: RecordTable; index: number; id: string; path: string; stamp: string; limitHours: number };

export type BackupProblemKind = BackupProblem['kind'];

export type ParseBackupResult = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

/** `now` is this device's wall clock, which no stamp in the file may be more than 24 h ahead of. */
export function parseBackup(text: string, now: number = Date.now()): ParseBackupResult {
  try {
    return parse(text, now);
  } catch (error) {
    // Defence in depth: nothing above should throw, but a restore must never crash on a file.
    return fail({ kind: 'notJson', reason: 'syntax', message: shorten(String(error), 200), position: null, line: null, column: null });
  }
}

function fail(problem: BackupProblem): ParseBackupResult {
  return { ok: false, problem };
}

function parse(input: unknown, now: number): ParseBackupResult {
  if (typeof input !== 'string') return fail({ kind: 'notJson', reason: 'binary', message: 'Not text', position: null, line: null, column: null });
  if (input.length > maxBackupSize) return fail({ kind: 'tooLarge', size: input.length, limit: maxBackupSize });
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return fail({ kind: 'notJson', reason: 'empty', message: 'The file is empty', position: null, line: null, column: null });

  const scan = scanJson(text, maxBackupDepth);
  if (scan.tooDeep) return fail({ kind: 'tooDeep', depth: scan.depth, limit: maxBackupDepth });

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(jsonProblem(text, scan, error));
  }

  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail({ kind: 'notABackup', reason: 'notAnObject', found: jsonKind(value) });
  const top = value as Record<string, unknown>;
  const format = own(top, 'format');
  if (format === undefined) return fail({ kind: 'notABackup', reason: 'noFormat' });
  if (format !== backupFormat) return fail({ kind: 'notABackup', reason: 'wrongFormat', found: preview(format) });
  const version = own(top, 'formatVersion');
  if (typeof version === 'number' && Number.isInteger(version) && version > backupFormatVersion) {
    return fail({ kind: 'futureVersion', found: version, supported: backupFormatVersion });
  }
  if (version !== backupFormatVersion) {
    return fail({ kind: 'unsupportedVersion', found: version === undefined ? null : preview(version), supported: backupFormatVersion });
  }

  const { backupEnvelopeSchema } = schemas();
  const envelope = backupEnvelopeSchema.safeParse(top);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    return fail({ kind: 'notABackup', reason: 'invalidField', path: formatPath(issue.path), field: fieldReason(issue, top), message: issue.message });
  }

  const records = {} as Record<RecordTable, unknown[]>;
  let firstBad: Extract<BackupProblem, { kind: 'invalidRecord' }> | null = null;
  let invalidCount = 0;
  for (const table of backupTables) {
    const raw = envelope.data.records[table];
    const parsed: unknown[] = [];
    for (let index = 0; index < raw.length; index++) {
      const record = raw[index];
      const result = incomingSchema(table, record).safeParse(record);
      if (result.success) {
        parsed.push(result.data);
        continue;
      }
      invalidCount++;
      if (!firstBad) {
        const issue = result.error.issues[0]!;
        firstBad = {
          kind: 'invalidRecord',
          table,
          index,
          id: recordId(record),
          path: formatPath(issue.path),
          field: fieldReason(issue, record),
          message: shorten(issue.message, 300),
          invalidCount: 0,
        };
      }
    }
    records[table] = parsed;
  }
  if (firstBad) return fail({ ...firstBad, invalidCount });

  for (const table of backupTables) {
    const seen = new Map<string, number>();
    const list = records[table] as { id: string }[];
    for (let index = 0; index < list.length; index++) {
      const id = list[index]!.id;
      const firstIndex = seen.get(id);
      if (firstIndex !== undefined) return fail({ kind: 'duplicateId', table, id: shorten(id, 80), index, firstIndex });
      seen.set(id, index);
    }
  }

  for (const table of backupTables) {
    const list = records[table] as BaseRecord[];
    for (let index = 0; index < list.length; index++) {
      const record = list[index]!;
      const ahead = stampsOf(table, record).find(([, stamp]) => isTooFarAhead(stamp, now));
      if (ahead) return fail({ kind: 'clockAhead', table, index, id: shorten(record.id, 80), path: ahead[0], stamp: shorten(ahead[1], 120), limitHours: maxClockAheadMs / 3_600_000 });
    }
  }

  return {
    ok: true,
    backup: {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      exportedAt: envelope.data.exportedAt,
      schemaVersion: envelope.data.schemaVersion,
      records: records as TableRecords,
    },
  };
}

/** Every clock stamp a record holds, with where it is: a restore moves the device's clock past them. */
function stampsOf(table: RecordTable, record: BaseRecord): [path: string, stamp: string][] {
  const stamps: [string, string][] = [['updatedAt', record.updatedAt]];
  if (record.deletedAt !== null) stamps.push(['deletedAt', record.deletedAt]);
  for (const [field, stamp] of Object.entries(record.fieldClocks ?? {})) stamps.push([`fieldClocks.${field}`, stamp]);
  for (const [field, stamp] of Object.entries(record.baseClocks ?? {})) stamps.push([`baseClocks.${field}`, stamp]);
  if (table === 'conflicts' && 'hlc' in record && typeof record.hlc === 'string') stamps.push(['hlc', record.hlc]);
  return stamps;
}

interface Scan {
  tooDeep: boolean;
  /** The deepest level reached (stops counting past the limit). */
  depth: number;
  /** Brackets still open at the end of the text. */
  open: number;
  /** The text ends inside a string. */
  inString: boolean;
}

/**
 * Bracket depth by a linear scan of the text, skipping strings, before JSON.parse sees it: deeply
 * nested input would otherwise overflow the stack in JSON.parse or in the validator.
 */
export function scanJson(text: string, limit: number): Scan {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes.
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote < 0) return { tooDeep: false, depth: deepest, open: depth, inString: true };
        let backslashes = 0;
        for (let b = quote - 1; b > i && text.charCodeAt(b) === 0x5c; b--) backslashes++;
        if (backslashes % 2 === 0) {
          i = quote + 1;
          break;
        }
        from = quote + 1;
      }
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit) return { tooDeep: true, depth, open: depth, inString: false };
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
    i++;
  }
  return { tooDeep: false, depth: deepest, open: depth, inString: false };
}

// Control characters other than tab/newline/carriage return are never valid in JSON text, and
// U+FFFD is what a binary file turns into when read as UTF-8.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const binaryPattern = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/;

function jsonProblem(text: string, scan: Scan, error: unknown): BackupProblem {
  const message = shorten(error instanceof Error ? error.message : String(error), 300);
  const where = errorLocation(text, message);
  const reason = binaryPattern.test(text) ? 'binary' : scan.inString || scan.open > 0 || /end of (json|data)/i.test(message) ? 'truncated' : 'syntax';
  return { kind: 'notJson', reason, message, ...where };
}

function errorLocation(text: string, message: string): { position: number | null; line: number | null; column: number | null } {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  const position = /position (\d+)/i.exec(message);
  if (position) {
    const at = Math.min(Number(position[1]), text.length);
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { position: at, line, column: at - lineStart + 1 };
  }
  if (lineColumn) return { position: null, line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  return { position: null, line: null, column: null };
}

function own(object: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

function jsonKind(value: unknown): JsonKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object';
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A short JSON rendering of a found value, for messages; never the whole of a huge string. */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, 60));
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? '[…]' : '{…}';
}

function recordId(record: unknown): string | null {
  if (record === null || typeof record !== 'object') return null;
  const id = own(record, 'id');
  return typeof id === 'string' && id !== '' ? shorten(id, 80) : null;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = own(value, typeof key === 'number' ? String(key) : String(key));
  }
  return value;
}

function fieldReason(issue: z.core.$ZodIssue, root: unknown): FieldReason {
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { code: 'missing' };
      if (typeof value === 'number' && !Number.isFinite(value)) return { code: 'notFinite' };
      if (issue.expected === 'int' && typeof value === 'number') return { code: 'notInteger' };
      return { code: 'wrongType', expected: issue.expected };
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'tooLong', maximum, unit: 'characters' };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooLong', maximum, unit: 'items' };
      return { code: 'tooLarge', maximum };
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum === 1 ? { code: 'empty' } : { code: 'tooShort', minimum, unit: 'characters' };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooShort', minimum, unit: 'items' };
      return { code: 'tooSmall', minimum };
    }
    case 'invalid_format': {
      const pattern = 'pattern' in issue ? String(issue.pattern) : '';
      return { code: 'badFormat', format: pattern === String(hlcPattern) ? 'clock' : pattern === String(dayPattern) ? 'day' : 'other' };
    }
    case 'invalid_value':
      if (value === undefined) return { code: 'missing' };
      return { code: 'notAllowed', allowed: issue.values.map((v) => String(v)) };
    case 'invalid_union': {
      const options = (issue as { options?: unknown }).options;
      if (value === undefined) return { code: 'missing' };
      return Array.isArray(options) ? { code: 'notAllowed', allowed: options.map((v) => String(v)) } : { code: 'other' };
    }
    default:
      return { code: 'other' };
  }
}

// ---------------------------------------------------------------------------------------------
// Messages. Plain text only: render them as text, never as HTML. Every value taken from the file
// is shortened and stripped of control and bidi-override characters first.
// ---------------------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function clean(text: string): string {
  return shorten(text.replace(unsafeCharacters, '\ufffd'), 80);
}

const typeNames = ['string', 'number', 'int', 'boolean', 'object', 'array', 'null'] as const;
type TypeName = (typeof typeNames)[number];

/** One language's catalog, whose backup messages are under "backup.problems", and its numbers. */
interface Wording {
  t: Translate;
  number: (n: number) => string;
}

const megabyte = 1024 * 1024;

/** One or two plain-text sentences saying what is wrong, ending with the reassurance that nothing changed. */
export function describeBackupProblem(problem: BackupProblem, language: BackupLanguage): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const wording: Wording = { t: translator(language), number: (n) => format.format(n) };
  return `${describe(problem, wording)} ${wording.t('backup.problems.unchanged')}`;
}

function field({ t, number }: Wording, path: string, reason: FieldReason, zodMessage: string): string {
  switch (reason.code) {
    case 'missing': return t('backup.problems.field.missing', path);
    case 'wrongType': return t('backup.problems.field.wrongType', path, (typeNames as readonly string[]).includes(reason.expected) ? t(`backup.problems.types.${reason.expected as TypeName}`) : reason.expected);
    case 'notInteger': return t('backup.problems.field.notInteger', path);
    case 'notFinite': return t('backup.problems.field.notFinite', path);
    case 'empty': return t('backup.problems.field.empty', path);
    case 'tooLong': return t(reason.unit === 'characters' ? 'backup.problems.field.tooLongCharacters' : 'backup.problems.field.tooLongItems', path, number(reason.maximum));
    case 'tooShort': return t(reason.unit === 'characters' ? 'backup.problems.field.tooShortCharacters' : 'backup.problems.field.tooShortItems', path, number(reason.minimum));
    case 'tooLarge': return t('backup.problems.field.tooLarge', path, number(reason.maximum));
    case 'tooSmall': return t('backup.problems.field.tooSmall', path, number(reason.minimum));
    case 'badFormat': return t(reason.format === 'clock' ? 'backup.problems.field.notClock' : reason.format === 'day' ? 'backup.problems.field.notDay' : 'backup.problems.field.badFormat', path);
    case 'notAllowed': return t('backup.problems.field.notAllowed', path, reason.allowed.join(', '));
    case 'other': return t('backup.problems.field.other', path, zodMessage);
  }
}

function describe(problem: BackupProblem, wording: Wording): string {
  const { t, number } = wording;
  const quote = (text: string) => t('backup.problems.quote', text);
  const fieldOf = (path: string, reason: FieldReason, zodMessage: string) => field(wording, path || t('backup.problems.theRecord'), reason, clean(zodMessage));
  switch (problem.kind) {
    case 'tooLarge':
      return t('backup.problems.tooLarge', number(problem.size / megabyte), number(problem.limit / megabyte));
    case 'notJson':
      switch (problem.reason) {
        case 'empty': return t('backup.problems.empty');
        case 'binary': return t('backup.problems.binary');
        case 'truncated': return t('backup.problems.truncated');
        case 'syntax': return problem.line === null ? t('backup.problems.syntax') : t('backup.problems.syntaxAt', problem.line, problem.column ?? '?');
      }
      break;
    case 'tooDeep':
      return t('backup.problems.tooDeep', number(problem.limit));
    case 'notABackup':
      switch (problem.reason) {
        case 'notAnObject': return t('backup.problems.notAnObject', t(`backup.problems.kinds.${problem.found}`));
        case 'noFormat': return t('backup.problems.noFormat');
        case 'wrongFormat': return t('backup.problems.wrongFormat', clean(problem.found));
        case 'invalidField': return t('backup.problems.invalidField', fieldOf(problem.path, problem.field, problem.message));
      }
      break;
    case 'futureVersion':
      return t('backup.problems.futureVersion', String(problem.found));
    case 'unsupportedVersion':
      return problem.found === null
        ? t('backup.problems.noVersion', String(problem.supported))
        : t('backup.problems.unknownVersion', clean(problem.found), String(problem.supported));
    case 'invalidRecord': {
      const n = number(problem.index + 1);
      const table = quote(problem.table);
      const what = fieldOf(problem.path, problem.field, problem.message);
      const sentence = problem.id === null ? t('backup.problems.invalidRecord', n, table, what) : t('backup.problems.invalidRecordWithId', n, table, clean(problem.id), what);
      return problem.invalidCount > 1 ? `${sentence} ${t('backup.problems.moreInvalid', number(problem.invalidCount))}` : sentence;
    }
    case 'duplicateId':
      return t('backup.problems.duplicateId', quote(problem.table), clean(problem.id), number(problem.firstIndex + 1), number(problem.index + 1));
    case 'clockAhead':
      return t('backup.problems.clockAhead', number(problem.index + 1), quote(problem.table), clean(problem.id), clean(problem.stamp), clean(problem.path), number(problem.limitHours));
  }
  return t('backup.problems.syntax');
}
