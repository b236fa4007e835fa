import { runInTab } from '@/utils/browser/platform';

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
