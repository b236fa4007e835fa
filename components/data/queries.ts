import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callBackground } from '@/utils/messaging/background';
import type { CallContext } from '@/utils/messaging/protocol';
import type { Settings } from '@/utils/db/settings';
import { meetingKey } from '@/utils/sites/detect';
import { queryKeys } from './query-keys';

export const callContextQuery = (tabId: number | undefined) =>
  queryOptions({
    queryKey: queryKeys.callContext(tabId),
    queryFn: () => callBackground('getCallContext', tabId === undefined ? {} : { tabId }),
  });

/** Opening is idempotent: the same meeting on the same day always answers the same session. */
export const sessionQuery = (context: CallContext, language: string) =>
  queryOptions({
    queryKey: queryKeys.session(meetingKey(context.meeting)),
    queryFn: () =>
      callBackground('openSession', { meeting: context.meeting, title: context.title, language, tabId: context.tabId }),
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

export function useSetSessionTemplate(sessionId: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) => callBackground('setSessionTemplate', { sessionId, templateId }),
    onSuccess: (session) => client.setQueryData(queryKeys.session(key), session),
  });
}

export function useMoveSection(sessionId: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (target: number) => callBackground('moveSection', { sessionId, target }),
    onSuccess: (session) => client.setQueryData(queryKeys.session(key), session),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Settings>) => callBackground('updateSettings', patch),
    // Controls show the change at once; a failed save puts the old value back.
    onMutate: async (patch) => {
      await client.cancelQueries({ queryKey: queryKeys.settings() });
      const previous = client.getQueryData<Settings>(queryKeys.settings());
      if (previous) client.setQueryData(queryKeys.settings(), { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) client.setQueryData(queryKeys.settings(), context.previous);
    },
    onSuccess: (settings) => client.setQueryData(queryKeys.settings(), settings),
  });
}
