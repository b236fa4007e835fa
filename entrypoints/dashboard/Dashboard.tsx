import { SyncChip } from '@/components/SyncChip';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { sessionsQuery } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { TabList } from '@/components/TabList';
import { usePersistentStorage } from '@/components/use-persistent-storage';
import type { SessionSummary } from '@/utils/db/sessions';
import type { Translate } from '@/utils/i18n/catalog';
import { formatDate } from './format-date';
import { NoteSearch } from './NoteSearch';
import { PeopleTab } from './PeopleTab';
import { SessionDetail } from './SessionDetail';
import { tabFromHash, tabs, type Tab } from './tabs';

// The tabs a visit seldom opens first load when opened: the settings tab alone brings zod and the
// backup and sync code, which would otherwise be compiled and run before any tab shows.
const TeamTab = lazy(() => import('./TeamTab').then((module) => ({ default: module.TeamTab })));
const TemplatesTab = lazy(() => import('./TemplatesTab').then((module) => ({ default: module.TemplatesTab })));
const QuestionsTab = lazy(() => import('./QuestionsTab').then((module) => ({ default: module.QuestionsTab })));
const SettingsTab = lazy(() => import('./SettingsTab').then((module) => ({ default: module.SettingsTab })));
const tabLabel = {
  sessions: 'dashboard.tabSessions',
  people: 'dashboard.tabPeople',
  team: 'dashboard.tabTeam',
  templates: 'dashboard.tabTemplates',
  questions: 'dashboard.tabQuestions',
  settings: 'dashboard.tabSettings',
} as const;

export function Dashboard({ initialTab }: { initialTab: Tab }) {
  const { t } = useI18n();
  const persisted = usePersistentStorage();
  const [tab, setTab] = useState(initialTab);
  const [openSessionId, setOpenSessionId] = useState<string | null>(null);
  const select = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };
  const openSession = (sessionId: string) => {
    setOpenSessionId(sessionId);
    select('sessions');
  };
  useEffect(() => {
    // A link to another tab (`#people`) opened in this dashboard switches to it, not only on load.
    const following = new AbortController();
    window.addEventListener('hashchange', () => setTab(tabFromHash(location.hash)), { signal: following.signal });
    return () => following.abort();
  }, []);
  return (
    <div className="dashboard">
      <header className="dashboard-header">
        <h1>{t('dashboard.title')}</h1>
        <p className="muted">{t('dashboard.privacy')}</p>
        <SyncChip onOpen={() => select('settings')} />
      </header>
      {persisted === false && <Notice tone="info">{t('errors.storageEphemeral')}</Notice>}
      <TabList idPrefix="dashboard" className="tabs" label={t('dashboard.tabs')} tabs={tabs.map((key) => ({ key, label: t(tabLabel[key]) }))} selected={tab} onSelect={select} />
      <section role="tabpanel" id={`dashboard-panel-${tab}`} aria-labelledby={`dashboard-tab-${tab}`} className="tab-panel">
        {tab === 'sessions' && <SessionsTab selectedId={openSessionId} onSelect={setOpenSessionId} />}
        {tab === 'people' && <PeopleTab onOpenSession={openSession} />}
        <Suspense fallback={<p className="loading" role="status">{t('common.loading')}</p>}>
          {tab === 'team' && <TeamTab onOpenSession={openSession} />}
          {tab === 'templates' && <TemplatesTab />}
          {tab === 'questions' && <QuestionsTab />}
          {tab === 'settings' && <SettingsTab />}
        </Suspense>
      </section>
    </div>
  );
}

function SessionsTab({ selectedId, onSelect: setSelectedId }: { selectedId: string | null; onSelect: (id: string) => void }) {
  const { t, language } = useI18n();
  const sessions = useQuery(sessionsQuery());
  const selected = sessions.data?.find((session) => session.id === selectedId) ?? sessions.data?.[0];

  return (
    <>
      <NoteSearch onOpenSession={setSelectedId} />
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
    </>
  );
}

function sessionTitle(session: SessionSummary, t: Translate): string {
  return session.meeting.title || t('sidebar.meetingFallback', session.meeting.code);
}

