import { queryOptions, skipToken, useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { callBackground } from '@/utils/messaging/background';
import type { CallContext, Method, Params } from '@/utils/messaging/protocol';
import type { NoteRecord, RatingRecord, SessionRecord } from '@/utils/db/records';
import type { Settings } from '@/utils/db/settings';
import { meetingKey } from '@/utils/sites/detect';
import { invalidateTopics, queryKeys } from './query-keys';

export const callContextQuery = (tabId: number | undefined) =>
  queryOptions({
    queryKey: queryKeys.callContext(tabId),
    queryFn: () => callBackground('getCallContext', tabId === undefined ? {} : { tabId }),
  });

/** Opening is idempotent: the same meeting on the same day answers the same session until it is ended. */
export const openSessionQuery = (context: CallContext, language: string) =>
  queryOptions({
    queryKey: queryKeys.openSession(meetingKey(context.meeting)),
    queryFn: () => callBackground('openSession', { meeting: context.meeting, title: context.title, language, tabId: context.tabId }),
  });

/** Waits while `id` is undefined (the session is still being opened). */
export const sessionQuery = (id: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.session(id),
    queryFn:
      id === undefined
        ? skipToken
        : async () => {
            const session = await callBackground('getSession', { id });
            if (!session) throw new Error('This session was deleted.');
            return session;
          },
  });

export const sessionsQuery = () =>
  queryOptions({ queryKey: queryKeys.sessions(), queryFn: () => callBackground('listSessions', {}) });

export const notesQuery = (sessionId: string) =>
  queryOptions({ queryKey: queryKeys.notes(sessionId), queryFn: () => callBackground('getNotes', { sessionId }) });

export const settingsQuery = () =>
  queryOptions({ queryKey: queryKeys.settings(), queryFn: () => callBackground('getSettings', {}) });

export const askedBeforeQuery = (sessionId: string) =>
  queryOptions({ queryKey: queryKeys.askedBefore(sessionId), queryFn: () => callBackground('getAskedBefore', { sessionId }) });

export const templatesQuery = () =>
  queryOptions({ queryKey: queryKeys.templates(), queryFn: () => callBackground('listTemplates', {}) });

export const questionsQuery = () =>
  queryOptions({ queryKey: queryKeys.questions(), queryFn: () => callBackground('listQuestions', {}) });

export const peopleQuery = () => queryOptions({ queryKey: queryKeys.people(), queryFn: () => callBackground('listPeople', {}) });

/** A session without a person has nothing to recap: the query waits until one is linked. */
export const recapQuery = (session: Pick<SessionRecord, 'id' | 'personId'>) =>
  queryOptions({ queryKey: queryKeys.recap(session.id), queryFn: session.personId === null ? skipToken : () => callBackground('getRecap', { sessionId: session.id }) });

export const sessionRatingsQuery = (sessionId: string) =>
  queryOptions({ queryKey: queryKeys.sessionRatings(sessionId), queryFn: () => callBackground('getSessionRatings', { sessionId }) });

/** Waits while the session has no person (`personId` null). */
export const statementLastAskedQuery = (personId: string | null, beforeSessionId: string) =>
  queryOptions({
    queryKey: queryKeys.statementLastAsked(personId, beforeSessionId),
    queryFn: personId === null ? skipToken : () => callBackground('getStatementLastAsked', { personId, beforeSessionId }),
  });

export const statementsQuery = () => queryOptions({ queryKey: queryKeys.statements(), queryFn: () => callBackground('listStatements', {}) });

/** Waits while the session has no person (`personId` null). */
export const objectivesQuery = (personId: string | null) =>
  queryOptions({ queryKey: queryKeys.objectives(personId), queryFn: personId === null ? skipToken : () => callBackground('listObjectives', { personId }) });

export const actionItemsQuery = (sessionId: string) =>
  queryOptions({ queryKey: queryKeys.actionItems(sessionId), queryFn: () => callBackground('listActionItems', { sessionId }) });

export const personInsightsQuery = (personId: string) =>
  queryOptions({ queryKey: queryKeys.personInsights(personId), queryFn: () => callBackground('getPersonInsights', { personId }) });

export const teamInsightsQuery = () => queryOptions({ queryKey: queryKeys.teamInsights(), queryFn: () => callBackground('getTeamInsights', {}) });

/** Waits until the query has two characters: one matches nearly every note. */
export const searchQuery = (query: string) =>
  queryOptions({ queryKey: queryKeys.search(query), queryFn: query.trim().length < 2 ? skipToken : () => callBackground('searchNotes', { query }) });

/** Read when the user exports, always fresh: it is built from most tables. */
export const sessionSummaryQuery = (sessionId: string) =>
  queryOptions({ queryKey: queryKeys.sessionSummary(sessionId), queryFn: () => callBackground('getSessionSummary', { sessionId }), staleTime: 0 });

/** How often the sidebar's listening meter asks: about as often as the captions script reports while people talk. */
const listeningRefreshMs = 3000;

