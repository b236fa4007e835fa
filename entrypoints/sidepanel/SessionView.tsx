import { SyncChip } from '@/components/SyncChip';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  askedBeforeQuery,
  listeningBalanceQuery,
  notesQuery,
  objectivesQuery,
  questionsQuery,
  settingsQuery,
  templatesQuery,
  useBackgroundMutation,
  useMoveSection,
  useSetSessionTemplate,
  useUpdateSettings,
} from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { I18nProvider, useI18n } from '@/components/i18n';
import { useClockReading } from '@/components/use-clock-reading';
import { viewAgenda } from '@/utils/agenda/engine';
import type { AgendaClock, AgendaSection } from '@/utils/agenda/types';
import { formatClock } from '@/utils/agenda/format';
import { builtInTemplates, findTemplate, fromUserTemplate } from '@/utils/agenda/templates';
import { contentFor } from '@/utils/content/packs';
import type { Situation } from '@/utils/content/types';
import type { SessionRecord } from '@/utils/db/records';
import type { ListeningBalance } from '@/utils/listening/types';
import { resolveLanguage } from '@/utils/i18n/catalog';
import { suggestionBank, suggestionText, type CustomQuestion } from '@/utils/questions/bank';
import { formatCallTime } from '@/utils/questions/insert';
import { rankSuggestions } from '@/utils/questions/ranker';
import { copyText } from '@/components/copy-text';
import { TabList } from '@/components/TabList';
import { ActionsPanel } from './ActionsPanel';
import { CheckInPanel } from './CheckInPanel';
import { NotesEditor, type NotesEditorHandle } from './NotesEditor';
import { OkrsPanel } from '@/components/OkrsPanel';
import { currentPeriod } from '@/utils/ratings/okr-history';
import { PersonPicker } from './PersonPicker';
import { MoveToSidePanel } from './MoveToSidePanel';
import { canOpenNativePanel } from '@/utils/browser/platform';
import { Prompts } from './Prompts';
import { Recap } from './Recap';
import { okrHistory } from '@/utils/ratings/okr-history';
import { shownSuggestionCount, SuggestionsPanel, type ShownSuggestion } from './SuggestionsPanel';
import { ListeningMeter } from './ListeningMeter';

/** A session keeps the language it started in, whatever the UI language is now. */
export function SessionView({ session, tabId, docked }: { session: SessionRecord; tabId: number; docked: boolean }) {
  return (
    <I18nProvider language={resolveLanguage(session.language)}>
      <SessionAgenda session={session} tabId={tabId} docked={docked} />
    </I18nProvider>
  );
}

