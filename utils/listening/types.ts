/** One caption block as the call page shows it: who speaks, and their words so far in that block. */
export interface CaptionBlock {
  speaker: string;
  text: string;
}

/** Words one speaker said since the captions script last reported. */
export interface SpeakerWords {
  speaker: string;
  words: number;
  /** The page labels this speaker as the local user ("You" in its language). */
  local: boolean;
}

/** Whether the captions script reads captions now: `none` when they are off or not found. */
export type ListeningSignal = 'captions' | 'none';

/**
 * What the captions counted in one session, kept on the session (SessionRecord.listening): words
 * per speaker as the captions named them, per agenda section id. Counts only, never words.
 */
export interface ListeningTotals {
  speakers: { name: string; sections: Record<string, number> }[];
  /** The speaker who is the manager: the one the page labelled as the local user, or as the user chose. */
  managerSpeaker: string | null;
  /** Whether the user chose managerSpeaker themselves (then the page's label no longer changes it). */
  managerConfirmed: boolean;
}

/** Words of the manager and of everyone else. */
export interface WordSplit {
  manager: number;
  other: number;
}

/** The live balance of a session, for the sidebar's meter and the ranker's nudge. */
export interface ListeningBalance {
  /**
   * `none` when no captions script in the call's tab has reported captions lately: the meter says so and never guesses.
   * `waiting` in the first moments after the script started in the page, before it has found captions.
   */
  signal: ListeningSignal | 'waiting';
  /** Words in the whole session so far. */
  manager: number;
  other: number;
  /** Words in the current agenda section; null when nothing was counted in it. */
  section: WordSplit | null;
  managerSpeaker: string | null;
  /** Every speaker the captions named in this session, in the order first heard. */
  speakers: string[];
  /** The manager's share has stayed above the threshold for the last few minutes. */
  nudge: boolean;
  /** When nudge: the manager's share (whole percent) over the stretch above the threshold, and its length in whole minutes. */
  nudgeReason: { share: number; minutes: number } | null;
}

/** One measured session in a person's history, oldest first. */
export interface ListeningPoint {
  sessionId: string;
  startedAt: number;
  manager: number;
  other: number;
}
