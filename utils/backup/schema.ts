import { z } from 'zod';
import type { BaseRecord, ConflictRecord, QuestionRecord, RecordTable, RecordTables, SessionRecord, TemplateRecord } from '../db/records';
import { lazy } from '../lazy';
import { listeningLimits } from '../listening/totals';
import { listeningThresholds } from '../listening/threshold';
import { themeSettings } from '../theme/choose';
import { maxIdChars, textFields } from '../sync/merge';
import { backupFormat, backupFormatVersion, type Backup } from './format';

/**
 * Zod schemas for every stored record, strict enough that a restored backup keeps the database
 * consistent: ids are short non-empty strings, clocks are HLC stamps, enums are closed, numbers are
 * finite and in range, text and lists are capped.
 *
 * Unknown extra fields on records (and at the top level, and unknown tables) are STRIPPED, not
 * refused: a backup written by a patch release that added an optional field still restores, and
 * nothing we do not know ends up in the database. Incompatible changes bump `formatVersion`,
 * which the parser refuses (parse.ts).
 *
 * Every field added after schema v1 has a default, so a record written by an older version (the
 * field missing) still restores and syncs; docs/data-format.md lists them. A new field needs one too:
 * tests/unit/backup/schema.test.ts parses the oldest shape of every table.
 */

export const limits = {
  idChars: maxIdChars,
  /** Names, titles, roles, periods, meeting codes and keys. */
  shortTextChars: 500,
  /** Statements, questions, template prompts. */
  mediumTextChars: 10_000,
  /** Notes and anything else the user types into a text area. */
  longTextChars: 200_000,
  languageChars: 35,
  deviceIdChars: 100,
  /** Ids listed inside a record (question ids, statement ids, meeting keys, pinned suggestions). */
  idListItems: 1_000,
  templateSections: 200,
  sectionPrompts: 200,
  sectionMinutes: 1_440,
  agendaIndex: 10_000,
  recordsPerTable: 1_000_000,
  /** Positions order lists; fractions are allowed so an item can go between two others. */
  position: 1e15,
} as const;

/** The largest wall time an HLC stamp can hold (13 digits), and so the cap for every timestamp. */
export const maxTimestamp = 9_999_999_999_999;

/** "<13-digit ms>:<5-digit counter>:<deviceId>", the same shape utils/clock/hlc.ts writes. */
export const hlcPattern = new RegExp(`^\\d{13}:\\d{5}:[^:]{1,${limits.deviceIdChars}}$`);
/** A local calendar day. */
export const dayPattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The closed value sets; the `satisfies` lines fail to compile when records.ts grows a value. */
export const callSites = ['meet', 'zoom'] as const satisfies readonly SessionRecord['meeting']['site'][];
export const sectionRoles = ['opening', 'explore', 'goals', 'measures', 'obstacles', 'support', 'closing'] as const satisfies readonly TemplateRecord['sections'][number]['role'][];
export const situationValues = [
  'stuck',
  'tooAmbitious',
  'impossible',
  'blamesOthers',
  'quiet',
  'frustrated',
  'noGoals',
  'unclearProblem',
  'ownership',
  'closing',
] as const satisfies readonly QuestionRecord['situations'][number][];
export const ratingScales = ['agreement-7', 'progress-10'] as const satisfies readonly RecordTables['ratings']['scale'][];
export const actionOwners = ['manager', 'report'] as const satisfies readonly RecordTables['actionItems']['owner'][];

type Exhaustive<List extends readonly unknown[], All> = [All] extends [List[number]] ? true : never;
const exhaustive: [
  Exhaustive<typeof callSites, SessionRecord['meeting']['site']>,
  Exhaustive<typeof sectionRoles, TemplateRecord['sections'][number]['role']>,
  Exhaustive<typeof situationValues, QuestionRecord['situations'][number]>,
  Exhaustive<typeof ratingScales, RecordTables['ratings']['scale']>,
  Exhaustive<typeof actionOwners, RecordTables['actionItems']['owner']>,
] = [true, true, true, true, true];
void exhaustive;

export const conflictTypes = ['people', 'templates', 'sessions', 'notes', 'ratings', 'objectives', 'keyResults', 'risks', 'statements', 'statementSets', 'actionItems', 'questions', 'settings'] as const satisfies readonly ConflictRecord['recordType'][];

