import { storage } from 'wxt/utils/storage';
import { browser } from '@/utils/browser/api';
import { runInTab } from '@/utils/browser/platform';
import type { CallPageCheck, PageTheme } from '@/utils/messaging/protocol';
import { findControlBar, matchingHint } from '@/entrypoints/call.content/find';
import { chatBoxHints, siteHints, type Hint } from '@/utils/sites/call-hints';
import { detectMeeting, type CallSite } from '@/utils/sites/detect';

/** The last call's check only: a user reports the call that just broke. Hint names only, no page text. */
export const callPageCheckItem = storage.defineItem<CallPageCheck | null>('local:callPageCheck', { fallback: null });

/**
 * Runs the call script's own hints (the same finders, serialised into the page) in a call tab
 * and keeps what they found. Here rather than in the call script, which has no bytes to spare;
 * asked when a sidebar opens on the call and when the dashboard shows the check. The last paste's
 * chat-box hint on the same site stays.
 */
export async function checkCallPage(tabId: number, pageTheme: PageTheme | null): Promise<CallPageCheck | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const meeting = tab?.url ? detectMeeting(tab.url) : null;
  // The demo call page is ours: nothing of a call site's to check there.
  if (!meeting) return null;
  const hints = siteHints(meeting.site);
  const [bar, shown] = await Promise.all([runInTab(tabId, findControlBar, [hints]), runInTab(tabId, matchingHint, [hints.presenting])]);
  const controlBar = bar?.hint === 'fallback' ? bar.hint : hintNamed(hints.controlBar, bar?.hint);
  const presenting = shown === null ? null : hintNamed(hints.presenting, shown);
  if (controlBar === undefined || presenting === undefined) throw new Error('The call page gave no check');
  const last = await callPageCheckItem.getValue();
  const chat = last?.site === meeting.site && last.chatBox !== undefined ? { chatBox: last.chatBox } : {};
  const check: CallPageCheck = { site: meeting.site, controlBar, presenting, pageTheme, ...chat, checkedAt: Date.now() };
  await callPageCheckItem.setValue(check);
  return check;
}

/** A paste's chat-box hint, into the last check of the same site (a paste comes from an open sidebar, which ran one). */
export async function saveChatHint(site: CallSite, chatBox: string | null): Promise<void> {
  const last = await callPageCheckItem.getValue();
  if (last?.site === site) await callPageCheckItem.setValue({ ...last, chatBox: chatBox === null ? null : (hintNamed(chatBoxHints, chatBox) ?? null), checkedAt: Date.now() });
}

/**
 * A hint's name as its table has it, or undefined. What the finders answer comes back from the
 * call page's process: only our own names are kept, never text of the page's.
 */
function hintNamed(hints: readonly Hint[], answer: unknown): string | undefined {
  return hints.find(([name]) => name === answer)?.[0];
}
