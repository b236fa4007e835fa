import type { AgendaClock } from '../agenda/types';
import type { SectionRole } from '../content/structure';
import type { Situation } from '../content/types';
import type { ListeningTotals } from '../listening/types';
import type { CallSite } from '../sites/detect';
import type { ThemeSetting } from '../theme/choose';

/** Every stored record carries these, so sync can merge by clock and keep tombstones. */
export interface BaseRecord {
  id: string;
  createdAt: number;
  /** Hybrid logical clock of the last write (utils/clock/hlc.ts). */
  updatedAt: string;
  /** Hybrid logical clock of the delete; null while the record lives. */
  deletedAt: string | null;
  /**
   * Field → clock of the last write to that field, so sync merges field by field. Kept by the
   * writer; records written before sync existed lack it and count every field as `updatedAt`.
   */
  fieldClocks?: Record<string, string>;
  /**
   * Field → clock of the value our latest unpushed edit replaced: a peer's value newer than this
   * was written without seeing our edit, so the two are a conflict (utils/db/sync-replica.ts).
   */
  baseClocks?: Record<string, string>;
}

export interface MeetingInfo {
  site: CallSite;
  code: string;
  /** Page-provided text: data only, never HTML. */
  title: string;
}

export interface SessionRecord extends BaseRecord {
  personId: string | null;
  templateId: string;
  language: string;
  meeting: MeetingInfo;
  meetingKey: string;
  /** Local calendar day (YYYY-MM-DD) the session belongs to: the same meeting on a new day is a new session. */
  day: string;
  startedAt: number;
  endedAt: number | null;
  clock: AgendaClock;
  /** The manager's main takeaway, carried into the next session's recap. */
  takeaway: string;
  /** What the call's captions counted (Listening balance); absent when nothing was measured. */
  listening?: ListeningTotals;
}

export interface NoteRecord extends BaseRecord {
  sessionId: string;
  sectionId: string;
  text: string;
  private: boolean;
  questionIds: string[];
}

export interface PersonRecord extends BaseRecord {
  name: string;
  role: string;
  notes: string;
  meetingKeys: string[];
}

export interface TemplateRecord extends BaseRecord {
  name: string;
  language: string;
  /** Order in the user's list. */
  position: number;
  sections: { id: string; title: string; minutes: number; prompts: string[]; role: SectionRole }[];
}

/**
 * One answer in one session: agreement 1–7 with a statement (micro-survey), or progress 1–10 on
 * an objective. The comment holds the "why?" or "what would get you one level higher?".
 */
export type RatingRecord = BaseRecord & {
  sessionId: string;
  personId: string | null;
  value: number;
  comment: string;
} & ({ scale: 'agreement-7'; statementId: string; objectiveId: null } | { scale: 'progress-10'; statementId: null; objectiveId: string });

export interface ObjectiveRecord extends BaseRecord {
  personId: string;
  /** e.g. "2026-Q4". */
  period: string;
  text: string;
  /** 1–10, how sure the person is to reach it; null until asked. */
  confidence: number | null;
  /** Tip 1: how the success story will sound. */
  successStory: string;
  /** Tip 3: what reaching it brings the person. */
  personalBenefit: string;
}

export interface KeyResultRecord extends BaseRecord {
  objectiveId: string;
  text: string;
  ambitiousTarget: string;
  /** Tip 4: the floor to reach in any case; empty when none was set. */
  minimumFloor: string;
}

/** Tip 6, pre-mortem: a reason the objective could fail, and what prevents it. */
export interface RiskRecord extends BaseRecord {
  objectiveId: string;
  risk: string;
  counterMeasure: string;
}

/** A micro-survey statement the user wrote (built-ins live in code). */
export interface StatementRecord extends BaseRecord {
  text: string;
  language: string;
}

/** A named selection of statements to ask together. */
export interface StatementSetRecord extends BaseRecord {
  name: string;
  statementIds: string[];
}

export interface ActionItemRecord extends BaseRecord {
  personId: string | null;
  sessionId: string;
  text: string;
  owner: 'manager' | 'report';
  due: string | null;
  doneAt: number | null;
}

export interface QuestionRecord extends BaseRecord {
  text: string;
  language: string;
  situations: Situation[];
  roles: SectionRole[];
  position: number;
}

export interface SettingsRecord extends BaseRecord {
  autoAdvance: boolean;
  /** null follows the browser's UI language. */
  language: string | null;
  /** Opt-in: "send to call chat" pastes a question into Meet's or Zoom's chat box, unsent. */
  chatPaste: boolean;
  /** Suggestions the user pinned: always offered, even when asked before. */
  pinnedSuggestions: string[];
  /** Light, dark, or `auto`: the call page's theme in the docked sidebar, else the system's. */
  theme: ThemeSetting;
  /** The manager's share of the words, in percent, above which a long stretch nudges toward listening. */
  listeningThreshold: number;
}

/**
 * The losing side of a concurrent text edit that sync kept (utils/sync/merge.ts). The id is the
 * same on every device, so the copy is one record everywhere; resolving it deletes it.
 */
export interface ConflictRecord extends BaseRecord {
  recordId: string;
  recordType: Exclude<RecordTable, 'conflicts'>;
  field: string;
  text: string;
  /** Clock of the losing text. */
  hlc: string;
}

export interface MetaRecord {
  /** `pushAll`: a restore too large for an outbox entry per record asks the next push to send everything. */
  key: 'deviceId' | 'clock' | 'sync' | 'pushAll';
  value: string;
}

/**
 * A local change not yet pushed by sync: which fields changed ("$delete" for a delete) and the
 * clock of the newest change, so a push clears the entry only when nothing changed meanwhile.
 */
export interface OutboxEntry {
  /** `<table>/<id>`. */
  key: string;
  table: RecordTable;
  id: string;
  fields: string[];
  stamp: string;
}

export interface RecordTables {
  people: PersonRecord;
  templates: TemplateRecord;
  sessions: SessionRecord;
  notes: NoteRecord;
  ratings: RatingRecord;
  objectives: ObjectiveRecord;
  keyResults: KeyResultRecord;
  risks: RiskRecord;
  statements: StatementRecord;
  statementSets: StatementSetRecord;
  actionItems: ActionItemRecord;
  questions: QuestionRecord;
  settings: SettingsRecord;
  conflicts: ConflictRecord;
}

export type RecordTable = keyof RecordTables;

/** The fields a caller may set; the writer owns id and the clock fields. */
export type RecordFields<T extends RecordTable> = DistributiveOmit<RecordTables[T], keyof BaseRecord>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
