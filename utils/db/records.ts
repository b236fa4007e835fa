import type { AgendaClock } from '../agenda/types';
import type { SectionRole } from '../content/structure';
import type { Situation } from '../content/types';
import type { CallSite } from '../sites/detect';

/** Every stored record carries these, so sync can merge by clock and keep tombstones. */
export interface BaseRecord {
  id: string;
  createdAt: number;
  /** Hybrid logical clock of the last write (utils/clock/hlc.ts). */
  updatedAt: string;
  /** Hybrid logical clock of the delete; null while the record lives. */
  deletedAt: string | null;
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

export interface RatingRecord extends BaseRecord {
  sessionId: string;
  personId: string | null;
  statementId: string;
  scale: 'agreement-7' | 'progress-10';
  value: number;
  comment: string;
}

export interface ObjectiveRecord extends BaseRecord {
  personId: string;
  period: string;
  text: string;
  progress: number | null;
  confidence: number | null;
}

export interface KeyResultRecord extends BaseRecord {
  objectiveId: string;
  text: string;
  ambitiousTarget: string;
  minimumFloor: string;
  progress: number | null;
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
}

export interface MetaRecord {
  key: 'deviceId' | 'clock';
  value: string;
}

export interface RecordTables {
  people: PersonRecord;
  templates: TemplateRecord;
  sessions: SessionRecord;
  notes: NoteRecord;
  ratings: RatingRecord;
  objectives: ObjectiveRecord;
  keyResults: KeyResultRecord;
  actionItems: ActionItemRecord;
  questions: QuestionRecord;
  settings: SettingsRecord;
}

export type RecordTable = keyof RecordTables;

/** The fields a caller may set; the writer owns id and the clock fields. */
export type RecordFields<T extends RecordTable> = Omit<RecordTables[T], keyof BaseRecord>;
