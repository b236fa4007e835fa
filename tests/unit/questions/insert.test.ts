import { describe, expect, it } from 'vitest';
import { appendQuestionLine, formatCallTime } from '@/utils/questions/insert';

describe('appendQuestionLine', () => {
  it.each([
    { name: 'into empty notes', notes: '', expected: 'Q 7:42 · Why?\n' },
    { name: 'after a finished line', notes: 'Intro\n', expected: 'Intro\nQ 7:42 · Why?\n' },
    { name: 'after text without a newline', notes: 'Intro', expected: 'Intro\nQ 7:42 · Why?\n' },
  ])('$name', ({ notes, expected }) => {
    expect(appendQuestionLine(notes, 'Why?', '7:42', 'Q')).toBe(expected);
  });

  it("marks the line in the notes' language", () => {
    expect(appendQuestionLine('', 'Waarom?', '7:42', 'V')).toBe('V 7:42 · Waarom?\n');
  });
});

describe('formatCallTime', () => {
  it.each([
    { ms: 0, expected: '0:00' },
    { ms: 59_999, expected: '0:59' },
    { ms: 462_000, expected: '7:42' },
    { ms: 3_600_000 + 61_000, expected: '1:01:01' },
    { ms: -5_000, expected: '0:00' },
  ])('$ms ms → $expected', ({ ms, expected }) => {
    expect(formatCallTime(ms)).toBe(expected);
  });
});
