import { runInTab } from '@/utils/browser/platform';
import type { MessageSenderInfo } from '@/utils/messaging/server';

/** DOM hints for the call sites' chat boxes; when none matches, the user is told, nothing breaks. */
const chatBoxSelectors = [
  'textarea[aria-label="Send a message"]',
  'textarea[aria-label*="message" i]',
  'textarea.chat-box__chat-textarea',
  '#wc-container-right [contenteditable="true"]',
  '[role="textbox"][aria-label*="chat" i]',
];

/**
 * Runs in the call page (serialised by executeScript, so self-contained). Fills the chat box the
 * way typing would, so the site's own framework sees it, and never presses send.
 */
function fillChatBox(selectors: string[], text: string): boolean {
  const box = selectors.map((selector) => document.querySelector<HTMLElement>(selector)).find((element) => element !== null);
  if (!box) return false;
  box.focus();
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const prototype = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  }
  return document.execCommand('insertText', false, text);
}

export function pasteIntoCallChat(tabId: number, text: string): Promise<boolean> {
  return runInTab(tabId, fillChatBox, [chatBoxSelectors, text]);
}

/** Named as the message check's refusal, so the page says it in the user's words. */
export class NotAllowedError extends Error {
  override name = 'NotAllowedError';
}

/**
 * The one call tab a sidebar may paste into: the tab it is docked in (the message check has made
 * sure a framed sidebar is that tab's own dock), the tab it was popped out of, or, for the
 * browser's side panel, the call it shows ('shown'). Null for any other sender, such as the
 * dashboard. Without this, any of our pages could type into any tab the extension may script.
 */
export function pasteTarget(sender: MessageSenderInfo & { frameId?: number }, sidebarUrl: string): number | 'shown' | null {
  // Compared as text: URL gives no origin for an extension's scheme in every engine.
  if (!sender.url || sender.url.split(/[?#]/)[0] !== sidebarUrl) return null;
  if (sender.tab?.id === undefined) return 'shown';
  if (sender.frameId !== 0) return sender.tab.id;
  const poppedOutOf = Number(new URL(sender.url).searchParams.get('tab'));
  return Number.isSafeInteger(poppedOutOf) && poppedOutOf > 0 ? poppedOutOf : null;
}
