import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { sessionsQuery } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { usePersistentStorage } from '@/components/use-persistent-storage';
import type { SessionSummary } from '@/utils/db/sessions';
import type { Translate } from '@/utils/i18n/catalog';
import { SessionDetail } from './SessionDetail';

export function Dashboard() {
  const { t, language } = useI18n();
  const sessions = useQuery(sessionsQuery());
  const persisted = usePersistentStorage();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = sessions.data?.find((session) => session.id === selectedId) ?? sessions.data?.[0];

  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <h1>{t('dashboard.title')}</h1>
        <p className="muted">{t('dashboard.privacy')}</p>
      </header>
      {persisted === false && <Notice tone="info">{t('errors.storageEphemeral')}</Notice>}
      {sessions.isPending ? (
        <p className="loading" role="status">{t('common.loading')}</p>
      ) : sessions.isError ? (
        <Notice tone="error" action={<button onClick={() => void sessions.refetch()}>{t('common.retry')}</button>}>
          {t('errors.loadFailed', describeError(sessions.error, t))}
        </Notice>
      ) : sessions.data.length === 0 ? (
        <section className="empty">
          <p>{t('dashboard.empty')}</p>
        </section>
      ) : (
        <div className="dashboard-body">
          <nav aria-label={t('dashboard.sessions')}>
            <h2>{t('dashboard.sessions')}</h2>
            <ul className="session-list">
              {sessions.data.map((session) => (
                <li key={session.id}>
                  <button
                    className="session-item"
                    aria-current={session.id === selected?.id ? 'true' : undefined}
                    onClick={() => setSelectedId(session.id)}
                  >
                    <span className="session-item-title">{sessionTitle(session, t)}</span>
                    <span className="muted">
                      {formatDate(session.startedAt, language)} · {t(session.meeting.site === 'meet' ? 'dashboard.siteMeet' : 'dashboard.siteZoom')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {selected && <SessionDetail key={selected.id} summary={selected} title={sessionTitle(selected, t)} />}
        </div>
      )}
    </div>
  );
}

function sessionTitle(session: SessionSummary, t: Translate): string {
  return session.meeting.title || t('sidebar.meetingFallback', session.meeting.code);
}

export function formatDate(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