/**
 * The schemas, built on first use: building them is most of zod's cost, and the background's
 * service worker, which holds them, starts on every call page's first message, while the call is
 * loading on the same cores. Only a restore or a sync needs them.
 */
export const schemas = lazy(() => {
  const id = z.string().min(1).max(limits.idChars);
  const hlc = z.string().regex(hlcPattern);
  const timestamp = z.number().min(0).max(maxTimestamp);
  const shortText = z.string().max(limits.shortTextChars);
  const mediumText = z.string().max(limits.mediumTextChars);
  const longText = z.string().max(limits.longTextChars);
  const language = z.string().min(1).max(limits.languageChars);
  const day = z.string().regex(dayPattern);
  const idList = z.array(id).max(limits.idListItems);
  const position = z.number().min(-limits.position).max(limits.position);

  /** Field names are identifiers; a record has a few dozen fields at most. */
  const fieldClocks = z
    .record(z.string().min(1).max(100), hlc)
    .refine((clocks) => Object.keys(clocks).length <= 200, 'too many field clocks');

  const base = {
    id,
    createdAt: timestamp,
    updatedAt: hlc,
    deletedAt: hlc.nullable(),
    fieldClocks: fieldClocks.optional(),
    baseClocks: fieldClocks.optional(),
  };

  const personSchema = z.object({
    ...base,
    name: shortText,
    role: shortText,
    notes: longText,
    meetingKeys: z.array(shortText).max(limits.idListItems),
  });

  const templateSchema = z.object({
    ...base,
    name: shortText,
    language,
    position: position.default(0),
    sections: z
      .array(
        z.object({
          id,
          title: shortText,
          minutes: z.number().min(0).max(limits.sectionMinutes),
          prompts: z.array(mediumText).max(limits.sectionPrompts),
          role: z.enum(sectionRoles).default('explore'),
        }),
      )
      .max(limits.templateSections),
  });

  const sessionObject = z.object({
    ...base,
    personId: id.nullable(),
    templateId: id,
    language,
    meeting: z.object({
      site: z.enum(callSites),
      code: shortText,
      /** Page-provided text: kept as data, never interpreted. */
      title: shortText,
    }),
    meetingKey: shortText,
    day,
    startedAt: timestamp,
    endedAt: timestamp.nullable(),
    clock: z.object({
      index: z.int().min(0).max(limits.agendaIndex),
      sectionStartedAt: timestamp,
      pausedAt: timestamp.nullable(),
      callStartedAt: timestamp,
      pausedMs: z.number().min(0).max(maxTimestamp).default(0),
    }),
    takeaway: longText.default(''),
    /** Counts only: words per captioned speaker and agenda section (utils/listening). */
    listening: z
      .object({
        speakers: z
          .array(
            z.object({
              name: shortText.min(1),
              sections: z
                .record(id, z.int().min(0).max(listeningLimits.wordsPerSection))
                .refine((sections) => Object.keys(sections).length <= listeningLimits.sections, 'too many sections'),
            }),
          )
          .max(listeningLimits.speakers),
        managerSpeaker: shortText.nullable(),
        managerConfirmed: z.boolean(),
      })
      .optional(),
  });

  /** Schema v2 added the call's start to the clock; like migration 2, a session without it started the call. */
  const withCallStart = (value: unknown): unknown => {
    if (!isObject(value) || !isObject(value.clock) || value.clock.callStartedAt !== undefined || typeof value.startedAt !== 'number') return value;
    return { ...value, clock: { ...value.clock, callStartedAt: value.startedAt } };
  };

  const noteSchema = z.object({
    ...base,
    sessionId: id,
    sectionId: id,
    text: longText,
    private: z.boolean(),
    questionIds: idList.default([]),
  });

  const ratingBase = {
    ...base,
    sessionId: id,
    personId: id.nullable(),
    comment: longText,
  };

  /** Ratings of objectives came with schema v3: an older rating has no `objectiveId`. */
  const ratingOptions = [
    z.object({ ...ratingBase, scale: z.literal('agreement-7'), value: z.int().min(1).max(7), statementId: id, objectiveId: z.null().default(null) }),
    z.object({ ...ratingBase, scale: z.literal('progress-10'), value: z.int().min(1).max(10), statementId: z.null(), objectiveId: id }),
  ] as const;

  const objectiveSchema = z.object({
    ...base,
    personId: id,
    period: shortText,
    text: longText,
    confidence: z.int().min(1).max(10).nullable(),
    successStory: longText.default(''),
    personalBenefit: longText.default(''),
  });

  const keyResultSchema = z.object({
    ...base,
    objectiveId: id,
    text: longText,
    ambitiousTarget: longText,
    minimumFloor: longText,
  });

  const riskSchema = z.object({
    ...base,
    objectiveId: id,
    risk: longText,
    counterMeasure: longText,
  });

  const statementSchema = z.object({
    ...base,
    text: mediumText,
    language,
  });

  const statementSetSchema = z.object({
    ...base,
    name: shortText,
    statementIds: idList,
  });

  const actionItemSchema = z.object({
    ...base,
    personId: id.nullable(),
    sessionId: id,
    text: longText,
    owner: z.enum(actionOwners),
    due: day.nullable(),
    doneAt: timestamp.nullable(),
  });

  const questionSchema = z.object({
    ...base,
    text: mediumText,
    language,
    situations: z.array(z.enum(situationValues)).max(situationValues.length * 4).default([]),
    roles: z.array(z.enum(sectionRoles)).max(sectionRoles.length * 4).default([]),
    position: position.default(0),
  });

  const settingsSchema = z.object({
    ...base,
    autoAdvance: z.boolean(),
    language: language.nullable(),
    chatPaste: z.boolean().default(false),
    pinnedSuggestions: idList.default([]),
    theme: z.enum(themeSettings).default('auto'),
    // No `listeningBalance`: the opt-in to read captions is this device's own now. An older peer's or
    // backup's field is dropped as unknown, so a synced `true` never turns it on here.
    listeningThreshold: z.number().int().min(listeningThresholds.min).max(listeningThresholds.max).default(listeningThresholds.default),
  });

  const conflictSchema = z.object({
    ...base,
    recordId: id,
    recordType: z.enum(conflictTypes),
    field: z.string().min(1).max(100),
    text: longText,
    hlc,
  });

  /**
   * "Use this" writes a conflict's text into `field` of its record, so a conflict may only name a
   * field sync makes copies of: a crafted one could otherwise rewrite any field (a note's `private`).
   */
  const textFieldOnly = (conflict: { recordType?: string; field?: string }, context: z.RefinementCtx) => {
    if (conflict.recordType === undefined) return;
    const allowed = textFields[conflict.recordType as RecordTable];
    if (!allowed) {
      context.addIssue({ code: 'invalid_value', path: ['recordType'], values: Object.keys(textFields), input: conflict.recordType, message: 'not a table with text that can conflict' });
    } else if (conflict.field !== undefined && !allowed.includes(conflict.field)) {
      context.addIssue({ code: 'invalid_value', path: ['field'], values: [...allowed], input: conflict.field, message: `not a text field of ${conflict.recordType}` });
    }
  };

  /** The objects behind each table's schema (ratings have one per scale). */
  const recordObjects: { [T in RecordTable]: readonly z.ZodObject[] } = {
    people: [personSchema],
    templates: [templateSchema],
    sessions: [sessionObject],
    notes: [noteSchema],
    ratings: ratingOptions,
    objectives: [objectiveSchema],
    keyResults: [keyResultSchema],
    risks: [riskSchema],
    statements: [statementSchema],
    statementSets: [statementSetSchema],
    actionItems: [actionItemSchema],
    questions: [questionSchema],
    settings: [settingsSchema],
    conflicts: [conflictSchema],
  };

  /** One schema per table; the annotation makes the compiler check each against records.ts. */
  const recordSchemas: { [T in RecordTable]: z.ZodType<RecordTables[T], unknown> } = {
    people: personSchema,
    templates: templateSchema,
    sessions: z.preprocess(withCallStart, sessionObject),
    notes: noteSchema,
    ratings: z.discriminatedUnion('scale', ratingOptions),
    objectives: objectiveSchema,
    keyResults: keyResultSchema,
    risks: riskSchema,
    statements: statementSchema,
    statementSets: statementSetSchema,
    actionItems: actionItemSchema,
    questions: questionSchema,
    settings: settingsSchema,
    conflicts: conflictSchema.superRefine(textFieldOnly),
  };

  /**
   * A deleted record: its clocks, and any of its other fields, each valid as in a live record. A
   * peer's delete carries no fields (deleted text does not travel), and a device that never saw the
   * record alive keeps only the clocks. Missing fields are not filled in: a tombstone gains nothing.
   */
  const tombstoneSchemas = Object.fromEntries(
    (Object.keys(recordObjects) as RecordTable[]).map((table) => {
      const options = recordObjects[table].map((object) => carriedFields(object).extend({ ...base, deletedAt: hlc }));
      const schema = options.length === 1 ? options[0]! : z.union(options);
      const checked = table === 'sessions' ? z.preprocess(withCallStart, schema) : table === 'conflicts' ? schema.superRefine(textFieldOnly) : schema;
      return [table, checked];
    }),
  ) as unknown as { [T in RecordTable]: z.ZodType<BaseRecord & Partial<RecordTables[T]>, unknown> };

  /** Tables added after format version 1: files written before them lack the table, which reads as empty. */
  const laterTables: ReadonlySet<RecordTable> = new Set(['conflicts']);

  const tableNames = Object.keys(recordSchemas) as RecordTable[];

  /**
   * The top level with records left unchecked, so the parser can validate records one by one and
   * name the table, index and id of a bad one.
   */
  const backupEnvelopeSchema = z.object({
    format: z.literal(backupFormat),
    formatVersion: z.literal(backupFormatVersion),
    exportedAt: timestamp,
    schemaVersion: z.int().min(1).max(10_000),
    records: z.object(Object.fromEntries(tableNames.map((table) => [table, tableList(table, z.unknown())])) as Record<RecordTable, z.ZodArray<z.ZodUnknown>>),
  });

  /** The whole file in one schema (records checked too); parse.ts uses the pieces for better messages. */
  const backupSchema = backupEnvelopeSchema.extend({
    records: z.object(Object.fromEntries(tableNames.map((table) => [table, tableList(table, recordSchemas[table])])) as Record<RecordTable, z.ZodArray<z.ZodType<unknown, unknown>>>),
  }) as unknown as z.ZodType<Backup, unknown>;

  function tableList(table: RecordTable, record: z.ZodType<unknown, unknown>) {
    const list = z.array(record).max(limits.recordsPerTable);
    return laterTables.has(table) ? list.default([]) : list;
  }

  return { recordSchemas, tombstoneSchemas, backupEnvelopeSchema, backupSchema };
});

