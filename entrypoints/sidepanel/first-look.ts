/**
 * What this sidebar page has shown once already, per session: a section's prompts (or the recap)
 * open on the first look and stay folded after. Kept in sessionStorage, so it lasts through a
 * reload of the call but is no part of the data; where storage is refused (a framed page in a
 * browser that blocks third-party storage) it lasts as long as the page.
 */
const seenInPage = new Set<string>();

function storageKey(sessionId: string): string {
  return `coachbar:seen:${sessionId}`;
}

function readSeen(sessionId: string): string[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey(sessionId)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function seenBefore(sessionId: string, part: string): boolean {
  return seenInPage.has(`${sessionId}\n${part}`) || readSeen(sessionId).includes(part);
}

export function markSeen(sessionId: string, part: string): void {
  seenInPage.add(`${sessionId}\n${part}`);
  try {
    const seen = readSeen(sessionId);
    if (!seen.includes(part)) sessionStorage.setItem(storageKey(sessionId), JSON.stringify([...seen, part]));
  } catch {
    // Storage refused: the page's own memory above still folds it for the rest of this page.
  }
}
