import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/utils/i18n/catalog';
import { chromeShortcutsPage, openShortcutSettings } from '@/utils/browser/platform';
import { useShortcuts, type Shortcut } from './shortcuts';

export type BrowserName = 'chrome' | 'firefox';

function Keys({ keys }: { keys: string }) {
  // "Alt+Shift+K" as three keys; a macOS "⌥⇧K" stays one.
  const parts = keys.split('+').filter(Boolean);
  return (
    <span className="keys">
      {parts.map((part, index) => (
        <kbd key={index}>{part}</kbd>
      ))}
    </span>
  );
}

/** The browser's own commands have no description of ours; the rest carry the manifest's. */
const builtInCommands: Partial<Record<string, MessageKey>> = {
  _execute_action: 'welcome.shortcutToolbarButton',
  _execute_browser_action: 'welcome.shortcutToolbarButton',
  _execute_sidebar_action: 'welcome.shortcutBrowserSidebar',
};

function ShortcutList({ shortcuts }: { shortcuts: Shortcut[] | null }) {
  const { t } = useI18n();
  const describe = ({ name, description }: Shortcut) => {
    const key = builtInCommands[name];
    return key ? t(key) : description;
  };
  if (shortcuts === null) return <p className="muted">{t('common.loading')}</p>;
  if (shortcuts.length === 0) return <p>{t('welcome.shortcutsNone')}</p>;
  return (
    <dl className="shortcuts">
      {shortcuts.map((shortcut) => (
        <div key={shortcut.name}>
          <dt>{describe(shortcut)}</dt>
          <dd>{shortcut.keys ? <Keys keys={shortcut.keys} /> : <span className="muted">{t('welcome.shortcutNotSet')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The first-run page: pin the button, the shortcuts, the demo call, privacy, the dashboard. */
export function Welcome({ browserName }: { browserName: BrowserName }) {
  const { t } = useI18n();
  const shortcuts = useShortcuts();
  const firefox = browserName === 'firefox';
  return (
    <main className="welcome">
      <header className="welcome-header">
        <img className="brand" src="/icon/128.png" alt="" width={56} height={56} />
        <div>
          <h1>{t('welcome.title')}</h1>
          <p className="lead">{t('welcome.lead')}</p>
        </div>
      </header>
      <ol className="steps">
        <li>
          <section aria-labelledby="welcome-pin">
            <h2 id="welcome-pin">{t('welcome.pinTitle')}</h2>
            <p>{t(firefox ? 'welcome.pinFirefox' : 'welcome.pinChrome')}</p>
            <p className="muted">{t('welcome.pinUse')}</p>
          </section>
        </li>
        <li>
          <section aria-labelledby="welcome-shortcuts">
            <h2 id="welcome-shortcuts">{t('welcome.shortcutsTitle')}</h2>
            <ShortcutList shortcuts={shortcuts} />
            <p className="muted">
              {firefox ? t('welcome.shortcutsWhereFirefox') : t('welcome.shortcutsWhereChrome', chromeShortcutsPage)}{' '}
              <button type="button" className="link-button" onClick={() => void openShortcutSettings().catch(() => undefined)}>
                {t('welcome.changeShortcuts')}
              </button>
            </p>
          </section>
        </li>
        <li>
          <section aria-labelledby="welcome-demo">
            <h2 id="welcome-demo">{t('welcome.demoTitle')}</h2>
            <p>{t('welcome.demoText')}</p>
            <a className="primary-link" href="demo.html" target="_blank" rel="noopener">
              {t('welcome.openDemo')}
            </a>
          </section>
        </li>
      </ol>
      <section className="privacy" aria-labelledby="welcome-privacy">
        <h2 id="welcome-privacy">{t('welcome.privacyTitle')}</h2>
        <p>{t('welcome.privacy')}</p>
      </section>
      <footer className="welcome-footer">
        <a href="dashboard.html">{t('welcome.openDashboard')}</a>
        <span className="muted">{t('welcome.dashboardText')}</span>
      </footer>
    </main>
  );
}
