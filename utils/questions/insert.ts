/**
 * Appends "Q 07:42 · question" on its own line ("Q" in the notes' language: the marker) and opens
 * an empty answer line after it, so the manager types the answer straight away.
 */
export function appendQuestionLine(notes: string, question: string, callTime: string, marker: string): string {
  const separator = notes === '' || notes.endsWith('\n') ? '' : '\n';
  return `${notes}${separator}${marker} ${callTime} · ${question}\n`;
}

/** Time since the call started, as m:ss or h:mm:ss. */
export function formatCallTime(elapsedMs: number): string {
  const total = Math.max(0, Math.floor(elapsedMs / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
