import type { QueryClient } from '@tanstack/react-query';
import type { ChangeTopic } from '@/utils/messaging/protocol';

/** Query-key factories: every cached read is named here, and "changed" broadcasts map onto them. */
export const queryKeys = {
  callContext: (tabId: number | undefined) => ['callContext', tabId ?? 'current'] as const,
  /** Opening is keyed apart from the live session, so a change (like ending it) never opens a new one. */
  openSession: (meetingKey: string) => ['openSession', meetingKey] as const,
  session: (id: string | undefined) => ['session', id ?? 'none'] as const,
  sessions: () => ['sessions'] as const,
  notes: (sessionId: string) => ['notes', sessionId] as const,
  askedBefore: (sessionId: string) => ['askedBefore', sessionId] as const,
  settings: () => ['settings'] as const,
  templates: () => ['templates'] as const,
  questions: () => ['questions'] as const,
  people: () => ['people'] as const,
  recap: (sessionId: string) => ['recap', sessionId] as const,
  sessionRatings: (sessionId: string) => ['ratings', 'session', sessionId] as const,
  statementLastAsked: (personId: string | null, beforeSessionId: string) => ['ratings', 'lastAsked', personId ?? 'none', beforeSessionId] as const,
  statements: () => ['statements'] as const,
  objectives: (personId: string | null) => ['objectives', personId ?? 'none'] as const,
  actionItems: (sessionId: string) => ['actionItems', sessionId] as const,
  personInsights: (personId: string) => ['insights', 'person', personId] as const,
  teamInsights: () => ['insights', 'team'] as const,
  search: (query: string) => ['search', query] as const,
  sessionSummary: (sessionId: string) => ['sessionSummary', sessionId] as const,
  syncStatus: () => ['sync'] as const,
  conflicts: (recordId: string | undefined) => ['conflicts', recordId ?? 'all'] as const,
  callPageCheck: () => ['callPageCheck'] as const,
  listeningBalance: (sessionId: string) => ['listening', 'balance', sessionId] as const,
  listeningHistory: (personId: string) => ['listening', 'history', personId] as const,
  /** The dashboard's time range picked in a view, kept on this device (entrypoints/dashboard/range-choice.ts). */
  rangeChoice: (view: 'person' | 'team') => ['rangeChoice', view] as const,
};

/** The first part of a query key: invalidating it refetches every read of that kind. */
export type QueryKeyRoot = ReturnType<(typeof queryKeys)[keyof typeof queryKeys]>[0];

/**
 * Which cached reads a change makes stale. Every topic is listed (the compiler says when a table
 * is added), and only roots the factories above make. Insights and the recap are built from
 * people, sessions, ratings, OKRs, action items and the user's statements.
 */
export const keysForTopic: Readonly<Record<ChangeTopic, readonly QueryKeyRoot[]>> = {
  callContext: ['callContext'],
  sync: ['sync'],
  people: ['people', 'sessions', 'recap', 'insights', 'search', 'listening'],
  templates: ['templates'],
  sessions: ['session', 'sessions', 'askedBefore', 'recap', 'insights', 'search', 'listening'],
  notes: ['notes', 'sessions', 'search'],
  ratings: ['ratings', 'recap', 'insights'],
  objectives: ['objectives', 'recap', 'insights'],
  keyResults: ['objectives', 'recap', 'insights'],
  risks: ['objectives', 'recap', 'insights'],
  statements: ['statements', 'insights'],
  statementSets: ['statements'],
  actionItems: ['actionItems', 'recap', 'insights'],
  questions: ['questions'],
  settings: ['settings'],
  conflicts: ['conflicts', 'sync'],
};

/** Refetches the reads the topics make stale; a topic this page does not know (a newer background) is skipped. */
export function invalidateTopics(client: QueryClient, topics: readonly string[]): Promise<unknown> {
  const roots = new Set(topics.flatMap((topic) => (Object.hasOwn(keysForTopic, topic) ? keysForTopic[topic as ChangeTopic] : [])));
  return Promise.all([...roots].map((root) => client.invalidateQueries({ queryKey: [root] })));
}
