import type { CallSite } from './detect';

/**
 * A way to find one part of a call page: its name (reported in the call page check), a selector,
 * and optionally the icon-font ligature the element must read (Meet draws its icons as text such
 * as `call_end`, the same in every UI language). Listed best first; the English aria-labels are
 * one hint among several, since the labels follow the user's language and the icons do not.
 */
export type Hint = readonly [name: string, selector: string, ligature?: string];

/** Meet's icons are ligature text in an `<i>` (google-material-icons or google-symbols font). */
const meetIcon = 'i';

/**
 * Something inside the call's control bar: the dock climbs from it to the first full-width
 * ancestor, the bar itself, and keeps above its top.
 */
export const controlBarHints: Readonly<Record<CallSite, readonly Hint[]>> = {
  meet: [
    ['leave-icon', meetIcon, 'call_end'],
    ['present-icon', meetIcon, 'present_to_all'],
    ['label-en', '[role="region"][aria-label="Call controls"]'],
  ],
  zoom: [
    ['wc-footer', '#wc-footer'],
    ['footer-button', '.footer-button-base__button, .footer-button__button'],
    ['label-en', '[aria-label="Meeting controls"]'],
  ],
};

/** When no hint matches: a typical bar height keeps the controls uncovered. */
export const controlBarFallbackPx: Readonly<Record<CallSite, number>> = { meet: 88, zoom: 64 };

/**
 * Shown only while this user shares their own screen: Meet's "stop presenting" icon (its
 * present_to_all icon is on the bar at all times, so it is no sign), Zoom's sharer bar.
 */
export const presentingHints: Readonly<Record<CallSite, readonly Hint[]>> = {
  meet: [
    ['stop-present-icon', meetIcon, 'stop_screen_share'],
    ['stop-present-icon', meetIcon, 'cancel_presentation'],
    ['label-en', '[aria-label="Stop presenting"]'],
  ],
  zoom: [
    ['sharer-bar', '.sharer-controlbar-container, #sharer-controlbar'],
    ['label-en', '[aria-label="Stop Share" i]'],
  ],
};

/**
 * The call chat's message box, both sites in one list (the paste runs where the site is not
 * asked). A ligature here names the send button's icon: the box is the text field in the
 * nearest container around it.
 */
export const chatBoxHints: readonly Hint[] = [
  ['send-icon', meetIcon, 'send'],
  ['label-en', 'textarea[aria-label="Send a message"]'],
  ['zoom-textarea', 'textarea.chat-box__chat-textarea'],
  ['zoom-editor', '#wc-container-right [contenteditable="true"]'],
  ['label-any', 'textarea[aria-label*="message" i], [role="textbox"][aria-label*="chat" i]'],
];

/** What a call script needs to find its site's control bar and presenting state. */
export interface SiteHints {
  controlBar: readonly Hint[];
  controlBarFallbackPx: number;
  presenting: readonly Hint[];
}

export function siteHints(site: CallSite): SiteHints {
  return { controlBar: controlBarHints[site], controlBarFallbackPx: controlBarFallbackPx[site], presenting: presentingHints[site] };
}
