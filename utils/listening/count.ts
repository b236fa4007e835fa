import { listeningLimits } from './totals';
import type { CaptionBlock, SpeakerWords } from './types';

/** A caption block with the words already counted for it: its most ever seen, so a corrected and regrown line is not counted twice. */
export interface CountedBlock extends CaptionBlock {
  counted: number;
}

/** What one snapshot of the captions adds: the blocks to compare the next snapshot with, and each speaker's new words. */
export interface SnapshotCount {
  blocks: CountedBlock[];
  /** Speakers in the order their new words appear; only speakers with new words. */
  words: { speaker: string; words: number }[];
}

const wordPattern = /[\p{L}\p{N}]/u;

/** Spoken words in a caption's text: whitespace-separated pieces with a letter or digit (punctuation alone is none). */
export function wordsIn(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter((piece) => wordPattern.test(piece))
    .map((piece) => piece.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''));
}

/** How many leading words two blocks of one speaker are compared by. */
const comparedWords = 3;

/** A block as it is compared: its speaker and its first words, read from its text once per snapshot. */
interface ComparedBlock {
  speaker: string;
  head: string[];
}

const comparedOf = (speaker: string, words: readonly string[]): ComparedBlock => ({ speaker, head: words.slice(0, comparedWords) });

/**
 * Whether `later` can be `earlier` as the page shows it now: the same speaker, and their first
 * words agree, all of them or (`loosely`) at least half. The block that was last may have been
 * rewritten anywhere (Meet corrects a line's first words too while it is being spoken), so for it
 * the speaker is enough.
 */
function sameBlock(earlier: ComparedBlock, later: ComparedBlock, earlierWasLast: boolean, loosely: boolean): boolean {
  if (earlier.speaker !== later.speaker) return false;
  if (earlierWasLast) return true;
  const compared = Math.min(earlier.head.length, later.head.length);
  let agreeing = 0;
  for (let index = 0; index < compared; index++) if (earlier.head[index] === later.head[index]) agreeing += 1;
  return loosely ? 2 * agreeing >= compared : agreeing === compared;
}

/**
 * Where the new snapshot's first block sits among the previous blocks: old blocks scroll away from
 * the top, so the new list continues the old one from some offset. The smallest offset at which
 * every overlapping pair is the same block; failing that, the same with blocks whose first words
 * were corrected since (a double count is worse than a missed line); else the previous length
 * (all scrolled away).
 */
function offsetOf(previous: readonly ComparedBlock[], snapshot: readonly ComparedBlock[]): number {
  for (const loosely of [false, true]) {
    for (let offset = 0; offset < previous.length; offset++) {
      const overlap = Math.min(previous.length - offset, snapshot.length);
      let matches = overlap > 0;
      for (let index = 0; index < overlap && matches; index++) matches = sameBlock(previous[offset + index]!, snapshot[index]!, offset + index === previous.length - 1, loosely);
      if (matches) return offset;
    }
  }
  return previous.length;
}

/**
 * The words a new snapshot of the caption blocks adds to the previous one, each word once: a block
 * seen before adds only the words beyond those counted for it (the last block grows as words
 * arrive), a new block adds all of its words. A block drawn anew in a new element is the same
 * {speaker, text}, so it adds nothing; an empty snapshot forgets no block. Each text is split into
 * words once, however the blocks are compared.
 */
export function countSnapshot(previous: readonly CountedBlock[], snapshot: readonly CaptionBlock[]): SnapshotCount {
  // Between Meet's old region and its new one, or while captions are blank, nothing was said away.
  if (snapshot.length === 0) return { blocks: [...previous], words: [] };
  const read = snapshot.map(({ speaker, text }) => ({ speaker, text, words: wordsIn(text) }));
  const offset = offsetOf(
    previous.map((block) => comparedOf(block.speaker, wordsIn(block.text))),
    read.map((block) => comparedOf(block.speaker, block.words)),
  );
  const words = new Map<string, number>();
  const blocks = read.map((block, index) => {
    const before = previous[offset + index];
    const now = block.words.length;
    const counted = before ? Math.max(before.counted, now) : now;
    const added = counted - (before?.counted ?? 0);
    if (added > 0) words.set(block.speaker, (words.get(block.speaker) ?? 0) + added);
    return { speaker: block.speaker, text: block.text, counted };
  });
  return { blocks, words: [...words].map(([speaker, count]) => ({ speaker, words: count })) };
}

/**
 * A snapshot's words as the captions script reports them: the page's local user marked, and no
 * speaker given more words than the background takes in one report (a first read of a long
 * region, or a page that shows more than anyone says), which it would refuse whole.
 */
export function reportedWords(words: SnapshotCount['words']): SpeakerWords[] {
  return words.map(({ speaker, words: count }) => ({ speaker, words: Math.min(count, listeningLimits.wordsPerReport), local: isLocalSpeaker(speaker) }));
}

/**
 * How Meet names the local user's own captions, by UI language; the user confirms or changes who
 * the manager is in the sidebar, so a label missing here only means they choose once.
 */
export const localSpeakerLabels: readonly string[] = ['You', 'Jij', 'Du', 'Sie', 'Ich', 'Vous', 'Tú', 'Você'];

export function isLocalSpeaker(speaker: string): boolean {
  const name = speaker.trim().toLocaleLowerCase();
  return localSpeakerLabels.some((label) => label.toLocaleLowerCase() === name);
}
