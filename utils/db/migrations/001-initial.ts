/** Schema v1: every table the data model names, indexed for the lookups the background makes. */
export const version = 1;

export const stores = {
  people: 'id, name, updatedAt',
  templates: 'id, updatedAt',
  sessions: 'id, [meetingKey+day], startedAt, personId, updatedAt',
  notes: 'id, sessionId, updatedAt',
  ratings: 'id, sessionId, personId, statementId, updatedAt',
  objectives: 'id, personId, period, updatedAt',
  keyResults: 'id, objectiveId, updatedAt',
  actionItems: 'id, personId, sessionId, updatedAt',
  questions: 'id, updatedAt',
  settings: 'id',
  meta: 'key',
};
