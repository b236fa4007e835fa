import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { copyText } from '@/components/copy-text';
import { callPageCheckQuery } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { browser } from '@/utils/browser/api';
import type { CallPageCheck } from '@/utils/messaging/protocol';
import { formatDate } from './format-date';

/**
 * The text a user pastes into a report: hint names as the code knows them, in English, with the
 * version, so a break in one language's Meet can be told from one in Coachbar.
 */
export function callPageCheckReport(check: CallPageCheck, version: string): string {
  const chat = check.chatBox === undefined ? 'no paste yet' : (check.chatBox ?? 'not found');
  return [
    `Coachbar ${version} call page check`,
    `site: ${check.site}`,
    `control bar: ${check.controlBar}`,
    `presenting: ${check.presenting ?? 'not seen'}`,
    `page theme: ${check.pageTheme ?? 'unknown'}`,
    `chat box: ${chat}`,
    `checked: ${new Date(check.checkedAt).toISOString()}`,
  ].join('\n');
}

/** Which of the call page hints worked on the last call, for a precise report when Coachbar misses something there. */
export function CallPageCheckSection() {
  const { t, language } = useI18n();
  const check = useQuery(callPageCheckQuery());
  const [copy, setCopy] = useState<{ done: boolean; error?: string } | null>(null);

  function body() {
    if (check.isPending) return <p className="loading" role="status">{t('common.loading')}</p>;
    if (check.isError) return <Notice tone="error">{t('errors.loadFailed', describeError(check.error, t))}</Notice>;
    const found = check.data;
    if (!found) return <p className="muted">{t('callCheck.none')}</p>;
    const hint = (name: string) => <code>{name}</code>;
    const theme = found.pageTheme === 'dark' ? t('callCheck.themeDark') : found.pageTheme === 'light' ? t('callCheck.themeLight') : t('callCheck.themeUnknown');
    const chat = found.chatBox === undefined ? t('callCheck.noPaste') : found.chatBox === null ? t('callCheck.chatNotFound') : hint(found.chatBox);
    const copyReport = () =>
      copyText(callPageCheckReport(found, browser.runtime.getManifest().version)).then(
        () => setCopy({ done: true }),
        (error: unknown) => setCopy({ done: false, error: describeError(error, t) }),
      );
    return (
      <>
        <dl className="call-check">
          <dt>{t('callCheck.site')}</dt>
          <dd>{found.site === 'meet' ? 'Google Meet' : 'Zoom'}</dd>
          <dt>{t('callCheck.controlBar')}</dt>
          <dd>{found.controlBar === 'fallback' ? t('callCheck.fallback') : hint(found.controlBar)}</dd>
          <dt>{t('callCheck.presenting')}</dt>
          <dd>{found.presenting === null ? t('callCheck.notPresenting') : hint(found.presenting)}</dd>
          <dt>{t('callCheck.pageTheme')}</dt>
          <dd>{theme}</dd>
          <dt>{t('callCheck.chatBox')}</dt>
          <dd>{chat}</dd>
          <dt>{t('callCheck.checkedAt')}</dt>
          <dd>{formatDate(found.checkedAt, language)}</dd>
        </dl>
        <button type="button" onClick={() => void copyReport()}>
          {t('callCheck.copy')}
        </button>{' '}
        <span role="status">{copy?.done ? t('callCheck.copied') : copy ? t('callCheck.copyFailed', copy.error ?? '') : ''}</span>
      </>
    );
  }

  return (
    <section aria-labelledby="call-check-title" className="editor">
      <h2 id="call-check-title">{t('callCheck.title')}</h2>
      <p className="muted">{t('callCheck.hint')}</p>
      {body()}
    </section>
  );
}
