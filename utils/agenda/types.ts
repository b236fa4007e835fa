export interface AgendaSection {
  id: string;
  minutes: number;
  /** The manager's own preparation before the other person joins: not on the call clock, no time-box. */
  beforeTheTalk?: boolean;
}

/** The section clock of one session, persisted with it; the engine returns new values, never mutates. */
export interface AgendaClock {
  /** The section the user (or a materialised auto-advance) is on. */
  index: number;
  /** When that section became current, shifted forward by any pause since. */
  sectionStartedAt: number;
  /** When the call was left; null while the call runs. */
  pausedAt: number | null;
  /** When the call started; never shifted, so the call time is measured from the real start. */
  callStartedAt: number;
  /** Time not in the talk: completed pauses and time spent in the preparation before it; the current pause is counted from pausedAt. */
  pausedMs: number;
}

export interface AgendaView {
  index: number;
  sectionId: string;
  /** Time in the current section, never negative. */
  elapsedMs: number;
  remainingMs: number;
  /** Time past the section's time-box while it stays current; 0 otherwise. */
  overrunMs: number;
  isFirst: boolean;
  isLast: boolean;
  /** The manager's preparation: no time-box, not on the call clock. */
  beforeTheTalk: boolean;
  /** Time in the call since it started, without the time away; never negative. */
  totalElapsedMs: number;
}
