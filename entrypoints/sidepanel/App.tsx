import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callContextQuery, notesQuery, openSessionQuery, sessionQuery } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { usePersistentStorage } from '@/components/use-persistent-storage';
import type { CallContext } from '@/utils/messaging/protocol';
import { SessionView } from './SessionView';
import { useFollowActiveTab } from './use-follow-active-tab';

/** `docked`: framed in the call page (the in-page dock), not the side panel or a tab of its own. */
export function App({ tabId, docked = false }: { tabId: number | undefined; docked?: boolean }) {
  const { t } = useI18n();
  const context = useQuery(callContextQuery(tabId));
  useFollowActiveTab(tabId);
  const persisted = usePersistentStorage();
  return (
    <main className="sidebar">
      {persisted === false && <Notice tone="info">{t('errors.storageEphemeral')}</Notice>}
      {context.isPending ? (
        <p className="loading" role="status">{t('common.loading')}</p>
      ) : context.isError ? (
        <Notice tone="error" action={<button onClick={() => void context.refetch()}>{t('common.retry')}</button>}>
          {t('errors.loadFailed', describeError(context.error, t))}
        </Notice>
      ) : context.data ? (
        <CallSession context={context.data} docked={docked} />
      ) : (
        <NoCall />
      )}
    </main>
  );
}

function CallSession({ context, docked }: { context: CallContext; docked: boolean }) {
  const { t, language } = useI18n();
  const client = useQueryClient();
  const opened = useQuery(openSessionQuery(context, language));
  const openedId = opened.data?.id;
  // The notes are the next read the sidebar needs: ask for them as soon as the session is known.
  useEffect(() => {
    if (openedId) void client.prefetchQuery(notesQuery(openedId));
  }, [client, openedId]);
  const session = useQuery({ ...sessionQuery(openedId), initialData: opened.data });
  if (opened.isError) {
    return (
      <Notice tone="error" action={<button onClick={() => void opened.refetch()}>{t('common.retry')}</button>}>
        {t('errors.loadFailed', describeError(opened.error, t))}
      </Notice>
    );
  }
  if (session.isPending) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (session.isError) {
    return (
      <Notice tone="error" action={<button onClick={() => void session.refetch()}>{t('common.retry')}</button>}>
        {t('errors.loadFailed', describeError(session.error, t))}
      </Notice>
    );
  }
  return <SessionView session={session.data} tabId={context.tabId} docked={docked} />;
}

function NoCall() {
  const { t } = useI18n();
  return (
    <section className="empty">
      <h1>{t('sidebar.noCall')}</h1>
      <p>{t('sidebar.noCallHint')}</p>
    </section>
  );
}
