import { SyncChip } from '@/components/SyncChip';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
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
import { QuestionsTab } from './QuestionsTab';
import { TeamTab } from './TeamTab';
import { SessionDetail } from './SessionDetail';
import { SettingsTab } from './SettingsTab';
import { TemplatesTab } from './TemplatesTab';

type Tab = 'sessions' | 'people' | 'team' | 'templates' | 'questions' | 'settings';
const tabs: Tab[] = ['sessions', 'people', 'team', 'templates', 'questions', 'settings'];
const tabLabel = {
  sessions: 'dashboard.tabSessions',
  people: 'dashboard.tabPeople',
  team: 'dashboard.tabTeam',
  templates: 'dashboard.tabTemplates',
  questions: 'dashboard.tabQuestions',
  settings: 'dashboard.tabSettings',
} as const;

export function Dashboard() {
  const { t } = useI18n();
  const persisted = usePersistentStorage();
  const [tab, setTab] = useState<Tab>(() => (tabs as string[]).includes(location.hash.slice(1)) ? (location.hash.slice(1) as Tab) : 'sessions');
  const [openSessionId, setOpenSessionId] = useState<string | null>(null);
  const select = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', `#${next}`);
  };
  const openSession = (sessionId: string) => {
    setOpenSessionId(sessionId);
    select('sessions');
  };
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
        {tab === 'team' && <TeamTab onOpenSession={openSession} />}
        {tab === 'templates' && <TemplatesTab />}
        {tab === 'questions' && <QuestionsTab />}
        {tab === 'settings' && <SettingsTab />}
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

