import { describe, expect, it } from 'vitest';
import { addWords, chooseManager, emptyTotals, listeningLimits, managerShare, splitOf } from '@/utils/listening/totals';
import type { ListeningTotals, SpeakerWords } from '@/utils/listening/types';

const words = (speaker: string, count: number, local = false): SpeakerWords => ({ speaker, words: count, local });

function run(reports: [section: string, words: SpeakerWords[]][], start: ListeningTotals = emptyTotals): ListeningTotals {
  return reports.reduce((totals, [section, report]) => addWords(totals, section, report), start);
}

describe('addWords and splitOf', () => {
  it('counts the page-labelled local speaker as the manager, per section and in all', () => {
    const totals = run([
      ['start', [words('You', 30, true), words('Sam', 10)]],
      ['goals', [words('Sam', 60)]],
      ['goals', [words('You', 10, true)]],
    ]);
    expect(totals.managerSpeaker).toBe('You');
    expect(splitOf(totals)).toEqual({ manager: 40, other: 70 });
    expect(splitOf(totals, 'start')).toEqual({ manager: 30, other: 10 });
    expect(splitOf(totals, 'goals')).toEqual({ manager: 10, other: 60 });
    expect(splitOf(totals, 'wrap-up')).toEqual({ manager: 0, other: 0 });
    expect(totals.speakers.map((speaker) => speaker.name)).toEqual(['You', 'Sam']);
  });

  it('keeps the user’s choice of manager over the page’s label', () => {
    const chosen = chooseManager(run([['start', [words('You', 5, true), words('Alex Jansen', 20)]]]), 'Alex Jansen');
    const totals = run([['start', [words('You', 5, true)]]], chosen);
    expect(totals.managerSpeaker).toBe('Alex Jansen');
    expect(splitOf(totals)).toEqual({ manager: 20, other: 10 });
  });

  it('has no manager until the page labels one or the user chooses', () => {
    const totals = run([['start', [words('Alex Jansen', 5), words('Sam', 5)]]]);
    expect(totals.managerSpeaker).toBeNull();
    expect(splitOf(totals)).toEqual({ manager: 0, other: 10 });
  });

  it.each([-1, 1.5, listeningLimits.wordsPerReport + 1, Number.NaN])('refuses a count of %s', (count) => {
    expect(() => addWords(emptyTotals, 'start', [words('Sam', count)])).toThrow(RangeError);
  });

  // Section ids come from templates, and those from backups and sync peers: any text.
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('counts in a section named %s as in any other', (section) => {
    const totals = run([
      [section, [words('You', 3, true), words('Sam', 4)]],
      [section, [words('Sam', 5)]],
    ]);
    expect(splitOf(totals, section)).toEqual({ manager: 3, other: 9 });
    expect(splitOf(totals)).toEqual({ manager: 3, other: 9 });
    expect(splitOf(run([['start', [words('You', 2, true)]]]), section)).toEqual({ manager: 0, other: 0 });
  });

  it('keeps no speaker beyond the limit', () => {
    const many = Array.from({ length: listeningLimits.speakers + 3 }, (_, index) => words(`Guest ${index}`, 1));
    expect(addWords(emptyTotals, 'start', many).speakers).toHaveLength(listeningLimits.speakers);
  });
});

describe('managerShare', () => {
  it.each([
    [{ manager: 30, other: 70 }, 30],
    [{ manager: 2, other: 1 }, 67],
    [{ manager: 0, other: 0 }, null],
    [{ manager: 5, other: 0 }, 100],
  ])('%j → %s', (split, share) => {
    expect(managerShare(split)).toBe(share);
  });
});
