import { describe, expect, it } from 'vitest';
import { countSnapshot, isLocalSpeaker, reportedWords, wordsIn, type CountedBlock } from '@/utils/listening/count';
import { listeningLimits } from '@/utils/listening/totals';
import type { CaptionBlock } from '@/utils/listening/types';

/** Runs snapshots through countSnapshot one after another; the words each speaker got in all. */
function countAll(snapshots: readonly CaptionBlock[][]): Record<string, number> {
  let blocks: CountedBlock[] = [];
  const totals: Record<string, number> = {};
  for (const snapshot of snapshots) {
    const counted = countSnapshot(blocks, snapshot);
    blocks = counted.blocks;
    for (const { speaker, words } of counted.words) totals[speaker] = (totals[speaker] ?? 0) + words;
  }
  return totals;
}

const you = (text: string): CaptionBlock => ({ speaker: 'You', text });
const sam = (text: string): CaptionBlock => ({ speaker: 'Sam de Vries', text });

describe('wordsIn', () => {
  it.each([
    ['So, what else?', 3],
    ['  I think   — well… ', 3],
    ['', 0],
    ['- . …', 0],
    ["It's 3 o'clock", 3],
    ['Ik loop vast bij de overdracht', 6],
  ])('%j has %i words', (text, count) => {
    expect(wordsIn(text)).toHaveLength(count);
  });
});

describe('countSnapshot', () => {
  it.each<[string, CaptionBlock[][], Record<string, number>]>([
    ['the last block rewritten as words arrive counts each word once', [[you('So')], [you('So what')], [you('So what else')], [you('So what else is on your mind?')]], { You: 7 }],
    ['the same snapshot twice adds nothing', [[you('So what else')], [you('So what else')]], { You: 3 }],
    ['a new block for the other speaker', [[you('What else?')], [you('What else?'), sam('Well')], [you('What else?'), sam('Well the roadmap')]], { You: 2, 'Sam de Vries': 3 }],
    [
      'old blocks scroll away from the top',
      [
        [you('One two'), sam('three four five')],
        [sam('three four five'), you('six seven')],
        [you('six seven eight'), sam('nine')],
      ],
      { You: 5, 'Sam de Vries': 4 },
    ],
    ['a corrected last word is not counted again', [[sam('I would like to own it')], [sam('I would like to own this')], [sam('I would like to own this one')]], { 'Sam de Vries': 7 }],
    ['a line corrected shorter and regrown counts only beyond its most', [[sam('we could ship in May or June')], [sam('we could ship in May')], [sam('we could ship in May or June then')]], { 'Sam de Vries': 8 }],
    ['the region drawn anew with the same blocks adds nothing', [[you('Hello Sam'), sam('Hi there')], [], [you('Hello Sam'), sam('Hi there')]], { You: 2, 'Sam de Vries': 2 }],
    ['all blocks scrolled away: the new ones count whole', [[you('one two three')], [sam('four five')]], { You: 3, 'Sam de Vries': 2 }],
    ['the last block’s first words corrected as it is spoken', [[sam('Wheel the')], [sam('Well the road')], [sam('Well the roadmap slipped')]], { 'Sam de Vries': 4 }],
    ['an earlier block corrected after its speaker stopped', [[you('Sew what'), sam('I')], [you('So what'), sam('I think')]], { You: 2, 'Sam de Vries': 2 }],
    [
      'alternating speakers scrolling by two blocks are not taken for each other',
      [
        [you('I think we can'), sam('Maybe'), you('I guess so'), sam('Right')],
        [you('I guess so'), sam('Right'), you('Then next week')],
      ],
      { You: 10, 'Sam de Vries': 2 },
    ],
    ['two blocks of one speaker in a row, the second new', [[sam('Yes.')], [sam('Yes.'), sam('Yes, and more')]], { 'Sam de Vries': 4 }],
  ])('%s', (_case, snapshots, expected) => {
    expect(countAll(snapshots)).toEqual(expected);
  });

  it('reads each block’s text a bounded number of times, however the blocks line up', () => {
    // A page may show many blocks of one speaker that agree until one in the middle: every offset fails late.
    let reads = 0;
    function counted<Block extends CaptionBlock>({ text, ...rest }: Block): Block {
      return Object.defineProperty(rest, 'text', { enumerable: true, get: () => ((reads += 1), text) }) as Block;
    }
    const same = sam('the same first words of a long line');
    const previous = Array.from({ length: 40 }, () => counted({ ...same, counted: 8 }));
    const snapshot = [...Array.from({ length: 20 }, () => counted(same)), counted(you('Now me')), ...Array.from({ length: 19 }, () => counted(same))];
    countSnapshot(previous, snapshot);
    expect(reads).toBeLessThanOrEqual(3 * (previous.length + snapshot.length));
  });

  it('an empty snapshot (the region between two elements, or captions cleared) keeps the blocks to compare with', () => {
    const blocks = [{ speaker: 'You', text: 'a b', counted: 2 }];
    expect(countSnapshot(blocks, [])).toEqual({ blocks, words: [] });
  });
});

describe('reportedWords', () => {
  it('marks the page’s local user and sends no more words a speaker than the background takes in one report', () => {
    expect(reportedWords([{ speaker: 'Jij', words: 12 }, { speaker: 'Sam de Vries', words: listeningLimits.wordsPerReport + 500 }])).toEqual([
      { speaker: 'Jij', words: 12, local: true },
      { speaker: 'Sam de Vries', words: listeningLimits.wordsPerReport, local: false },
    ]);
  });
});

describe('isLocalSpeaker', () => {
  it.each([
    ['You', true],
    ['Jij', true],
    ['Du', true],
    [' you ', true],
    ['Sam de Vries', false],
    ['Youssef', false],
  ])('%j → %s', (name, local) => {
    expect(isLocalSpeaker(name)).toBe(local);
  });
});