function SessionAgenda({ session, tabId, docked }: { session: SessionRecord; tabId: number; docked: boolean }) {
  const { t, language } = useI18n();
  const pack = contentFor(language);
  const settings = useQuery(settingsQuery());
  const userTemplates = useQuery(templatesQuery());
  const userQuestions = useQuery(questionsQuery());
  const notes = useQuery(notesQuery(session.id));
  const askedBefore = useQuery(askedBeforeQuery(session.id));
  const objectives = useQuery(objectivesQuery(session.personId));
  const [tab, setTab] = useState<SidebarTab>('agenda');
  const autoAdvance = settings.data?.autoAdvance ?? false;
  const listeningOn = settings.data?.listeningBalance ?? false;
  // Only the nudge: the meter's counts change every few seconds, and this whole view need not draw again for them.
  const nudge = useQuery({ ...listeningBalanceQuery(session.id, listeningOn), select: nudgeReasonOf });
  const updateSettings = useUpdateSettings();
  const move = useMoveSection(session.id);
  const setTemplate = useSetSessionTemplate(session.id);
  const openDashboard = useBackgroundMutation('openDashboard');
  const pasteToChat = useBackgroundMutation('pasteToCallChat');
  const editor = useRef<NotesEditorHandle>(null);
  const suggestionList = useRef<HTMLOListElement>(null);
  const [chips, setChips] = useState<Situation[]>([]);
  const [sectionText, setSectionText] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const template = findTemplate(session.templateId, pack, userTemplates.data ?? []);
  // Read every second, but this whole view redraws only when the section or quarter changes.
  const sectionIndex = useClockReading((now) => (template ? viewAgenda(template.sections, session.clock, now, autoAdvance).index : 0), 1000);
  const period = useClockReading(currentPeriod, 60_000);
  const custom = useMemo<CustomQuestion[]>(
    () => (userQuestions.data ?? []).map(({ id, text, language: lang, situations, roles }) => ({ id, text, language: lang, situations, roles })),
    [userQuestions.data],
  );

  // Alt+Q jumps to the suggestions from anywhere in the sidebar.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyQ') {
        event.preventDefault();
        suggestionList.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const onTextChange = useCallback((text: string) => setSectionText(text), []);

  if (!template) {
    return <p className="loading" role="status">{userTemplates.isPending ? t('common.loading') : t('errors.templateMissing')}</p>;
  }
  const section = template.sections[sectionIndex]!;
  const isFirst = sectionIndex === 0;
  const isLast = sectionIndex === template.sections.length - 1;
  const title = session.meeting.title || t('sidebar.meetingFallback', session.meeting.code);
  const pinned = new Set(settings.data?.pinnedSuggestions ?? []);
  const sessionNotes = notes.data ?? [];
  const goalsSet = sessionNotes.some((note) => {
    const role = template.sections.find((candidate) => candidate.id === note.sectionId)?.role;
    return (role === 'goals' || role === 'measures') && note.text.trim() !== '';
  });
  const suggestions: ShownSuggestion[] = rankSuggestions(suggestionBank(custom, language), {
    role: section.role,
    sectionQuestions: section.questions ?? [],
    chips,
    notes: sectionText,
    signals: pack.signals,
    aboutOkrs: template.aboutOkrs,
    askedThisSession: new Set(sessionNotes.flatMap((note) => note.questionIds)),
    askedBefore: new Map(Object.entries(askedBefore.data ?? {})),
    pinned,
    history: okrHistory(objectives.data ?? [], period, goalsSet),
    listening: listeningOn ? (nudge.data ?? null) : null,
  })
    .slice(0, shownSuggestionCount)
    .flatMap((ranked) => {
      const content = suggestionText(ranked.id, pack, custom);
      return content ? [{ ...ranked, content }] : [];
    });

  const callTime = () => formatCallTime(viewAgenda(template.sections, session.clock, Date.now(), autoAdvance).totalElapsedMs);
  const templates = [...builtInTemplates(pack), ...(userTemplates.data ?? []).map(fromUserTemplate)];

  return (
    <>
      {/* Docked on the call, its title is on the call page already: the line goes to the questions. */}
      {docked ? (
        <h1 className="visually-hidden">{title}</h1>
      ) : (
        <header className="session-header">
          <h1 className="meeting-title" title={title}>
            {title}
          </h1>
        </header>
      )}
      {/* One line: the agenda template and the person, each a click away from changing. */}
      <div className="session-setup" role="group" aria-label={t('sidebar.setup')}>
        <label className="template-picker">
          <span className="visually-hidden">{t('sidebar.template')}</span>
          <select value={template.id} disabled={setTemplate.isPending} onChange={(event) => setTemplate.mutate(event.target.value)}>
            {templates.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <PersonPicker session={session} />
        {docked && canOpenNativePanel() && <MoveToSidePanel tabId={tabId} />}
      </div>
      {listeningOn && <ListeningMeter session={session} />}
      <TabList
        idPrefix="sidebar"
        className="sidebar-tabs"
        label={t('sidebar.tabs')}
        tabs={sidebarTabs.map((key) => ({ key, label: t(sidebarTabLabels[key]) }))}
        selected={tab}
        onSelect={setTab}
      />
      <div role="tabpanel" id={`sidebar-panel-${tab}`} aria-labelledby={`sidebar-tab-${tab}`} className="tab-body">
        {tab === 'checkIn' && <CheckInPanel session={session} />}
        {tab === 'okrs' && (session.personId ? <OkrsPanel personId={session.personId} /> : <p className="notice notice-info">{t('sidebar.needPerson')}</p>)}
        {tab === 'actions' && <ActionsPanel session={session} />}
        {tab === 'agenda' && (
          <>
            <Recap session={session} />

            {/* A thin bar between previous and next: each section's title and time are its name; the current one's head is below. */}
            <div className="agenda-bar">
              <button className="icon-button" aria-label={t('sidebar.previous')} title={t('sidebar.previous')} disabled={isFirst || move.isPending} onClick={() => move.mutate(sectionIndex - 1)}>
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M10 3.5 5.5 8l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </button>
              <nav aria-label={t('sidebar.agenda')}>
                <ol className="steps">
                  {template.sections.map((step, index) => {
                    // The preparation has no time-box in the talk: it says when it is instead.
                    const name = `${step.title} · ${step.beforeTheTalk ? t('sidebar.preparationStep') : t('common.minutes', step.minutes)}`;
                    return (
                      <li key={step.id}>
                        <button
                          className={index < sectionIndex ? 'step done' : 'step'}
                          aria-current={index === sectionIndex ? 'step' : undefined}
                          title={name}
                          disabled={move.isPending}
                          onClick={() => move.mutate(index)}
                        >
                          <span className="visually-hidden">{name}</span>
                        </button>
                      </li>
                    );
                  })}
                </ol>
              </nav>
              <button className="icon-button" aria-label={t('sidebar.next')} title={t('sidebar.next')} disabled={isLast || move.isPending} onClick={() => move.mutate(sectionIndex + 1)}>
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                  <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </button>
            </div>

            <section className="current" aria-labelledby="current-section-title">
              <div className="current-head">
                <h2 id="current-section-title">{section.title}</h2>
                <SectionClock sections={template.sections} clock={session.clock} autoAdvance={autoAdvance} />
              </div>
              {section.prompts.length > 0 && <Prompts key={`prompts-${section.id}`} sessionId={session.id} sectionId={section.id} prompts={section.prompts} />}
              <NotesEditor
                key={section.id}
                ref={editor}
                sessionId={session.id}
                sectionId={section.id}
                label={t('sidebar.notesFor', section.title)}
                startsPrivate={section.beforeTheTalk === true}
                onTextChange={onTextChange}
              />
            </section>

            {section.beforeTheTalk ? (
              <p className="muted">{t('suggestions.beforeTheTalk')}</p>
            ) : (
              <SuggestionsPanel
                pack={pack}
                suggestions={suggestions}
                chips={chips}
                listRef={suggestionList}
                onToggleChip={(situation) => setChips((current) => (current.includes(situation) ? current.filter((s) => s !== situation) : [...current, situation]))}
                onInsert={(suggestion) => editor.current?.insertQuestion(suggestion.id, suggestion.content.text, callTime())}
                onCopy={(suggestion) =>
                  void copyText(suggestion.content.text).then(
                    () => setAnnouncement(t('suggestions.copied')),
                    (error: unknown) => setAnnouncement(t('suggestions.copyFailed', describeError(error, t))),
                  )
                }
                onTogglePin={(suggestion) => {
                  const next = pinned.has(suggestion.id) ? [...pinned].filter((id) => id !== suggestion.id) : [...pinned, suggestion.id];
                  updateSettings.mutate({ pinnedSuggestions: next });
                }}
                onSendToChat={
                  settings.data?.chatPaste
                    ? (suggestion) =>
                        void pasteToChat.mutateAsync({ tabId, text: suggestion.content.text }).then(
                          ({ pasted }) => setAnnouncement(pasted ? t('suggestions.pastedToChat') : t('suggestions.chatNotFound')),
                          (error: unknown) => setAnnouncement(t('suggestions.chatFailed', describeError(error, t))),
                        )
                    : undefined
                }
              />
            )}
            <p className="announcement" role="status">
              {announcement}
            </p>
          </>
        )}
      </div>
      <footer className="sidebar-footer">
        <label>
          <input
            type="checkbox"
            checked={autoAdvance}
            disabled={!settings.data || updateSettings.isPending}
            onChange={(event) => updateSettings.mutate({ autoAdvance: event.target.checked })}
          />{' '}
          {t('sidebar.autoAdvance')}
        </label>
        <label title={t('listening.settingHint')}>
          <input
            type="checkbox"
            checked={listeningOn}
            aria-describedby="listening-setting-hint"
            disabled={!settings.data || updateSettings.isPending}
            onChange={(event) => updateSettings.mutate({ listeningBalance: event.target.checked })}
          />{' '}
          {t('listening.turnOn')}
        </label>
        <span id="listening-setting-hint" className="visually-hidden">
          {t('listening.settingHint')}
        </span>
        <div className="sidebar-footer-links">
          <SyncChip />
          <button className="link-button" onClick={() => openDashboard.mutate({})}>
            {t('common.openDashboard')}
          </button>
        </div>
      </footer>
    </>
  );
}

/** What the ranker takes from the listening balance: the nudge's reason while it nudges. */
const nudgeReasonOf = (balance: ListeningBalance) => (balance.nudge ? balance.nudgeReason : null);

/** The one part of the sidebar that changes every second. */
function SectionClock({ sections, clock, autoAdvance }: { sections: readonly AgendaSection[]; clock: AgendaClock; autoAdvance: boolean }) {
  const { t } = useI18n();
  const read = (now: number) => viewAgenda(sections, clock, now, autoAdvance);
  // Read on every render too, so it agrees with the section the view above has just moved to.
  const text = useClockReading((now) => {
    const view = read(now);
    if (clock.pausedAt !== null) return t('sidebar.paused');
    if (view.beforeTheTalk) return t('sidebar.preparationClock');
    return view.overrunMs > 0 ? t('sidebar.overrun', formatClock(view.overrunMs)) : t('sidebar.timeLeft', formatClock(view.remainingMs));
  }, 1000);
  const overrun = useClockReading((now) => read(now).overrunMs > 0, 1000);
  return (
    <p role="timer" className={overrun ? 'clock overrun' : 'clock'}>
      {text}
    </p>
  );
}

type SidebarTab = 'agenda' | 'checkIn' | 'okrs' | 'actions';
const sidebarTabs: SidebarTab[] = ['agenda', 'checkIn', 'okrs', 'actions'];
const sidebarTabLabels = { agenda: 'sidebar.tabAgenda', checkIn: 'sidebar.tabCheckIn', okrs: 'sidebar.tabOkrs', actions: 'sidebar.tabActions' } as const;
