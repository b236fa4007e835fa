import { useQuery } from '@tanstack/react-query';
import { browser } from '@/utils/browser/api';
import { settingsQuery, useUpdateSettings } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { BackupSection } from './BackupSection';
import { CallPageCheckSection } from './CallPageCheckSection';
import { SyncSection } from './SyncSection';
import { languageNames, languages, resolveLanguage } from '@/utils/i18n/catalog';
import { themeSettings, type ThemeSetting } from '@/utils/theme/choose';
import { listeningThresholds } from '@/utils/listening/threshold';

const themeLabels = { auto: 'settingsPage.themeAuto', light: 'settingsPage.themeLight', dark: 'settingsPage.themeDark' } as const satisfies Record<ThemeSetting, string>;

/** The threshold's steps, and the stored one if a peer or a restore brought one between them. */
function thresholdChoices(stored: number): number[] {
  const choices: number[] = [];
  for (let percent = listeningThresholds.min; percent <= listeningThresholds.max; percent += listeningThresholds.step) choices.push(percent);
  return choices.includes(stored) ? choices : [...choices, stored].sort((a, b) => a - b);
}

export function SettingsTab() {
  const { t } = useI18n();
  const settings = useQuery(settingsQuery());
  const update = useUpdateSettings();
  if (settings.isPending) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (settings.isError) return <Notice tone="error">{t('errors.loadFailed', describeError(settings.error, t))}</Notice>;
  const browserLanguage = languageNames[resolveLanguage(browser.i18n.getUILanguage())];
  return (
    <div className="library">
    <form className="editor settings" onSubmit={(event) => event.preventDefault()}>
      {update.isError && <Notice tone="error">{t('errors.saveFailed', describeError(update.error, t))}</Notice>}
      <label className="field">
        <span>{t('settingsPage.language')}</span>
        <select
          value={settings.data.language ?? ''}
          aria-describedby="language-hint"
          onChange={(event) => update.mutate({ language: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">{t('settingsPage.languageAuto', browserLanguage)}</option>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
      </label>
      <p id="language-hint" className="muted">
        {t('settingsPage.languageHint')}
      </p>
      <label className="field">
        <span>{t('settingsPage.theme')}</span>
        <select
          value={settings.data.theme}
          aria-describedby="theme-hint"
          onChange={(event) => update.mutate({ theme: themeSettings.find((theme) => theme === event.target.value) ?? 'auto' })}
        >
          {themeSettings.map((theme) => (
            <option key={theme} value={theme}>
              {t(themeLabels[theme])}
            </option>
          ))}
        </select>
      </label>
      <p id="theme-hint" className="muted">
        {t('settingsPage.themeHint')}
      </p>
      <label className="check">
        <input type="checkbox" checked={settings.data.autoAdvance} onChange={(event) => update.mutate({ autoAdvance: event.target.checked })} /> {t('settingsPage.autoAdvance')}
      </label>
      <label className="check">
        <input type="checkbox" checked={settings.data.chatPaste} onChange={(event) => update.mutate({ chatPaste: event.target.checked })} /> {t('settingsPage.chatPaste')}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.data.listeningBalance}
          aria-describedby="listening-hint"
          onChange={(event) => update.mutate({ listeningBalance: event.target.checked })}
        />{' '}
        {t('listening.setting')}
      </label>
      <p id="listening-hint" className="muted">
        {t('listening.settingHint')}
      </p>
      <label className="field">
        <span>{t('listening.threshold')}</span>
        <select
          value={settings.data.listeningThreshold}
          aria-describedby="listening-threshold-hint"
          onChange={(event) => update.mutate({ listeningThreshold: Number(event.target.value) })}
        >
          {thresholdChoices(settings.data.listeningThreshold).map((percent) => (
            <option key={percent} value={percent}>
              {t('listening.percent', percent)}
            </option>
          ))}
        </select>
      </label>
      <p id="listening-threshold-hint" className="muted">
        {t('listening.thresholdHint')}
      </p>
    </form>
      <BackupSection />
      <SyncSection />
      <CallPageCheckSection />
    </div>
  );
}
