/**
 * The session summary as JSON: the view model itself, with a format tag and version so other tools
 * (and a later Coachbar) can recognise it, plus the start time also as ISO 8601 and the local day.
 */
import { summaryDay, type SessionSummary } from './summary';

export const summaryJsonFormat = 'coachbar-session-summary';
export const summaryJsonFormatVersion = 1;

export function toJson(summary: SessionSummary): string {
  const document = {
    format: summaryJsonFormat,
    formatVersion: summaryJsonFormatVersion,
    variant: summary.variant,
    language: summary.language,
    person: summary.person ? { name: summary.person.name, role: summary.person.role } : null,
    meetingTitle: summary.meetingTitle,
    startedAt: summary.startedAt,
    startedAtIso: Number.isFinite(summary.startedAt) ? new Date(summary.startedAt).toISOString() : null,
    day: summaryDay(summary),
    timeZone: summary.timeZone,
    templateName: summary.templateName,
    sections: summary.sections.map((section) => ({
      title: section.title,
      notes: section.notes,
      private: section.private,
      questionsAsked: [...section.questionsAsked],
    })),
    ratings: summary.ratings.map((rating) => ({
      statement: rating.statement,
      value: rating.value,
      scale: rating.scale,
      comment: rating.comment,
    })),
    okrs: summary.okrs.map((okr) => ({
      objective: okr.objective,
      progress: okr.progress,
      keyResults: okr.keyResults.map((kr) => ({ text: kr.text, target: kr.target, floor: kr.floor })),
    })),
    actionItems: summary.actionItems.map((item) => ({ text: item.text, owner: item.owner, due: item.due, done: item.done })),
    takeaway: summary.takeaway,
    listening: summary.listening ? { managerWords: summary.listening.manager, otherWords: summary.listening.other } : null,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
