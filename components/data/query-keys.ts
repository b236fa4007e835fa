/** Query-key factories: every cached read is named here, and "changed" broadcasts map onto them. */
export const queryKeys = {
  callContext: (tabId: number | undefined) => ['callContext', tabId ?? 'current'] as const,
  session: (meetingKey: string) => ['session', meetingKey] as const,
  sessions: () => ['sessions'] as const,
  notes: (sessionId: string) => ['notes', sessionId] as const,
  askedBefore: (sessionId: string) => ['askedBefore', sessionId] as const,
  settings: () => ['settings'] as const,
  templates: () => ['templates'] as const,
  questions: () => ['questions'] as const,
};

/** Which cached reads a background write to a table makes stale. */
export const keysForTable: Record<string, readonly (readonly string[])[]> = {
  callContext: [['callContext']],
  sessions: [['session'], ['sessions']],
  notes: [['notes'], ['sessions']],
  settings: [['settings']],
  templates: [['templates']],
  questions: [['questions']],
};
