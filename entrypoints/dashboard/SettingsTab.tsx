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

const themeLabels = { auto: 'settingsPage.themeAuto', light: 'settingsPage.themeLight', dark: 'settingsPage.themeDark' } as const satisfies Record<ThemeSetting, string>;

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
    </form>
      <BackupSection />
      <SyncSection />
      <CallPageCheckSection />
    </div>
  );
}
