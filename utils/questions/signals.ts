import type { NoteSignals, SignalPatterns, Situation } from '../content/types';

/** How many words before a match a negation still reaches. */
const negationWindow = 3;

type WordTest = (word: string) => boolean;
/** A phrase: word tests, with `gap` where up to `maxGap` other words may come between. */
type Phrase = (WordTest | typeof gap)[];

const gap = Symbol('gap');
/** Dutch and German split verbs around a few words ("zit er al weken mee vast", "steckt seit Wochen fest"). */
const maxGap = 4;

function wordTest(pattern: string): WordTest {
  if (pattern === '*') return () => true;
  const starts = pattern.endsWith('*');
  const ends = pattern.startsWith('*');
  const core = pattern.replace(/^\*|\*$/g, '');
  if (starts && ends) return (word) => word.includes(core);
  if (starts) return (word) => word.startsWith(core);
  if (ends) return (word) => word.endsWith(core);
  return (word) => word === core;
}

function compile(phrase: string): Phrase {
  return phrase
    .split(' ')
    .filter(Boolean)
    .map((word) => (word === '~' ? gap : wordTest(word)));
}

/** Where the phrase, starting at `start`, ends (exclusive) in the clause's words; null when it does not match there. */
function endOf(words: readonly string[], phrase: Phrase, start: number): number | null {
  const [first, ...rest] = phrase;
  if (first === undefined) return start;
  if (first === gap) {
    for (let skip = 0; skip <= maxGap; skip++) {
      const end = endOf(words, rest, start + skip);
      if (end !== null) return end;
    }
    return null;
  }
  return start < words.length && first(words[start]!) ? endOf(words, rest, start + 1) : null;
}

/** Each match of the phrase in the clause's words, as [start, end). */
function matches(words: readonly string[], phrase: Phrase): [number, number][] {
  const found: [number, number][] = [];
  for (let start = 0; start < words.length; start++) {
    const end = endOf(words, phrase, start);
    if (end !== null && end > start) found.push([start, end]);
  }
  return found;
}

/**
 * A note's clauses as lists of lower-case words. Curly and other apostrophes become the plain one,
 * so "don’t" matches "don't"; punctuation ends a clause, so a negation does not reach past it.
 */
export function clauses(text: string): string[][] {
  return text
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .split(/[.,;:!?()\n\r"“”„–—-]+/)
    .map((clause) => clause.split(/[^\p{L}\p{N}']+/u).filter((word) => word !== '' && word !== "'"))
    .filter((words) => words.length > 0);
}

/** Which situations the notes signal, with the words that did (as written in the note), in pattern order. */
export function findSignals(notes: string, signals: NoteSignals): Map<Situation, string> {
  const found = new Map<Situation, string>();
  const parts = clauses(notes);
  if (parts.length === 0) return found;
  const isNegation = (word: string) => signals.negations.includes(word);
  for (const [situation, patterns] of Object.entries(signals.situations) as [Situation, SignalPatterns][]) {
    const unless = (patterns.unless ?? []).map(compile);
    search: for (const pattern of patterns.match) {
      const phrase = compile(pattern);
      const ownNegations = pattern.split(' ').filter(isNegation).length;
      for (const words of parts) {
        for (const [start, end] of matches(words, phrase)) {
          const idiom = unless.some((other) => matches(words, other).some(([from, to]) => from < end && to > start));
          // A negation the pattern does not name itself, just before the match or inside its gap, turns it around.
          const negated = words.slice(Math.max(0, start - negationWindow), end).filter(isNegation).length > ownNegations;
          if (idiom || negated) continue;
          found.set(situation, words.slice(start, end).join(' '));
          break search;
        }
      }
    }
  }
  return found;
}
