import type { z } from 'zod';
import { isTooFarAhead, maxClockAheadMs } from '../clock/hlc';
import type { BaseRecord, RecordTable } from '../db/records';
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

export type BackupLanguage = 'en' | 'nl' | 'de';

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

interface Texts {
  number(n: number): string;
  quote(text: string): string;
  unchanged: string;
  theRecord: string;
  kinds: Record<JsonKind, string>;
  types: Record<string, string>;
  field(path: string, reason: FieldReason, zodMessage: string): string;
  tooLarge(sizeMb: string, limitMb: string): string;
  empty: string;
  binary: string;
  truncated: string;
  syntax(line: number | null, column: number | null): string;
  tooDeep(limit: string): string;
  notAnObject(kind: string): string;
  noFormat: string;
  wrongFormat(found: string): string;
  invalidField(field: string): string;
  futureVersion(found: string): string;
  unsupportedVersion(found: string | null, supported: string): string;
  invalidRecord(n: string, table: string, id: string | null, field: string): string;
  moreInvalid(count: string): string;
  duplicateId(table: string, id: string, first: string, second: string): string;
  clockAhead(n: string, table: string, id: string, stamp: string, path: string, hours: string): string;
}

function numberFormat(locale: string): (n: number) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return (n) => format.format(n);
}

