/** A note found by search, with enough around it to show and open it. */
export interface NoteHit {
  noteId: string;
  sessionId: string;
  sectionId: string;
  startedAt: number;
  meetingTitle: string;
  personName: string | null;
  snippet: string;
}

/** A short piece of the note around the first term, so the result shows why it matched. */
export function snippetAround(text: string, term: string, radius = 60): string {
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  if (at < 0) return text.slice(0, radius * 2);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + term.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
