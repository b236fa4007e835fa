import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { download } from './download';
import type { SessionSummary } from '@/utils/export/summary';
import { sessionSummaryQuery } from './data/queries';
import { describeError } from './describe-error';
import { useI18n } from './i18n';

type Format = 'markdown' | 'print' | 'docx' | 'json' | 'copy';

/** The session summary as Markdown, a printable page, Word, JSON or rich text; the manager's or the employee's copy. */
export function ExportMenu({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [forEmployee, setForEmployee] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function exportAs(format: Format): Promise<void> {
    setBusy(true);
    setStatus('');
    try {
      // The writers load on first use: they stay out of the sidebar's start-up.
      const [full, { employeeCopy, summaryFileName }, { toHtml, toHtmlFragment, toPlainText }, { toJson }, { toMarkdown }] = await Promise.all([
        client.fetchQuery(sessionSummaryQuery(sessionId)),
        import('@/utils/export/summary'),
        import('@/utils/export/html'),
        import('@/utils/export/json'),
        import('@/utils/export/markdown'),
      ]);
      const summary: SessionSummary = forEmployee ? employeeCopy(full) : full;
      if (format === 'markdown') download(new Blob([toMarkdown(summary)], { type: 'text/markdown' }), summaryFileName(summary, 'md'));
      if (format === 'json') download(new Blob([toJson(summary)], { type: 'application/json' }), summaryFileName(summary, 'json'));
      if (format === 'docx') {
        const { toDocx } = await import('@/utils/export/docx');
        download(await toDocx(summary), summaryFileName(summary, 'docx'));
      }
      if (format === 'print') {
        window.open(URL.createObjectURL(new Blob([toHtml(summary)], { type: 'text/html' })), '_blank', 'noopener');
        setStatus(t('export.printHint'));
        return;
      }
      if (format === 'copy') {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([toHtmlFragment(summary)], { type: 'text/html' }),
            'text/plain': new Blob([toPlainText(summary)], { type: 'text/plain' }),
          }),
        ]);
      }
      setStatus(format === 'copy' ? t('export.copied') : t('export.saved'));
    } catch (error) {
      setStatus(t('export.failed', describeError(error, t)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="export" aria-labelledby={`export-${sessionId}`}>
      <h3 id={`export-${sessionId}`}>{t('export.title')}</h3>
      <label className="check">
        <input type="checkbox" checked={forEmployee} onChange={(event) => setForEmployee(event.target.checked)} /> {t('export.employeeCopy')}
      </label>
      <div className="export-buttons">
        <button disabled={busy} onClick={() => void exportAs('markdown')}>
          Markdown
        </button>
        <button disabled={busy} onClick={() => void exportAs('print')}>
          {t('export.print')}
        </button>
        <button disabled={busy} onClick={() => void exportAs('docx')}>
          Word
        </button>
        <button disabled={busy} onClick={() => void exportAs('json')}>
          JSON
        </button>
        <button disabled={busy} onClick={() => void exportAs('copy')}>
          {t('export.copy')}
        </button>
      </div>
      <p className="muted" role="status">
        {status}
      </p>
    </section>
  );
}
