export type CallSite = 'meet' | 'zoom';

export interface MeetingRef {
  site: CallSite;
  /** Meet code ('abc-defg-hij') or Zoom meeting id ('123456789'). */
  code: string;
}

/**
 * A call's host and path: a Meet call at meet.google.com/abc-defg-hij (the landing page and the
 * rest have no code), or Zoom's web client on zoom.us or a subdomain of it, at /wc/<id>/join,
 * /wc/<id>/start or /wc/join/<id>. One expression, for the call script's size.
 */
const callAddress = /^(?:meet\.google\.com\/([a-z]{3}-[a-z]{4}-[a-z]{3})|(?:[^/]+\.)?zoom\.us\/wc\/(?:(\d{9,11})\/(?:join|start)|join\/(\d{9,11})))\/?$/;

/** URL first: whether a page is a call, and which one, is decided by its address alone. */
export function detectMeeting(href: string): MeetingRef | null {
  const url = parseHttps(href);
  // Meet codes are case-insensitive; Zoom's path is digits and fixed words.
  const [, meet, zoom, zoomJoin] = (url && callAddress.exec(url.hostname + url.pathname.toLowerCase())) ?? [];
  if (meet) return { site: 'meet', code: meet };
  const code = zoom ?? zoomJoin;
  return code ? { site: 'zoom', code } : null;
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
