import { useState } from 'react';
import { download } from '@/components/download';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { describeBackupProblem, maxBackupSize } from '@/utils/backup/parse';
import type { Language } from '@/utils/i18n/catalog';
import { applyRestore, downloadBackup, previewRestore } from '@/components/data/files';
import { deletesNeedYes, recordsInWords, restoreInWords, type ReadyPreview } from './restore-summary';

type Step =
  | { kind: 'idle' }
  /** The file is kept, not its text: the restore sends it again, so no copy of it waits here. */
  | { kind: 'previewing'; file: File; preview: ReadyPreview; deletesAllowed: boolean }
  | { kind: 'done'; preview: ReadyPreview };

/** How far the current action has come; `share` is 0–1, absent while there is no measure. */
type Progress = { stage: 'exporting' | 'checking' } | { stage: 'reading' | 'applying'; share: number };

/** A full backup to a file, and a restore that merges with what is here after showing what it will do. */
export function BackupSection() {
  const { t, language } = useI18n();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const busy = progress !== null;

  async function run(first: Progress, action: () => Promise<void>): Promise<void> {
    setProgress(first);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(describeError(error, t));
    } finally {
      setProgress(null);
    }
  }

  const reading = (then: Progress) => (done: number, total: number) => setProgress(done < total ? { stage: 'reading', share: done / total } : then);

  function preview(file: File): void {
    setStep({ kind: 'idle' });
    if (file.size > maxBackupSize) {
      setProblem(describeBackupProblem({ kind: 'tooLarge', size: file.size, limit: maxBackupSize }, language as Language));
      return;
    }
    void run({ stage: 'reading', share: 0 }, async () => {
      const result = await previewRestore(file, { read: reading({ stage: 'checking' }) });
      if (result.ok) setStep({ kind: 'previewing', file, preview: result, deletesAllowed: false });
      else setProblem(describeBackupProblem(result.problem, language as Language));
    });
  }

  function apply(file: File, allowDeletes: boolean): void {
    void run({ stage: 'reading', share: 0 }, async () => {
      const result = await applyRestore(file, allowDeletes, {
        read: reading({ stage: 'applying', share: 0 }),
        work: (done, total) => setProgress({ stage: 'applying', share: total > 0 ? done / total : 1 }),
      });
      if (result.ok) setStep({ kind: 'done', preview: result });
      else setProblem(describeBackupProblem(result.problem, language as Language));
    });
  }

  const needsYes = step.kind === 'previewing' && deletesNeedYes(step.preview);

  return (
    <section aria-labelledby="backup-title" className="editor">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.hint')}</p>
      <div className="editor-footer">
        <button
          disabled={busy}
          onClick={() =>
            void run({ stage: 'exporting' }, async () => {
              const started = performance.now();
              const file = await downloadBackup();
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
            if (file) preview(file);
          }}
        />
      </label>
      {progress && <ProgressLine progress={progress} />}
      {problem && <Notice tone="error">{problem}</Notice>}
      {step.kind === 'previewing' && (
        <div className="notice notice-info" role="status">
          {/* The lines stack; the buttons sit beside them. */}
          <div className="notice-lines">
            {restoreInWords(step.preview, t, language).map((line) => (
              <p key={line}>{line}</p>
            ))}
            {needsYes && (
              <>
                <p>
                  <strong>{t('backup.deletesMany', recordsInWords(step.preview, 'deleted', t, language))}</strong>
                </p>
                <label className="check">
                  <input type="checkbox" checked={step.deletesAllowed} disabled={busy} onChange={(event) => setStep({ ...step, deletesAllowed: event.target.checked })} />{' '}
                  {t('backup.allowDeletes')}
                </label>
              </>
            )}
          </div>
          <button className="primary" disabled={busy || (needsYes && !step.deletesAllowed)} onClick={() => apply(step.file, step.deletesAllowed)}>
            {t('backup.apply')}
          </button>
          <button disabled={busy} onClick={() => setStep({ kind: 'idle' })}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {step.kind === 'done' && (
        <div className="notice notice-info" role="status">
          <div className="notice-lines">
            <p>{t('backup.applied')}</p>
            {restoreInWords(step.preview, t, language).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

function ProgressLine({ progress }: { progress: Progress }) {
  const { t, language } = useI18n();
  const share = 'share' in progress ? progress.share : undefined;
  const percent = share === undefined ? '' : new Intl.NumberFormat(language, { style: 'percent' }).format(share);
  const label = t(`backup.${progress.stage}`, percent);
  return (
    <p className="field">
      <progress max={1} value={share} aria-label={label} />
      <span aria-hidden="true">{label}</span>
    </p>
  );
}
