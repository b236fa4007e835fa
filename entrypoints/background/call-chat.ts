import { runInTab } from '@/utils/browser/platform';
import type { MessageSenderInfo } from '@/utils/messaging/server';
import { chatBoxHints, type Hint } from '@/utils/sites/call-hints';

/**
 * Runs in the call page (serialised by executeScript, so self-contained: the finders of
 * call.content/find.ts are not in reach there, and this walks its table as they do). Fills the
 * chat box the way typing would, so the site's own framework sees it, and never presses send.
 * Answers the hint that found the box, or null when none did.
 */
export function fillChatBox(hints: readonly Hint[], text: string): string | null {
  let box: HTMLElement | null = null;
  let found: string | null = null;
  for (const [name, selector, ligature] of hints) {
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (ligature !== undefined && element.textContent?.trim() !== ligature) continue;
      // A send button's icon: the box is the text field in the nearest container around it.
      let field: HTMLElement | null = ligature === undefined ? element : null;
      for (let around = element.parentElement; !field && around; around = around.parentElement) field = around.querySelector<HTMLElement>('textarea, [contenteditable="true"]');
      if (field) {
        box = field;
        found = name;
        break;
      }
    }
    if (box) break;
  }
  if (!box) return null;
  box.focus();
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    const prototype = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return found;
  }
  return document.execCommand('insertText', false, text) ? found : null;
}

/** Answers the chat-box hint that matched (for the call page check), or null when none did. */
export async function pasteIntoCallChat(tabId: number, text: string): Promise<string | null> {
  return (await runInTab(tabId, fillChatBox, [chatBoxHints, text])) ?? null;
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
