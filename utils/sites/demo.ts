import { detectMeeting, isCallSiteUrl, type MeetingRef } from './detect';

/**
 * The demo call page packaged with the extension (entrypoints/demo/), where a new user tries the
 * docked sidebar without a meeting. The background treats that one page as a call.
 */
const demoPagePath = 'demo.html';

/**
 * The demo call's meeting. A Meet meeting no real call can have (real codes are xxx-xxxx-xxx,
 * see meet.ts), so its sessions keep the format that backups and older sync peers validate
 * (a meeting's site is 'meet' or 'zoom'), and every visit continues the same day's session.
 */
export const demoMeeting: MeetingRef = { site: 'meet', code: 'demo' };

/** The demo meeting's title: data, like a real call's page title, so not translated. */
export const demoMeetingTitle = 'Demo 1:1';

/** The demo page's address under the extension's origin (e.g. chrome-extension://<id>/). */
export function demoPageUrl(extensionOrigin: string): string {
  return `${extensionOrigin}${demoPagePath}`;
}

/** Only the demo page itself, at exactly its address: no query, no fragment, no other page of ours. */
export function isDemoPageUrl(href: string, extensionOrigin: string): boolean {
  return href === demoPageUrl(extensionOrigin);
}

/** The meeting a tab's address holds: a call site's, or the demo's on our demo page. */
export function meetingOfPage(href: string, extensionOrigin: string): MeetingRef | null {
  return detectMeeting(href) ?? (isDemoPageUrl(href, extensionOrigin) ? demoMeeting : null);
}

/** A page our call script speaks from (the message check's isCallPage): any page of a call site, or the demo page. */
export function isCallPageUrl(href: string, extensionOrigin: string): boolean {
  return isCallSiteUrl(href) || isDemoPageUrl(href, extensionOrigin);
}