/** The live listening balance; waits while the setting is off. Asked again every few seconds, as the signal can go without a write. */
export const listeningBalanceQuery = (sessionId: string, on: boolean) =>
  queryOptions({
    queryKey: queryKeys.listeningBalance(sessionId),
    queryFn: on ? () => callBackground('listeningBalance', { sessionId }) : skipToken,
    refetchInterval: on ? listeningRefreshMs : false,
  });

export const listeningHistoryQuery = (personId: string) =>
  queryOptions({ queryKey: queryKeys.listeningHistory(personId), queryFn: () => callBackground('listeningHistory', { personId }) });

/** The user's choice of which captioned speaker they are: the meter shows the answer at once. */
export function useSetManagerSpeaker(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (speaker: string) => callBackground('setManagerSpeaker', { sessionId, speaker }),
    onSuccess: (balance) => client.setQueryData(queryKeys.listeningBalance(sessionId), balance),
  });
}

/** A write whose result the background broadcasts; errors surface through the mutation. */
export function useBackgroundMutation<M extends Method>(method: M) {
  return useMutation({ mutationFn: (data: Params<M>) => callBackground(method, data) });
}

/** The saved rating goes into the session's ratings at once, before the broadcast's refetch. */
export function useRate(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (data: Omit<Params<'rate'>, 'sessionId'>) => callBackground('rate', { sessionId, ...data }),
    onSuccess: (rating) =>
      client.setQueryData(queryKeys.sessionRatings(sessionId), (current: RatingRecord[] | undefined) =>
        current?.some((candidate) => candidate.id === rating.id) ? current.map((candidate) => (candidate.id === rating.id ? rating : candidate)) : [...(current ?? []), rating],
      ),
  });
}

export function useClearRating(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callBackground('clearRating', { id }),
    onSuccess: (_result, id) =>
      client.setQueryData(queryKeys.sessionRatings(sessionId), (current: RatingRecord[] | undefined) => current?.filter((candidate) => candidate.id !== id)),
  });
}

let lastNoteSeq = 0;
/** Increases across reloads of the page too, so the background never lets an older keystroke win. */
function nextNoteSeq(): number {
  lastNoteSeq = Math.max(lastNoteSeq + 1, Date.now());
  return lastNoteSeq;
}

/**
 * Writes to one section's note. Plain functions rather than mutations: every keystroke is a save,
 * and the editor keeps its own count of saves in flight.
 */
export function useNoteWrites(sessionId: string, sectionId: string) {
  const client = useQueryClient();
  return useMemo(
    () => ({
      /** Shows the text in the cached notes at once (if the note exists yet) and saves it. */
      saveText(text: string): Promise<unknown> {
        client.setQueryData(queryKeys.notes(sessionId), (current: NoteRecord[] | undefined) =>
          current?.map((candidate) => (candidate.sectionId === sectionId ? { ...candidate, text } : candidate)),
        );
        return callBackground('saveNote', { sessionId, sectionId, text, seq: nextNoteSeq() });
      },
      setAskedQuestions: (questionIds: string[]) => callBackground('setAskedQuestions', { sessionId, sectionId, questionIds }),
      setPrivate: (isPrivate: boolean) => callBackground('setNotePrivate', { sessionId, sectionId, private: isPrivate }),
    }),
    [client, sessionId, sectionId],
  );
}

export function useSetSessionTemplate(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) => callBackground('setSessionTemplate', { sessionId, templateId }),
    onSuccess: (session) => client.setQueryData(queryKeys.session(sessionId), session),
  });
}

export function useMoveSection(sessionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (target: number) => callBackground('moveSection', { sessionId, target }),
    onSuccess: (session) => client.setQueryData(queryKeys.session(sessionId), session),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => callBackground('updateSettings', patch),
    // Controls show the change at once; a failed save puts the old value back.
    onMutate: (patch) => {
      const previous = client.getQueryData<Settings>(queryKeys.settings());
      if (previous) client.setQueryData(queryKeys.settings(), { ...previous, ...patch });
      // A read already under way must not put the old value back.
      void client.cancelQueries({ queryKey: queryKeys.settings() });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) client.setQueryData(queryKeys.settings(), context.previous);
    },
    onSuccess: (settings) => client.setQueryData(queryKeys.settings(), settings),
  });
}

/** The last call's page check; the background checks afresh while that call is open. */
export const callPageCheckQuery = () =>
  queryOptions({ queryKey: queryKeys.callPageCheck(), queryFn: () => callBackground('getCallPageCheck', {}) });

export const syncStatusQuery = () =>
  queryOptions({ queryKey: queryKeys.syncStatus(), queryFn: () => callBackground('getSyncStatus', {}) });

export const conflictsQuery = (recordId?: string) =>
  queryOptions({ queryKey: queryKeys.conflicts(recordId), queryFn: () => callBackground('listConflicts', recordId === undefined ? {} : { recordId }) });

/** Keeps the copy's text ("use") or the record's ("dismiss"); the copy goes either way. */
export function useResolveConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (data: Params<'resolveConflict'>) => callBackground('resolveConflict', data),
    // The background's change events refresh the rest; the copy's own list at once.
    onSettled: () => invalidateTopics(client, ['conflicts']),
  });
}
