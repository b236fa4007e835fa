import type { AgendaTemplate } from '../agenda/templates';
import type { ObjectiveView } from '../db/coaching';
import type { ActionItemRecord, NoteRecord, PersonRecord, RatingRecord, SessionRecord } from '../db/records';
import { splitOf } from '../listening/totals';
import { exportLanguages, type ExportLanguage } from './labels';
import type { SessionSummary } from './summary';

export interface SummarySources {
  session: SessionRecord;
  person: PersonRecord | null;
  template: AgendaTemplate | undefined;
  notes: readonly NoteRecord[];
  /** Suggestion id → the text that was inserted (built-in in the session's language, or the user's own). */
  questionText: (id: string) => string | undefined;
  /** Statement id → its text. */
  statementText: (id: string) => string | undefined;
  ratings: readonly RatingRecord[];
  objectives: readonly ObjectiveView[];
  actionItems: readonly ActionItemRecord[];
  timeZone: string;
}

/** What the captions counted, when they did and the manager's speaker is known: never a guess. */
function measuredSplit(session: SessionRecord): SessionSummary['listening'] {
  if (!session.listening || session.listening.managerSpeaker === null) return null;
  const { manager, other } = splitOf(session.listening);
  return manager + other > 0 ? { manager, other } : null;
}

/** The manager's full summary of one session, resolved to text in the session's language. */
export function buildSessionSummary(sources: SummarySources): SessionSummary {
  const { session, template } = sources;
  const language: ExportLanguage = (exportLanguages as readonly string[]).includes(session.language) ? (session.language as ExportLanguage) : 'en';
  const sectionIds = [...(template?.sections.map((section) => section.id) ?? []), ...sources.notes.map((note) => note.sectionId)];
  const objectiveText = new Map(sources.objectives.map((objective) => [objective.id, objective.text]));
  return {
    language,
    variant: 'manager',
    person: sources.person ? { name: sources.person.name, role: sources.person.role } : null,
    meetingTitle: session.meeting.title || session.meeting.code,
    startedAt: session.startedAt,
    timeZone: sources.timeZone,
    templateName: template?.name ?? session.templateId,
    sections: [...new Set(sectionIds)].map((sectionId) => {
      const note = sources.notes.find((candidate) => candidate.sectionId === sectionId);
      const section = template?.sections.find((candidate) => candidate.id === sectionId);
      return {
        title: section?.title ?? sectionId,
        ...(section?.beforeTheTalk && { preparation: true as const }),
        notes: note?.text ?? '',
        private: note?.private ?? false,
        questionsAsked: (note?.questionIds ?? []).flatMap((id) => sources.questionText(id) ?? []),
      };
    }),
    ratings: sources.ratings.map((rating) => ({
      statement: rating.statementId ? (sources.statementText(rating.statementId) ?? rating.statementId) : (objectiveText.get(rating.objectiveId ?? '') ?? ''),
      value: rating.value,
      scale: rating.scale,
      comment: rating.comment,
    })),
    okrs: sources.objectives.map((objective) => ({
      objective: objective.text,
      progress: sources.ratings.find((rating) => rating.objectiveId === objective.id)?.value ?? objective.progress?.value ?? null,
      keyResults: objective.keyResults.map((kr) => ({ text: kr.text, target: kr.ambitiousTarget, floor: kr.minimumFloor })),
    })),
    actionItems: sources.actionItems.map((item) => ({ text: item.text, owner: item.owner, due: item.due, done: item.doneAt !== null })),
    takeaway: session.takeaway,
    listening: measuredSplit(session),
  };
}
