import { useQuery } from '@tanstack/react-query';
import { settingsQuery, useMoveSection, useUpdateSettings } from '@/components/data/queries';
import { I18nProvider, useI18n } from '@/components/i18n';
import { useNow } from '@/components/use-now';
import { viewAgenda } from '@/utils/agenda/engine';
import { formatClock } from '@/utils/agenda/format';
import { findTemplate } from '@/utils/agenda/templates';
import type { SessionRecord } from '@/utils/db/records';
import { callBackground } from '@/utils/messaging/background';
import { resolveLanguage } from '@/utils/i18n/catalog';
import { NotesEditor } from './NotesEditor';

/** A session keeps the language it started in, whatever the UI language is now. */
export function SessionView({ session }: { session: SessionRecord }) {
  return (
    <I18nProvider language={resolveLanguage(session.language)}>
      <SessionAgenda session={session} />
    </I18nProvider>
  );
}

function SessionAgenda({ session }: { session: SessionRecord }) {
  const { t } = useI18n();
  const template = findTemplate(session.templateId);
  const settings = useQuery(settingsQuery());
  const autoAdvance = settings.data?.autoAdvance ?? false;
  const updateSettings = useUpdateSettings();
  const move = useMoveSection(session.id, session.meetingKey);
  const now = useNow(1000);
  if (!template) return null;
  const view = viewAgenda(template.sections, session.clock, now, autoAdvance);
  const section = template.sections[view.index]!;
  const sectionTitle = t(section.titleKey);
  const paused = session.clock.pausedAt !== null;
  const title = session.meeting.title || t('sidebar.meetingFallback', session.meeting.code);

  return (
    <>
      <header className="session-header">
        <div>
          <h1 className="meeting-title">{title}</h1>
          <p className="muted">{t(template.nameKey)}</p>
        </div>
        <button className="link-button" onClick={() => void callBackground('openDashboard', {})}>
          {t('common.openDashboard')}
        </button>
      </header>

      <nav aria-label={t('sidebar.agenda')}>
        <ol className="steps">
          {template.sections.map((step, index) => (
            <li key={step.id}>
              <button
                className="step"
                aria-current={index === view.index ? 'step' : undefined}
                disabled={move.isPending}
                onClick={() => move.mutate(index)}
              >
                <span className="step-number">{index + 1}</span>
                <span className="step-title">{t(step.titleKey)}</span>
                <span className="step-minutes">{t('common.minutes', step.minutes)}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <section className="current" aria-labelledby="current-section-title">
        <div className="current-head">
          <div>
            <p className="muted">{t('sidebar.sectionOf', view.index + 1, template.sections.length)}</p>
            <h2 id="current-section-title">{sectionTitle}</h2>
          </div>
          <p role="timer" className={view.overrunMs > 0 ? 'clock overrun' : 'clock'}>
            {paused
              ? t('sidebar.paused')
              : view.overrunMs > 0
                ? t('sidebar.overrun', formatClock(view.overrunMs))
                : t('sidebar.timeLeft', formatClock(view.remainingMs))}
          </p>
        </div>
        <div className="section-nav">
          <button disabled={view.isFirst || move.isPending} onClick={() => move.mutate(view.index - 1)}>
            ← {t('sidebar.previous')}
          </button>
          <button disabled={view.isLast || move.isPending} onClick={() => move.mutate(view.index + 1)}>
            {t('sidebar.next')} →
          </button>
        </div>
        <h3 className="prompts-title">{t('sidebar.prompts')}</h3>
        <ul className="prompts">
          {section.promptKeys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <NotesEditor key={section.id} sessionId={session.id} sectionId={section.id} label={t('sidebar.notesFor', sectionTitle)} />
      </section>

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
      </footer>
    </>
  );
}