const en: Texts = {
  number: numberFormat('en'),
  quote: (text) => `“${text}”`,
  unchanged: 'Your data was not changed.',
  theRecord: 'the record',
  kinds: { null: 'null', array: 'a list', string: 'a text', number: 'a number', boolean: 'true or false', object: 'an object' },
  types: { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list', null: 'null (empty)' },
  field(path, reason, zodMessage) {
    switch (reason.code) {
      case 'missing': return `${path} is missing`;
      case 'wrongType': return `${path} should be ${this.types[reason.expected] ?? reason.expected}`;
      case 'notInteger': return `${path} should be a whole number`;
      case 'notFinite': return `${path} is not a finite number`;
      case 'empty': return `${path} is empty`;
      case 'tooLong': return reason.unit === 'characters' ? `${path} is longer than ${this.number(reason.maximum)} characters` : `${path} has more than ${this.number(reason.maximum)} items`;
      case 'tooShort': return reason.unit === 'characters' ? `${path} is shorter than ${this.number(reason.minimum)} characters` : `${path} has fewer than ${this.number(reason.minimum)} items`;
      case 'tooLarge': return `${path} is larger than ${this.number(reason.maximum)}`;
      case 'tooSmall': return `${path} is smaller than ${this.number(reason.minimum)}`;
      case 'badFormat': return reason.format === 'clock' ? `${path} is not a valid clock stamp` : reason.format === 'day' ? `${path} is not a date (YYYY-MM-DD)` : `${path} has the wrong format`;
      case 'notAllowed': return `${path} must be one of: ${reason.allowed.join(', ')}`;
      case 'other': return `${path} is not valid (${zodMessage})`;
    }
  },
  tooLarge: (size, limit) => `This file is too large to be a Coachbar backup (${size} MB; Coachbar reads up to ${limit} MB). Choose the backup file Coachbar exported.`,
  empty: 'This file is empty. Choose the backup file Coachbar exported.',
  binary: 'This file is not a text file, so it is not a Coachbar backup. Choose the .json file Coachbar exported.',
  truncated: 'This backup file is incomplete: it stops in the middle of the data. It was probably cut off while copying or downloading; export or copy it again.',
  syntax: (line, column) => `This file is not valid JSON${line === null ? '' : ` (error at line ${line}, column ${column ?? '?'})`}, so it is not a Coachbar backup, or it was damaged.`,
  tooDeep: (limit) => `This file nests its data more than ${limit} levels deep. Coachbar backups never do that, so the file was not read.`,
  notAnObject: (kind) => `This file contains JSON (${kind}), but not a Coachbar backup.`,
  noFormat: 'This file contains JSON, but not a Coachbar backup: it has no “format” field saying “coachbar-backup”.',
  wrongFormat: (found) => `This file contains JSON, but not a Coachbar backup: its format is ${found} instead of “coachbar-backup”.`,
  invalidField: (field) => `This Coachbar backup is damaged: ${field}.`,
  futureVersion: (found) => `This file is a Coachbar backup from a newer version (format ${found}). Update Coachbar, then try again.`,
  unsupportedVersion: (found, supported) => `This Coachbar backup has ${found === null ? 'no format version' : `an unknown format version (${found})`}; this version of Coachbar reads format ${supported}.`,
  invalidRecord: (n, table, id, field) => `Record ${n} in ${table}${id === null ? '' : ` (id ${id})`} is not valid: ${field}.`,
  moreInvalid: (count) => `${count} records in this file have problems.`,
  duplicateId: (table, id, first, second) => `The table ${table} contains the id ${id} twice (records ${first} and ${second}), so the backup is damaged.`,
  clockAhead: (n, table, id, stamp, path, hours) =>
    `Record ${n} in ${table} (id ${id}) has a clock stamp more than ${hours} hours ahead of this device’s clock (${stamp} in ${path}). Coachbar does not restore it: your later changes on this device would then count as older. Check the date and time on this device and on the one that made the backup.`,
};

const nl: Texts = {
  number: numberFormat('nl'),
  quote: (text) => `‘${text}’`,
  unchanged: 'Je gegevens zijn niet gewijzigd.',
  theRecord: 'het record',
  kinds: { null: 'null', array: 'een lijst', string: 'een tekst', number: 'een getal', boolean: 'waar of onwaar', object: 'een object' },
  types: { string: 'tekst', number: 'een getal', int: 'een geheel getal', boolean: 'true of false', object: 'een object', array: 'een lijst', null: 'null (leeg)' },
  field(path, reason, zodMessage) {
    switch (reason.code) {
      case 'missing': return `${path} ontbreekt`;
      case 'wrongType': return `${path} moet ${this.types[reason.expected] ?? reason.expected} zijn`;
      case 'notInteger': return `${path} moet een geheel getal zijn`;
      case 'notFinite': return `${path} is geen eindig getal`;
      case 'empty': return `${path} is leeg`;
      case 'tooLong': return reason.unit === 'characters' ? `${path} is langer dan ${this.number(reason.maximum)} tekens` : `${path} heeft meer dan ${this.number(reason.maximum)} items`;
      case 'tooShort': return reason.unit === 'characters' ? `${path} is korter dan ${this.number(reason.minimum)} tekens` : `${path} heeft minder dan ${this.number(reason.minimum)} items`;
      case 'tooLarge': return `${path} is groter dan ${this.number(reason.maximum)}`;
      case 'tooSmall': return `${path} is kleiner dan ${this.number(reason.minimum)}`;
      case 'badFormat': return reason.format === 'clock' ? `${path} is geen geldige klokstempel` : reason.format === 'day' ? `${path} is geen datum (JJJJ-MM-DD)` : `${path} heeft een verkeerde vorm`;
      case 'notAllowed': return `${path} moet een van deze waarden zijn: ${reason.allowed.join(', ')}`;
      case 'other': return `${path} is ongeldig (${zodMessage})`;
    }
  },
  tooLarge: (size, limit) => `Dit bestand is te groot voor een Coachbar-back-up (${size} MB; Coachbar leest tot ${limit} MB). Kies het back-upbestand dat Coachbar heeft geëxporteerd.`,
  empty: 'Dit bestand is leeg. Kies het back-upbestand dat Coachbar heeft geëxporteerd.',
  binary: 'Dit bestand is geen tekstbestand en dus geen Coachbar-back-up. Kies het .json-bestand dat Coachbar heeft geëxporteerd.',
  truncated: 'Dit back-upbestand is onvolledig: het houdt midden in de gegevens op. Waarschijnlijk is het bij het kopiëren of downloaden afgebroken; exporteer of kopieer het opnieuw.',
  syntax: (line, column) => `Dit bestand is geen geldige JSON${line === null ? '' : ` (fout op regel ${line}, kolom ${column ?? '?'})`}, dus het is geen Coachbar-back-up, of het is beschadigd.`,
  tooDeep: (limit) => `Dit bestand nest zijn gegevens meer dan ${limit} niveaus diep. Dat doet een Coachbar-back-up nooit, dus het bestand is niet gelezen.`,
  notAnObject: (kind) => `Dit bestand bevat JSON (${kind}), maar geen Coachbar-back-up.`,
  noFormat: 'Dit bestand bevat JSON, maar geen Coachbar-back-up: er staat geen veld ‘format’ met ‘coachbar-backup’ in.',
  wrongFormat: (found) => `Dit bestand bevat JSON, maar geen Coachbar-back-up: het formaat is ${found} in plaats van ‘coachbar-backup’.`,
  invalidField: (field) => `Deze Coachbar-back-up is beschadigd: ${field}.`,
  futureVersion: (found) => `Dit bestand is een Coachbar-back-up van een nieuwere versie (formaat ${found}). Werk Coachbar bij en probeer het opnieuw.`,
  unsupportedVersion: (found, supported) => `Deze Coachbar-back-up heeft ${found === null ? 'geen formaatversie' : `een onbekende formaatversie (${found})`}; deze versie van Coachbar leest formaat ${supported}.`,
  invalidRecord: (n, table, id, field) => `Record ${n} in ${table}${id === null ? '' : ` (id ${id})`} is ongeldig: ${field}.`,
  moreInvalid: (count) => `${count} records in dit bestand hebben problemen.`,
  duplicateId: (table, id, first, second) => `De tabel ${table} bevat het id ${id} twee keer (records ${first} en ${second}), dus de back-up is beschadigd.`,
  clockAhead: (n, table, id, stamp, path, hours) =>
    `Record ${n} in ${table} (id ${id}) heeft een klokstempel die meer dan ${hours} uur voorloopt op de klok van dit apparaat (${stamp} in ${path}). Coachbar zet deze back-up niet terug: je latere wijzigingen op dit apparaat zouden dan als ouder gelden. Controleer de datum en tijd op dit apparaat en op het apparaat waarop de back-up is gemaakt.`,
};

const de: Texts = {
  number: numberFormat('de'),
  quote: (text) => `„${text}“`,
  unchanged: 'Deine Daten wurden nicht geändert.',
  theRecord: 'der Datensatz',
  kinds: { null: 'null', array: 'eine Liste', string: 'einen Text', number: 'eine Zahl', boolean: 'wahr oder falsch', object: 'ein Objekt' },
  types: { string: 'Text', number: 'eine Zahl', int: 'eine ganze Zahl', boolean: 'true oder false', object: 'ein Objekt', array: 'eine Liste', null: 'null (leer)' },
  field(path, reason, zodMessage) {
    switch (reason.code) {
      case 'missing': return `${path} fehlt`;
      case 'wrongType': return `${path} muss ${this.types[reason.expected] ?? reason.expected} sein`;
      case 'notInteger': return `${path} muss eine ganze Zahl sein`;
      case 'notFinite': return `${path} ist keine endliche Zahl`;
      case 'empty': return `${path} ist leer`;
      case 'tooLong': return reason.unit === 'characters' ? `${path} ist länger als ${this.number(reason.maximum)} Zeichen` : `${path} hat mehr als ${this.number(reason.maximum)} Einträge`;
      case 'tooShort': return reason.unit === 'characters' ? `${path} ist kürzer als ${this.number(reason.minimum)} Zeichen` : `${path} hat weniger als ${this.number(reason.minimum)} Einträge`;
      case 'tooLarge': return `${path} ist größer als ${this.number(reason.maximum)}`;
      case 'tooSmall': return `${path} ist kleiner als ${this.number(reason.minimum)}`;
      case 'badFormat': return reason.format === 'clock' ? `${path} ist kein gültiger Uhrstempel` : reason.format === 'day' ? `${path} ist kein Datum (JJJJ-MM-TT)` : `${path} hat das falsche Format`;
      case 'notAllowed': return `${path} muss einer dieser Werte sein: ${reason.allowed.join(', ')}`;
      case 'other': return `${path} ist ungültig (${zodMessage})`;
    }
  },
  tooLarge: (size, limit) => `Diese Datei ist zu groß für ein Coachbar-Backup (${size} MB; Coachbar liest bis zu ${limit} MB). Wähle die Backup-Datei, die Coachbar exportiert hat.`,
  empty: 'Diese Datei ist leer. Wähle die Backup-Datei, die Coachbar exportiert hat.',
  binary: 'Diese Datei ist keine Textdatei und damit kein Coachbar-Backup. Wähle die .json-Datei, die Coachbar exportiert hat.',
  truncated: 'Diese Backup-Datei ist unvollständig: Sie endet mitten in den Daten. Vermutlich wurde sie beim Kopieren oder Herunterladen abgeschnitten; exportiere oder kopiere sie erneut.',
  syntax: (line, column) => `Diese Datei ist kein gültiges JSON${line === null ? '' : ` (Fehler in Zeile ${line}, Spalte ${column ?? '?'})`}, also kein Coachbar-Backup, oder sie ist beschädigt.`,
  tooDeep: (limit) => `Diese Datei verschachtelt ihre Daten tiefer als ${limit} Ebenen. Ein Coachbar-Backup tut das nie, daher wurde die Datei nicht gelesen.`,
  notAnObject: (kind) => `Diese Datei enthält JSON (${kind}), aber kein Coachbar-Backup.`,
  noFormat: 'Diese Datei enthält JSON, aber kein Coachbar-Backup: Es fehlt das Feld „format“ mit „coachbar-backup“.',
  wrongFormat: (found) => `Diese Datei enthält JSON, aber kein Coachbar-Backup: Ihr Format ist ${found} statt „coachbar-backup“.`,
  invalidField: (field) => `Dieses Coachbar-Backup ist beschädigt: ${field}.`,
  futureVersion: (found) => `Diese Datei ist ein Coachbar-Backup aus einer neueren Version (Format ${found}). Aktualisiere Coachbar und versuche es dann erneut.`,
  unsupportedVersion: (found, supported) => `Dieses Coachbar-Backup hat ${found === null ? 'keine Formatversion' : `eine unbekannte Formatversion (${found})`}; diese Coachbar-Version liest Format ${supported}.`,
  invalidRecord: (n, table, id, field) => `Datensatz ${n} in ${table}${id === null ? '' : ` (ID ${id})`} ist ungültig: ${field}.`,
  moreInvalid: (count) => `${count} Datensätze in dieser Datei sind fehlerhaft.`,
  duplicateId: (table, id, first, second) => `Die Tabelle ${table} enthält die ID ${id} doppelt (Datensätze ${first} und ${second}), das Backup ist also beschädigt.`,
  clockAhead: (n, table, id, stamp, path, hours) =>
    `Datensatz ${n} in ${table} (ID ${id}) hat einen Uhrstempel, der der Uhr dieses Geräts um mehr als ${hours} Stunden voraus ist (${stamp} in ${path}). Coachbar stellt dieses Backup nicht wieder her: Deine späteren Änderungen auf diesem Gerät würden sonst als älter gelten. Prüfe Datum und Uhrzeit auf diesem Gerät und auf dem, auf dem das Backup erstellt wurde.`,
};

const texts: Record<BackupLanguage, Texts> = { en, nl, de };

const megabyte = 1024 * 1024;

/** One or two plain-text sentences saying what is wrong, ending with the reassurance that nothing changed. */
export function describeBackupProblem(problem: BackupProblem, language: BackupLanguage): string {
  const t = texts[language] ?? en;
  return `${describe(problem, t)} ${t.unchanged}`;
}

function describe(problem: BackupProblem, t: Texts): string {
  switch (problem.kind) {
    case 'tooLarge':
      return t.tooLarge(t.number(problem.size / megabyte), t.number(problem.limit / megabyte));
    case 'notJson':
      return problem.reason === 'empty' ? t.empty : problem.reason === 'binary' ? t.binary : problem.reason === 'truncated' ? t.truncated : t.syntax(problem.line, problem.column);
    case 'tooDeep':
      return t.tooDeep(t.number(problem.limit));
    case 'notABackup':
      switch (problem.reason) {
        case 'notAnObject': return t.notAnObject(t.kinds[problem.found]);
        case 'noFormat': return t.noFormat;
        case 'wrongFormat': return t.wrongFormat(clean(problem.found));
        case 'invalidField': return t.invalidField(t.field(problem.path || t.theRecord, problem.field, clean(problem.message)));
      }
      break;
    case 'futureVersion':
      return t.futureVersion(String(problem.found));
    case 'unsupportedVersion':
      return t.unsupportedVersion(problem.found === null ? null : clean(problem.found), String(problem.supported));
    case 'invalidRecord': {
      const sentence = t.invalidRecord(
        t.number(problem.index + 1),
        t.quote(problem.table),
        problem.id === null ? null : clean(problem.id),
        t.field(problem.path || t.theRecord, problem.field, clean(problem.message)),
      );
      return problem.invalidCount > 1 ? `${sentence} ${t.moreInvalid(t.number(problem.invalidCount))}` : sentence;
    }
    case 'duplicateId':
      return t.duplicateId(t.quote(problem.table), clean(problem.id), t.number(problem.firstIndex + 1), t.number(problem.index + 1));
    case 'clockAhead':
      return t.clockAhead(t.number(problem.index + 1), t.quote(problem.table), clean(problem.id), clean(problem.stamp), clean(problem.path), t.number(problem.limitHours));
  }
  return t.syntax(null, null);
}
