import type { MeetingRef } from './detect';

const meetCode = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/;

/** A Meet call lives at https://meet.google.com/abc-defg-hij; the landing page and the rest have no code. */
export function meetMeeting(url: URL): MeetingRef | null {
  if (url.hostname !== 'meet.google.com') return null;
  const code = meetCode.exec(url.pathname.toLowerCase())?.[1];
  return code ? { site: 'meet', code } : null;
}
