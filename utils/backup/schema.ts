import { z } from 'zod';
import type { ConflictRecord, QuestionRecord, RecordTable, RecordTables, SessionRecord, TemplateRecord } from '../db/records';
import { lazy } from '../lazy';
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
 */

export const limits = {
  idChars: 200,
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

  /**
   * A deleted record as sync leaves it when this device never saw it alive: a peer's delete carries
   * no fields (deleted text does not travel), so only the clocks are there.
   */
  const bareTombstoneSchema = z.object({ ...base, deletedAt: hlc });

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
    position,
    sections: z
      .array(
        z.object({
          id,
          title: shortText,
          minutes: z.number().min(0).max(limits.sectionMinutes),
          prompts: z.array(mediumText).max(limits.sectionPrompts),
          role: z.enum(sectionRoles),
        }),
      )
      .max(limits.templateSections),
  });

  const sessionSchema = z.object({
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
      pausedMs: z.number().min(0).max(maxTimestamp),
    }),
    takeaway: longText,
  });

  const noteSchema = z.object({
    ...base,
    sessionId: id,
    sectionId: id,
    text: longText,
    private: z.boolean(),
    questionIds: idList,
  });

  const ratingBase = {
    ...base,
    sessionId: id,
    personId: id.nullable(),
    comment: longText,
  };

  const ratingSchema = z.discriminatedUnion('scale', [
    z.object({ ...ratingBase, scale: z.literal('agreement-7'), value: z.int().min(1).max(7), statementId: id, objectiveId: z.null() }),
    z.object({ ...ratingBase, scale: z.literal('progress-10'), value: z.int().min(1).max(10), statementId: z.null(), objectiveId: id }),
  ]);

  const objectiveSchema = z.object({
    ...base,
    personId: id,
    period: shortText,
    text: longText,
    confidence: z.int().min(1).max(10).nullable(),
    successStory: longText,
    personalBenefit: longText,
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
    situations: z.array(z.enum(situationValues)).max(situationValues.length * 4),
    roles: z.array(z.enum(sectionRoles)).max(sectionRoles.length * 4),
    position,
  });

  const settingsSchema = z.object({
    ...base,
    autoAdvance: z.boolean(),
    language: language.nullable(),
    chatPaste: z.boolean(),
    pinnedSuggestions: idList,
  });

  const conflictSchema = z.object({
    ...base,
    recordId: id,
    recordType: z.enum(conflictTypes),
    field: z.string().min(1).max(100),
    text: longText,
    hlc,
  });

  /** One schema per table; the annotation makes the compiler check each against records.ts. */
  const recordSchemas: { [T in RecordTable]: z.ZodType<RecordTables[T], unknown> } = {
    people: personSchema,
    templates: templateSchema,
    sessions: sessionSchema,
    notes: noteSchema,
    ratings: ratingSchema,
    objectives: objectiveSchema,
    keyResults: keyResultSchema,
    risks: riskSchema,
    statements: statementSchema,
    statementSets: statementSetSchema,
    actionItems: actionItemSchema,
    questions: questionSchema,
    settings: settingsSchema,
    conflicts: conflictSchema,
  };

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

  return { recordSchemas, bareTombstoneSchema, backupEnvelopeSchema, backupSchema };
});
