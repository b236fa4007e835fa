import { browser } from 'wxt/browser';
import { createDock } from '@/entrypoints/call.content/dock';
import { resolveLanguage, translator } from '@/utils/i18n/catalog';
import { createCaller } from '@/utils/messaging/client';
import { dockTokenParam, type TabCommand } from '@/utils/messaging/protocol';
import { demoMeetingTitle } from '@/utils/sites/demo';
import './demo.css';

const defaultWidth = 360;

/**
 * The demo call: content scripts do not run on extension pages, so this page docks the sidebar
 * itself, with the call script's own dock (entrypoints/call.content/) and the same messages. The
 * background admits this page, at its exact address, as a call script (utils/sites/demo.ts).
 * Its own texts follow the browser's language; the dock's labels come from the background.
 */
const language = resolveLanguage(undefined, browser.i18n.getUILanguage());
const t = translator(language);
document.documentElement.lang = language;
document.title = t('demo.pageTitle');
document.getElementById('notice')!.textContent = t('demo.notice', demoMeetingTitle);
document.getElementById('other-name')!.textContent = t('demo.other');
document.getElementById('you-name')!.textContent = t('demo.you');
document.querySelector('.avatar.you')!.textContent = t('demo.you').charAt(0);
document.getElementById('meeting-title')!.textContent = demoMeetingTitle;
const leave = document.getElementById('leave')!;
leave.setAttribute('aria-label', t('demo.leave'));
leave.title = t('demo.leave');

const call = createCaller((message) => browser.runtime.sendMessage(message));
const controls = document.getElementById('controls')!;
const mounted = new AbortController();
let dock: Record<TabCommand['coachbar'], () => void> | null = null;

async function mount(signal: AbortSignal): Promise<void> {
  const start = await call('registerCallTab', { title: demoMeetingTitle, pageTheme: 'dark' });
  if (signal.aborted) return;
  const instance = createDock(
    {
      labels: start.labels,
      frameUrl: () => browser.runtime.getURL(`/sidepanel.html?tab=${start.tabId}&${dockTokenParam}=${start.dockToken}`),
      onShown: () => void call('showDock', {}),
      width: start.width ?? defaultWidth,
      // Open at once, whatever was stored: trying the sidebar is what the page is for.
      open: true,
      bottomInset: () => Math.max(0, window.innerHeight - controls.getBoundingClientRect().top),
      presenting: () => null,
      dark: true,
      onWidthChange: (width) => void call('saveDockState', { width }),
      onOpenChange: (open) => void call('saveDockState', { open }),
      onPopOut: () => void call('popOut', {}),
    },
    signal,
  );
  dock = instance;
}

// The toolbar button and the shortcuts reach this tab as they reach a call script.
browser.runtime.onMessage.addListener((message: unknown) => {
  const command = (message as TabCommand | undefined)?.coachbar;
  if (command !== 'toggleDock' && command !== 'closeDock' && command !== 'toggleCover') return undefined;
  dock?.[command]();
  return Promise.resolve(dock !== null);
});

// Leaving pauses the session, as leaving a real call does, and shows it in the dashboard.
leave.addEventListener('click', () => {
  mounted.abort();
  dock = null;
  void call('leaveCall', {})
    .catch(() => undefined)
    .then(() => location.assign(browser.runtime.getURL('/dashboard.html')));
});

void mount(mounted.signal);
