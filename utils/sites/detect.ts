import { meetMeeting } from './meet';
import { zoomMeeting } from './zoom';

export type CallSite = 'meet' | 'zoom';

export interface MeetingRef {
  site: CallSite;
  /** Meet code ('abc-defg-hij') or Zoom meeting id ('123456789'). */
  code: string;
}

/** URL first: whether a page is a call, and which one, is decided by its address alone. */
export function detectMeeting(href: string): MeetingRef | null {
  const url = parseHttps(href);
  return url ? (meetMeeting(url) ?? zoomMeeting(url)) : null;
}

/** Any page of a site we serve, in a call or not (the content script also speaks from the landing page). */
export function isCallSiteUrl(href: string): boolean {
  const host = parseHttps(href)?.hostname;
  return host === 'meet.google.com' || host === 'zoom.us' || (host?.endsWith('.zoom.us') ?? false);
}

export function meetingKey(ref: MeetingRef): string {
  return `${ref.site}:${ref.code}`;
}

function parseHttps(href: string): URL | null {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