/** Every field optional and without its default, for the fields a tombstone happens to carry. */
function carriedFields(object: z.ZodObject) {
  return z.object(Object.fromEntries(Object.entries(object.shape).map(([name, field]) => [name, (field instanceof z.ZodDefault ? field.removeDefault() : field).optional()])));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema a record from outside is checked with: a deleted one is a tombstone. */
export function incomingSchema(table: RecordTable, record: unknown): z.ZodType<BaseRecord, unknown> {
  const { recordSchemas, tombstoneSchemas } = schemas();
  return (isObject(record) && typeof record.deletedAt === 'string' ? tombstoneSchemas[table] : recordSchemas[table]) as z.ZodType<BaseRecord, unknown>;
}

export type IncomingRecordCheck = { ok: true; record: BaseRecord & Record<string, unknown> } | { ok: false; message: string };

/**
 * Checks a record a sync peer sent (already merged with ours) before it is written: a live record
 * against its table's whole schema, a tombstone's clocks and whatever fields it carries. `record`
 * is the one to write: fields an older version did not have take their default, and fields this
 * version does not know are dropped with their clocks, as a restore drops them. A peer on a newer
 * format is not applied at all (utils/sync/engine.ts), so such fields can only be junk, and
 * unchecked they could grow without limit.
 */
export function checkIncomingRecord(table: RecordTable, record: unknown): IncomingRecordCheck {
  const result = incomingSchema(table, record).safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { ok: false, message: issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid record' };
  }
  const checked = result.data as BaseRecord & Record<string, unknown>;
  const known = (clocks: Record<string, string> | undefined) => clocks && Object.fromEntries(Object.entries(clocks).filter(([field]) => field in checked));
  return { ok: true, record: { ...checked, ...(checked.fieldClocks && { fieldClocks: known(checked.fieldClocks) }), ...(checked.baseClocks && { baseClocks: known(checked.baseClocks) }) } };
}
