import type { ListeningTotals, SpeakerWords, WordSplit } from './types';

/** Limits a session's counts stay within, the same that backups and sync peers are checked against. */
export const listeningLimits = {
  /** Captioned speakers kept per session; a 1:1 has two, a few more join now and then. */
  speakers: 20,
  /** Characters of a speaker's name as the captions show it; the captions script cuts longer ones. */
  speakerChars: 200,
  /** Words one report may add for one speaker: more than anyone says between two reports. */
  wordsPerReport: 2_000,
  /** Words per speaker and section: days of speech. */
  wordsPerSection: 10_000_000,
  /** Agenda sections a session's counts name. */
  sections: 200,
} as const;

export const emptyTotals: ListeningTotals = { speakers: [], managerSpeaker: null, managerConfirmed: false };

/** A speaker's words in a section: own keys only, as a section id is any text a template holds ('constructor', '__proto__'). */
function wordsInSection(sections: Record<string, number>, sectionId: string): number {
  return Object.hasOwn(sections, sectionId) ? sections[sectionId]! : 0;
}

/**
 * Adds a report's words to the session's totals, in the current agenda section. Until the user has
 * chosen, the speaker the page labels as the local user is the manager. A speaker beyond the
 * limit is not kept; a count out of range is refused.
 */
export function addWords(totals: ListeningTotals, sectionId: string, words: readonly SpeakerWords[]): ListeningTotals {
  let speakers = totals.speakers;
  let managerSpeaker = totals.managerSpeaker;
  for (const { speaker, words: count, local } of words) {
    if (!Number.isInteger(count) || count < 0 || count > listeningLimits.wordsPerReport) throw new RangeError(`A report adds 0–${listeningLimits.wordsPerReport} words per speaker`);
    if (local && !totals.managerConfirmed) managerSpeaker = speaker;
    if (count === 0) continue;
    const index = speakers.findIndex((known) => known.name === speaker);
    if (index === -1 && speakers.length >= listeningLimits.speakers) continue;
    const known = index === -1 ? { name: speaker, sections: {} } : speakers[index]!;
    if (!Object.hasOwn(known.sections, sectionId) && Object.keys(known.sections).length >= listeningLimits.sections) continue;
    const sum = Math.min(listeningLimits.wordsPerSection, wordsInSection(known.sections, sectionId) + count);
    const updated = { name: speaker, sections: { ...known.sections, [sectionId]: sum } };
    speakers = index === -1 ? [...speakers, updated] : speakers.map((entry, at) => (at === index ? updated : entry));
  }
  return { ...totals, speakers, managerSpeaker };
}

/** The user's choice of the manager's speaker: the page's label no longer changes it. */
export function chooseManager(totals: ListeningTotals, speaker: string): ListeningTotals {
  return { ...totals, managerSpeaker: speaker, managerConfirmed: true };
}

/** The manager's words and everyone else's, in the whole session or in one section. */
export function splitOf(totals: ListeningTotals, sectionId?: string): WordSplit {
  let manager = 0;
  let other = 0;
  for (const speaker of totals.speakers) {
    const words = sectionId === undefined ? Object.values(speaker.sections).reduce((sum, count) => sum + count, 0) : wordsInSection(speaker.sections, sectionId);
    if (speaker.name === totals.managerSpeaker) manager += words;
    else other += words;
  }
  return { manager, other };
}

/** The manager's share of the words in whole percent; null when no word was counted. */
export function managerShare({ manager, other }: WordSplit): number | null {
  const all = manager + other;
  return all === 0 ? null : Math.round((100 * manager) / all);
}
