import { describe, expect, it } from 'vitest';
import { goToSection, nextSection, pauseClock, previousSection, resumeClock, startClock, viewAgenda } from '@/utils/agenda/engine';
import type { AgendaClock, AgendaSection } from '@/utils/agenda/types';

const min = 60_000;
const t0 = 1_000_000;
const sections: AgendaSection[] = [
  { id: 'start', minutes: 5 },
  { id: 'brainstorm', minutes: 10 },
  { id: 'key-results', minutes: 10 },
  { id: 'support', minutes: 10 },
  { id: 'wrap-up', minutes: 5 },
];
const clock = (index: number, sectionStartedAt: number, pausedAt: number | null = null): AgendaClock => ({ index, sectionStartedAt, pausedAt });

describe('viewAgenda', () => {
  it.each([
    { name: 'fresh start', clock: startClock(t0), at: t0, auto: false, index: 0, remaining: 5 * min, overrun: 0 },
    { name: 'inside the time-box', clock: startClock(t0), at: t0 + 3 * min, auto: false, index: 0, remaining: 2 * min, overrun: 0 },
    { name: 'exactly at the end', clock: startClock(t0), at: t0 + 5 * min, auto: false, index: 0, remaining: 0, overrun: 0 },
    { name: 'overrun without auto-advance', clock: startClock(t0), at: t0 + 7 * min, auto: false, index: 0, remaining: 0, overrun: 2 * min },
    { name: 'auto-advance into the next section', clock: startClock(t0), at: t0 + 7 * min, auto: true, index: 1, remaining: 8 * min, overrun: 0 },
    { name: 'auto-advance across several sections', clock: startClock(t0), at: t0 + 27 * min, auto: true, index: 3, remaining: 8 * min, overrun: 0 },
    { name: 'auto-advance stops at the last section and overruns', clock: startClock(t0), at: t0 + 45 * min, auto: true, index: 4, remaining: 0, overrun: 5 * min },
    { name: 'auto-advance from a manual position', clock: clock(2, t0), at: t0 + 11 * min, auto: true, index: 3, remaining: 9 * min, overrun: 0 },
    { name: 'clock skew: now before the section start', clock: clock(1, t0 + min), at: t0, auto: false, index: 1, remaining: 10 * min, overrun: 0 },
    { name: 'paused: time frozen at the pause', clock: clock(0, t0, t0 + 2 * min), at: t0 + 60 * min, auto: true, index: 0, remaining: 3 * min, overrun: 0 },
    { name: 'stored index beyond the template is clamped', clock: clock(9, t0), at: t0, auto: false, index: 4, remaining: 5 * min, overrun: 0 },
  ])('$name', ({ clock: c, at, auto, index, remaining, overrun }) => {
    const view = viewAgenda(sections, c, at, auto);
    expect({ index: view.index, remaining: view.remainingMs, overrun: view.overrunMs, id: view.sectionId }).toEqual({
      index,
      remaining,
      overrun,
      id: sections[index]!.id,
    });
  });

  it('reports the first and last section', () => {
    expect(viewAgenda(sections, startClock(t0), t0, false)).toMatchObject({ isFirst: true, isLast: false });
    expect(viewAgenda(sections, clock(4, t0), t0, false)).toMatchObject({ isFirst: false, isLast: true });
  });

  it('treats a zero-minute section as immediately over', () => {
    const view = viewAgenda([{ id: 'a', minutes: 0 }, { id: 'b', minutes: 1 }], startClock(t0), t0, true);
    expect(view.sectionId).toBe('b');
  });

  it('refuses an empty agenda with a clear error', () => {
    expect(() => viewAgenda([], startClock(t0), t0, false)).toThrow('at least one section');
  });
});

describe('moving between sections', () => {
  it.each([
    { name: 'next starts the next section now', move: (c: AgendaClock) => nextSection(sections, c, t0 + 2 * min, false), index: 1, startedAt: t0 + 2 * min },
    { name: 'previous from the first stays on the first', move: (c: AgendaClock) => previousSection(sections, c, t0 + min, false), index: 0, startedAt: t0 },
    { name: 'go to a later section', move: (c: AgendaClock) => goToSection(sections, c, 3, t0 + min, false), index: 3, startedAt: t0 + min },
    { name: 'go past the end is clamped', move: (c: AgendaClock) => goToSection(sections, c, 99, t0 + min, false), index: 4, startedAt: t0 + min },
    { name: 'go before the start is clamped', move: (c: AgendaClock) => goToSection(sections, c, -3, t0 + min, false), index: 0, startedAt: t0 },
    // Auto-advance already moved to section 1 at t0+5min; "next" is then section 2.
    { name: 'next after auto-advance materialises first', move: (c: AgendaClock) => nextSection(sections, c, t0 + 7 * min, true), index: 2, startedAt: t0 + 7 * min },
    // Selecting the section auto-advance is on keeps the 2 minutes it has already run.
    { name: 'choosing the current auto-advanced section keeps its time', move: (c: AgendaClock) => goToSection(sections, c, 1, t0 + 7 * min, true), index: 1, startedAt: t0 + 5 * min },
  ])('$name', ({ move, index, startedAt }) => {
    const moved = move(startClock(t0));
    expect([moved.index, moved.sectionStartedAt]).toEqual([index, startedAt]);
  });

  it('going to the section already current changes nothing', () => {
    const c = clock(2, t0);
    expect(goToSection(sections, c, 2, t0 + 3 * min, false)).toBe(c);
  });
});

describe('call restarts', () => {
  it('continues the same section with the same time left after a break', () => {
    const before = viewAgenda(sections, clock(1, t0), t0 + 4 * min, false);
    const paused = pauseClock(clock(1, t0), t0 + 4 * min);
    const resumed = resumeClock(paused, t0 + 64 * min);
    const after = viewAgenda(sections, resumed, t0 + 64 * min, true);
    expect(after.index).toBe(1);
    expect(after.remainingMs).toBe(before.remainingMs);
  });

  it.each([
    { name: 'pausing twice keeps the first moment', act: (c: AgendaClock) => pauseClock(pauseClock(c, t0 + min), t0 + 9 * min), expected: clock(0, t0, t0 + min) },
    { name: 'resuming a running clock changes nothing', act: (c: AgendaClock) => resumeClock(c, t0 + 9 * min), expected: clock(0, t0) },
    { name: 'resuming twice counts the break once', act: (c: AgendaClock) => resumeClock(resumeClock(pauseClock(c, t0 + min), t0 + 3 * min), t0 + 8 * min), expected: clock(0, t0 + 2 * min) },
    { name: 'a resume stamped before the pause (skew) adds no time', act: (c: AgendaClock) => resumeClock(pauseClock(c, t0 + 5 * min), t0 + 4 * min), expected: clock(0, t0) },
  ])('$name', ({ act, expected }) => {
    expect(act(startClock(t0))).toEqual(expected);
  });

  it('a manual move while paused starts the new section at the pause moment', () => {
    const moved = goToSection(sections, clock(0, t0, t0 + min), 2, t0 + 30 * min, false);
    expect(moved).toEqual(clock(2, t0 + min, t0 + min));
    expect(viewAgenda(sections, resumeClock(moved, t0 + 40 * min), t0 + 40 * min, false).elapsedMs).toBe(0);
  });
});
