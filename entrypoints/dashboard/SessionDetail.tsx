import { useQuery } from '@tanstack/react-query';
import { notesQuery, templatesQuery } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { I18nProvider, useI18n } from '@/components/i18n';
import { ExportMenu } from '@/components/ExportMenu';
import { Notice } from '@/components/Notice';
import { findTemplate } from '@/utils/agenda/templates';
import { contentFor } from '@/utils/content/packs';
import type { SessionSummary } from '@/utils/db/sessions';
import { resolveLanguage } from '@/utils/i18n/catalog';
import { formatDate } from './format-date';

export function SessionDetail({ summary, title }: { summary: SessionSummary; title: string }) {
  return (
    <I18nProvider language={resolveLanguage(summary.language)}>
      <SessionNotes summary={summary} title={title} />
    </I18nProvider>
  );
}

function SessionNotes({ summary, title }: { summary: SessionSummary; title: string }) {
  const { t, language } = useI18n();
  const notes = useQuery(notesQuery(summary.id));
  const userTemplates = useQuery(templatesQuery());
  const template = findTemplate(summary.templateId, contentFor(language), userTemplates.data ?? []);
  const filled = (notes.data ?? []).filter((note) => note.text.trim() !== '');
  const sectionTitle = (sectionId: string) => {
    const section = template?.sections.find((candidate) => candidate.id === sectionId);
    return section ? section.title : sectionId;
  };
  const order = (sectionId: string) => template?.sections.findIndex((section) => section.id === sectionId) ?? 0;

  return (
    <article className="session-detail" aria-labelledby="session-detail-title">
      <h2 id="session-detail-title">{title}</h2>
      <p className="muted">{t('dashboard.started', formatDate(summary.startedAt, language))}</p>
      <ExportMenu sessionId={summary.id} />
      {notes.isPending ? (
        <p className="loading" role="status">{t('common.loading')}</p>
      ) : notes.isError ? (
        <Notice tone="error">{t('errors.loadFailed', describeError(notes.error, t))}</Notice>
      ) : filled.length === 0 ? (
        <p className="muted">{t('dashboard.noNotes')}</p>
      ) : (
        filled
          .sort((a, b) => order(a.sectionId) - order(b.sectionId))
          .map((note) => (
            <section key={note.id} className="note-block">
              <h3>{sectionTitle(note.sectionId)}</h3>
              <p className="note-text">{note.text}</p>
            </section>
          ))
      )}
    </article>
  );
}
