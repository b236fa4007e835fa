/** Query-key factories: every cached read is named here, and "changed" broadcasts map onto them. */
export const queryKeys = {
  callContext: (tabId: number | undefined) => ['callContext', tabId ?? 'current'] as const,
  /** Opening is keyed apart from the live session, so a change (like ending it) never opens a new one. */
  openSession: (meetingKey: string) => ['openSession', meetingKey] as const,
  session: (id: string) => ['session', id] as const,
  sessions: () => ['sessions'] as const,
  notes: (sessionId: string) => ['notes', sessionId] as const,
  askedBefore: (sessionId: string) => ['askedBefore', sessionId] as const,
  settings: () => ['settings'] as const,
  templates: () => ['templates'] as const,
  questions: () => ['questions'] as const,
  people: () => ['people'] as const,
  recap: (sessionId: string) => ['recap', sessionId] as const,
  sessionRatings: (sessionId: string) => ['ratings', 'session', sessionId] as const,
  statementLastAsked: (personId: string, beforeSessionId: string) => ['ratings', 'lastAsked', personId, beforeSessionId] as const,
  statements: () => ['statements'] as const,
  objectives: (personId: string) => ['okrs', personId] as const,
  actionItems: (sessionId: string) => ['actionItems', sessionId] as const,
  personInsights: (personId: string) => ['insights', 'person', personId] as const,
  teamInsights: () => ['insights', 'team'] as const,
  search: (query: string) => ['search', query] as const,
  syncStatus: () => ['sync'] as const,
  conflicts: (recordId: string | undefined) => ['conflicts', recordId ?? 'all'] as const,
};

/** Which cached reads a background write to a table makes stale. */
export const keysForTable: Record<string, readonly (readonly string[])[]> = {
  callContext: [['callContext']],
  sessions: [['session'], ['sessions'], ['recap'], ['insights']],
  notes: [['notes'], ['sessions'], ['search']],
  settings: [['settings']],
  templates: [['templates']],
  questions: [['questions']],
  people: [['people'], ['recap'], ['insights'], ['sessions']],
  ratings: [['ratings'], ['recap'], ['insights']],
  okrs: [['okrs'], ['recap'], ['insights']],
  actionItems: [['actionItems'], ['recap'], ['insights']],
  statements: [['statements']],
  sync: [['sync']],
  conflicts: [['conflicts'], ['sync']],
};
