import { useState } from 'react';
import { download } from '@/components/download';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { backupTables } from '@/utils/backup/format';
import { describeBackupProblem, maxBackupChars } from '@/utils/backup/parse';
import type { RestorePreview } from '@/utils/db/backup';
import type { Language } from '@/utils/i18n/catalog';
import { callBackground } from '@/utils/messaging/background';
import { requestFile } from '@/utils/messaging/files';

type Step = { kind: 'idle' } | { kind: 'previewing'; text: string; preview: Extract<RestorePreview, { ok: true }> } | { kind: 'done'; preview: Extract<RestorePreview, { ok: true }> };


/** A full backup to a file, and a restore that merges with what is here after showing what it will do. */
export function BackupSection() {
  const { t, language } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(describeError(error, t));
    } finally {
      setBusy(false);
    }
  }

  const summaryLine = (preview: Extract<RestorePreview, { ok: true }>) => t('backup.summary', preview.totals.new, preview.totals.updated, preview.totals.deleted, preview.totals.conflicts);

  return (
    <section aria-labelledby="backup-title" className="editor">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.hint')}</p>
      <div className="editor-footer">
        <button
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const started = performance.now();
              const file = await requestFile((delivery) => callBackground('exportBackup', { delivery }), 'application/json');
              // For `npm run bench`: click to file in hand.
              performance.measure('coachbar:export', { start: started, end: performance.now() });
              download(file, `coachbar-backup-${new Date().toISOString().slice(0, 10)}.json`);
            })
          }
        >
          {t('backup.download')}
        </button>
      </div>
      <label className="field">
        <span>{t('backup.restore')}</span>
        <input
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            void run(async () => {
              if (file.size > maxBackupChars * 4) {
                setProblem(describeBackupProblem({ kind: 'tooLarge', size: file.size, limit: maxBackupChars }, language as Language));
                return;
              }
              const text = await file.text();
              const preview = await callBackground('previewRestore', { text });
              if (preview.ok) setStep({ kind: 'previewing', text, preview });
              else setProblem(describeBackupProblem(preview.problem, language as Language));
            });
          }}
        />
      </label>
      {problem && <Notice tone="error">{problem}</Notice>}
      {step.kind === 'previewing' && (
        <div className="notice notice-info" role="status">
          <p>{summaryLine(step.preview)}</p>
          <details>
            <summary>{t('backup.details')}</summary>
            <ul>
              {backupTables.map((table) => {
                const counts = step.preview.summary[table];
                return (
                  <li key={table}>
                    {table}: {t('backup.summary', counts.new, counts.updated, counts.deleted, counts.conflicts)}
                  </li>
                );
              })}
            </ul>
          </details>
          <button
            className="primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const result = await callBackground('applyRestore', { text: step.text });
                if (result.ok) setStep({ kind: 'done', preview: result });
                else setProblem(describeBackupProblem(result.problem, language as Language));
              })
            }
          >
            {t('backup.apply')}
          </button>
          <button disabled={busy} onClick={() => setStep({ kind: 'idle' })}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {step.kind === 'done' && <Notice tone="info">{t('backup.applied', summaryLine(step.preview))}</Notice>}
    </section>
  );
}
