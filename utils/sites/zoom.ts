import type { MeetingRef } from './detect';

// The web client: /wc/<id>/join, /wc/<id>/start, and /wc/join/<id>.
const zoomPath = /^\/wc\/(?:(\d{9,11})\/(?:join|start)|join\/(\d{9,11}))\/?$/;

export function zoomMeeting(url: URL): MeetingRef | null {
  if (url.hostname !== 'zoom.us' && !url.hostname.endsWith('.zoom.us')) return null;
  const match = zoomPath.exec(url.pathname);
  const code = match?.[1] ?? match?.[2];
  return code ? { site: 'zoom', code } : null;
}
