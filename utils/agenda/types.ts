export interface AgendaSection {
  id: string;
  minutes: number;
}

/** The section clock of one session, persisted with it; the engine returns new values, never mutates. */
export interface AgendaClock {
  /** The section the user (or a materialised auto-advance) is on. */
  index: number;
  /** When that section became current, shifted forward by any pause since. */
  sectionStartedAt: number;
  /** When the call was left; null while the call runs. */
  pausedAt: number | null;
}

export interface AgendaView {
  index: number;
  sectionId: string;
  elapsedMs: number;
  remainingMs: number;
  /** Time past the section's time-box while it stays current; 0 otherwise. */
  overrunMs: number;
  isFirst: boolean;
  isLast: boolean;
}
