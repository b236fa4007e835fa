import { describe, expect, it } from 'vitest';
import { goToSection, pauseClock, resumeClock, startClock, switchAgenda, viewAgenda } from '@/utils/agenda/engine';
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
// Call started at t0 unless a row says otherwise, so section and call time can differ.
const clock = (index: number, sectionStartedAt: number, pausedAt: number | null = null, pausedMs = 0, callStartedAt = t0): AgendaClock => ({
  index,
  sectionStartedAt,
  pausedAt,
  callStartedAt,
  pausedMs,
});

describe('startClock', () => {
  it('starts the first section and the call at the same moment', () => {
    expect(startClock(t0)).toEqual(clock(0, t0));
  });
});

describe('viewAgenda', () => {
  it.each([
    { name: 'fresh start', clock: startClock(t0), at: t0, auto: false, index: 0, elapsed: 0, remaining: 5 * min, overrun: 0 },
    { name: 'inside the time-box', clock: startClock(t0), at: t0 + 3 * min, auto: false, index: 0, elapsed: 3 * min, remaining: 2 * min, overrun: 0 },
    { name: 'exactly at the end', clock: startClock(t0), at: t0 + 5 * min, auto: false, index: 0, elapsed: 5 * min, remaining: 0, overrun: 0 },
    { name: 'overrun without auto-advance', clock: startClock(t0), at: t0 + 7 * min, auto: false, index: 0, elapsed: 7 * min, remaining: 0, overrun: 2 * min },
    { name: 'overrun on a manually chosen section', clock: clock(2, t0), at: t0 + 25 * min, auto: false, index: 2, elapsed: 25 * min, remaining: 0, overrun: 15 * min },
    { name: 'auto-advance exactly at the end moves on', clock: startClock(t0), at: t0 + 5 * min, auto: true, index: 1, elapsed: 0, remaining: 10 * min, overrun: 0 },
    { name: 'auto-advance into the next section', clock: startClock(t0), at: t0 + 7 * min, auto: true, index: 1, elapsed: 2 * min, remaining: 8 * min, overrun: 0 },
    { name: 'auto-advance across several sections', clock: startClock(t0), at: t0 + 27 * min, auto: true, index: 3, elapsed: 2 * min, remaining: 8 * min, overrun: 0 },
    { name: 'auto-advance stops at the last section and overruns', clock: startClock(t0), at: t0 + 45 * min, auto: true, index: 4, elapsed: 10 * min, remaining: 0, overrun: 5 * min },
    { name: 'auto-advance from a manual position', clock: clock(2, t0), at: t0 + 11 * min, auto: true, index: 3, elapsed: min, remaining: 9 * min, overrun: 0 },
    { name: 'clock skew: now before the section start', clock: clock(1, t0 + min), at: t0, auto: false, index: 1, elapsed: 0, remaining: 10 * min, overrun: 0 },
    { name: 'clock skew with auto-advance does not move', clock: clock(1, t0 + min), at: t0, auto: true, index: 1, elapsed: 0, remaining: 10 * min, overrun: 0 },
    { name: 'paused: time frozen at the pause', clock: clock(0, t0, t0 + 2 * min), at: t0 + 60 * min, auto: true, index: 0, elapsed: 2 * min, remaining: 3 * min, overrun: 0 },
    { name: 'paused in overrun: overrun frozen too', clock: clock(0, t0, t0 + 8 * min), at: t0 + 60 * min, auto: false, index: 0, elapsed: 8 * min, remaining: 0, overrun: 3 * min },
    { name: 'stored index beyond the template is clamped', clock: clock(9, t0), at: t0, auto: false, index: 4, elapsed: 0, remaining: 5 * min, overrun: 0 },
    { name: 'negative stored index is clamped', clock: clock(-2, t0), at: t0, auto: false, index: 0, elapsed: 0, remaining: 5 * min, overrun: 0 },
  ])('$name', ({ clock: c, at, auto, index, elapsed, remaining, overrun }) => {
    const view = viewAgenda(sections, c, at, auto);
    expect({ index: view.index, elapsed: view.elapsedMs, remaining: view.remainingMs, overrun: view.overrunMs, id: view.sectionId }).toEqual({
      index,
      elapsed,
      remaining,
      overrun,
      id: sections[index]!.id,
    });
  });

  it.each([
    { name: 'first section', clock: startClock(t0), isFirst: true, isLast: false },
    { name: 'middle section', clock: clock(2, t0), isFirst: false, isLast: false },
    { name: 'last section', clock: clock(4, t0), isFirst: false, isLast: true },
  ])('reports first/last: $name', ({ clock: c, isFirst, isLast }) => {
    expect(viewAgenda(sections, c, t0, false)).toMatchObject({ isFirst, isLast });
  });

  it.each([
    { name: 'a single section is both first and last', list: [{ id: 'only', minutes: 5 }], at: t0 + 6 * min, auto: true, id: 'only', isFirst: true, isLast: true, overrun: min },
    { name: 'a zero-minute section is immediately over', list: [{ id: 'a', minutes: 0 }, { id: 'b', minutes: 1 }], at: t0, auto: true, id: 'b', isFirst: false, isLast: true, overrun: 0 },
    { name: 'a zero-minute section overruns at once without auto-advance', list: [{ id: 'a', minutes: 0 }, { id: 'b', minutes: 1 }], at: t0 + 1000, auto: false, id: 'a', isFirst: true, isLast: false, overrun: 1000 },
    { name: 'several zero-minute sections pass together', list: [{ id: 'a', minutes: 0 }, { id: 'b', minutes: 0 }, { id: 'c', minutes: 2 }], at: t0 + min, auto: true, id: 'c', isFirst: false, isLast: true, overrun: 0 },
    { name: 'a negative time-box counts as zero', list: [{ id: 'a', minutes: -3 }, { id: 'b', minutes: 1 }], at: t0, auto: true, id: 'b', isFirst: false, isLast: true, overrun: 0 },
  ])('$name', ({ list, at, auto, id, isFirst, isLast, overrun }) => {
    expect(viewAgenda(list, startClock(t0), at, auto)).toMatchObject({ sectionId: id, isFirst, isLast, overrunMs: overrun });
  });

  it('refuses an empty agenda with a clear error', () => {
    expect(() => viewAgenda([], startClock(t0), t0, false)).toThrow('at least one section');
  });
});

describe('totalElapsedMs', () => {
  it.each([
    { name: 'fresh call', clock: startClock(t0), at: t0, total: 0 },
    { name: 'running call', clock: startClock(t0), at: t0 + 12 * min, total: 12 * min },
    // A later section started later, but the call time still counts from the call start.
    { name: 'independent of the section start', clock: clock(3, t0 + 20 * min), at: t0 + 22 * min, total: 22 * min },
    { name: 'frozen while paused', clock: clock(0, t0, t0 + 4 * min), at: t0 + 90 * min, total: 4 * min },
    { name: 'completed breaks are left out', clock: clock(0, t0 + 30 * min, null, 30 * min), at: t0 + 40 * min, total: 10 * min },
    { name: 'clock skew: now before the call start', clock: startClock(t0), at: t0 - min, total: 0 },
  ])('$name', ({ clock: c, at, total }) => {
    expect(viewAgenda(sections, c, at, false).totalElapsedMs).toBe(total);
  });
});

/** What the sidebar's Next / Previous buttons do: go to the shown section ± 1. */
const nextSection = (list: AgendaSection[], c: AgendaClock, now: number, auto: boolean) => goToSection(list, c, viewAgenda(list, c, now, auto).index + 1, now, auto);
const previousSection = (list: AgendaSection[], c: AgendaClock, now: number, auto: boolean) => goToSection(list, c, viewAgenda(list, c, now, auto).index - 1, now, auto);

describe('moving between sections', () => {
  it.each([
    { name: 'next starts the next section now', move: (c: AgendaClock) => nextSection(sections, c, t0 + 2 * min, false), index: 1, startedAt: t0 + 2 * min },
    { name: 'next on the last section stays put', move: (c: AgendaClock) => nextSection(sections, goToSection(sections, c, 4, t0, false), t0 + 2 * min, false), index: 4, startedAt: t0 },
    { name: 'previous goes back and restarts that section', move: (c: AgendaClock) => previousSection(sections, goToSection(sections, c, 2, t0 + min, false), t0 + 3 * min, false), index: 1, startedAt: t0 + 3 * min },
    { name: 'previous from the first stays on the first', move: (c: AgendaClock) => previousSection(sections, c, t0 + min, false), index: 0, startedAt: t0 },
    { name: 'go to a later section', move: (c: AgendaClock) => goToSection(sections, c, 3, t0 + min, false), index: 3, startedAt: t0 + min },
    { name: 'go past the end is clamped', move: (c: AgendaClock) => goToSection(sections, c, 99, t0 + min, false), index: 4, startedAt: t0 + min },
    { name: 'go before the start is clamped', move: (c: AgendaClock) => goToSection(sections, c, -3, t0 + min, false), index: 0, startedAt: t0 },
    { name: 'go to infinity is clamped', move: (c: AgendaClock) => goToSection(sections, c, Number.POSITIVE_INFINITY, t0 + min, false), index: 4, startedAt: t0 + min },
    { name: 'a fractional target is truncated', move: (c: AgendaClock) => goToSection(sections, c, 2.9, t0 + min, false), index: 2, startedAt: t0 + min },
    // Auto-advance already moved to section 1 at t0+5min; "next" is then section 2.
    { name: 'next after auto-advance materialises first', move: (c: AgendaClock) => nextSection(sections, c, t0 + 7 * min, true), index: 2, startedAt: t0 + 7 * min },
    // Auto-advance is on section 3 at t0+27min; "previous" is section 2, not the stored 0 minus one.
    { name: 'previous after auto-advance across several', move: (c: AgendaClock) => previousSection(sections, c, t0 + 27 * min, true), index: 2, startedAt: t0 + 27 * min },
    // Selecting the section auto-advance is on keeps the 2 minutes it has already run.
    { name: 'choosing the current auto-advanced section keeps its time', move: (c: AgendaClock) => goToSection(sections, c, 1, t0 + 7 * min, true), index: 1, startedAt: t0 + 5 * min },
  ])('$name', ({ move, index, startedAt }) => {
    const moved = move(startClock(t0));
    expect([moved.index, moved.sectionStartedAt]).toEqual([index, startedAt]);
  });

  it('auto-advance carries on from a manual move', () => {
    const moved = goToSection(sections, startClock(t0), 1, t0 + 2 * min, true);
    // Section 1 (10 min) started at t0+2min, so at t0+15min auto-advance is 3 minutes into section 2.
    expect(viewAgenda(sections, moved, t0 + 15 * min, true)).toMatchObject({ index: 2, elapsedMs: 3 * min });
  });

  it('going to the section already current changes nothing', () => {
    const c = clock(2, t0);
    expect(goToSection(sections, c, 2, t0 + 3 * min, false)).toBe(c);
  });

  it('a move keeps the call time running', () => {
    const moved = goToSection(sections, clock(0, t0 + 10 * min, null, 10 * min), 3, t0 + 15 * min, false);
    expect(viewAgenda(sections, moved, t0 + 20 * min, false).totalElapsedMs).toBe(10 * min);
  });

  it.each([
    { name: 'empty agenda', run: () => goToSection([], startClock(t0), 0, t0, false), message: 'at least one section' },
    { name: 'NaN target', run: () => goToSection(sections, startClock(t0), Number.NaN, t0, false), message: 'must be a number' },
  ])('refuses $name', ({ run, message }) => {
    expect(run).toThrow(message);
  });
});

describe('call restarts', () => {
  it.each([
    { name: 'mid-section, without auto-advance', start: clock(1, t0), leftAt: t0 + 4 * min, auto: false },
    { name: 'mid-section, with auto-advance', start: clock(1, t0), leftAt: t0 + 4 * min, auto: true },
    { name: 'after auto-advance moved on', start: startClock(t0), leftAt: t0 + 7 * min, auto: true },
    { name: 'in overrun', start: clock(0, t0), leftAt: t0 + 8 * min, auto: false },
  ])('continues the same section with the same time left after an hour away: $name', ({ start, leftAt, auto }) => {
    const before = viewAgenda(sections, start, leftAt, auto);
    const rejoinAt = leftAt + 60 * min;
    const after = viewAgenda(sections, resumeClock(pauseClock(start, leftAt), rejoinAt), rejoinAt, auto);
    expect(after).toEqual(before);
  });

  it.each([
    { name: 'pausing twice keeps the first moment', act: (c: AgendaClock) => pauseClock(pauseClock(c, t0 + min), t0 + 9 * min), expected: clock(0, t0, t0 + min) },
    { name: 'resuming a running clock changes nothing', act: (c: AgendaClock) => resumeClock(c, t0 + 9 * min), expected: clock(0, t0) },
    { name: 'resuming twice counts the break once', act: (c: AgendaClock) => resumeClock(resumeClock(pauseClock(c, t0 + min), t0 + 3 * min), t0 + 8 * min), expected: clock(0, t0 + 2 * min, null, 2 * min) },
    { name: 'two separate breaks add up', act: (c: AgendaClock) => resumeClock(pauseClock(resumeClock(pauseClock(c, t0 + min), t0 + 3 * min), t0 + 4 * min), t0 + 9 * min), expected: clock(0, t0 + 7 * min, null, 7 * min) },
    { name: 'a resume stamped before the pause (skew) adds no time', act: (c: AgendaClock) => resumeClock(pauseClock(c, t0 + 5 * min), t0 + 4 * min), expected: clock(0, t0) },
  ])('$name', ({ act, expected }) => {
    expect(act(startClock(t0))).toEqual(expected);
  });

  it('the same object comes back when pause or resume has nothing to do', () => {
    const running = startClock(t0);
    const paused = pauseClock(running, t0 + min);
    expect([resumeClock(running, t0 + 2 * min) === running, pauseClock(paused, t0 + 2 * min) === paused]).toEqual([true, true]);
  });

  it('a manual move while paused starts the new section at the pause moment', () => {
    const moved = goToSection(sections, clock(0, t0, t0 + min), 2, t0 + 30 * min, false);
    expect(moved).toEqual(clock(2, t0 + min, t0 + min));
    expect(viewAgenda(sections, resumeClock(moved, t0 + 40 * min), t0 + 40 * min, false).elapsedMs).toBe(0);
  });
});

describe('a preparation before the talk (the salary talk’s)', () => {
  const withPreparation: AgendaSection[] = [{ id: 'prepare', minutes: 10, beforeTheTalk: true }, { id: 'purpose', minutes: 3 }, { id: 'contribution', minutes: 10 }];

  it.each([
    { name: 'inside its minutes', at: t0 + 4 * min, auto: false },
    { name: 'long past its minutes', at: t0 + 25 * min, auto: false },
    { name: 'past its minutes with auto-advance', at: t0 + 25 * min, auto: true },
  ])('$name: no time-box, no overrun, stays put, and the call clock stands at zero', ({ at, auto }) => {
    const view = viewAgenda(withPreparation, startClock(t0), at, auto);
    expect({ index: view.index, beforeTheTalk: view.beforeTheTalk, remaining: view.remainingMs, overrun: view.overrunMs, call: view.totalElapsedMs }).toEqual({
      index: 0,
      beforeTheTalk: true,
      remaining: 0,
      overrun: 0,
      call: 0,
    });
  });

  it('the talk’s clock starts with the purpose, however long the preparation took', () => {
    const talk = goToSection(withPreparation, startClock(t0), 1, t0 + 12 * min, false);
    const view = viewAgenda(withPreparation, talk, t0 + 14 * min, false);
    expect({ index: view.index, elapsed: view.elapsedMs, remaining: view.remainingMs, call: view.totalElapsedMs }).toEqual({ index: 1, elapsed: 2 * min, remaining: min, call: 2 * min });
  });

  it('auto-advance in the talk runs on from the purpose as usual', () => {
    const talk = goToSection(withPreparation, startClock(t0), 1, t0 + 12 * min, true);
    expect(viewAgenda(withPreparation, talk, t0 + 16 * min, true)).toMatchObject({ index: 2, elapsedMs: min, totalElapsedMs: 4 * min });
  });

  it('looking back at the preparation during the talk stops the call clock, and going on restarts it where it was', () => {
    const talk = goToSection(withPreparation, startClock(t0), 1, t0 + 10 * min, false);
    const back = goToSection(withPreparation, talk, 0, t0 + 15 * min, false);
    expect(viewAgenda(withPreparation, back, t0 + 18 * min, false).totalElapsedMs).toBe(5 * min);
    const onward = goToSection(withPreparation, back, 2, t0 + 18 * min, false);
    expect(viewAgenda(withPreparation, onward, t0 + 19 * min, false).totalElapsedMs).toBe(6 * min);
  });

  it.each([
    { name: 'from the preparation: its time is not call time', from: withPreparation, index: 0, call: min },
    { name: 'from a talk section: the call time runs on', from: withPreparation, index: 1, call: 7 * min },
    { name: 'from a template deleted since', from: [], index: 0, call: 7 * min },
  ])('switching templates $name', ({ from, index, call }) => {
    const switched = switchAgenda(from, { ...startClock(t0), index }, t0 + 6 * min);
    expect(switched.index).toBe(0);
    expect(viewAgenda(sections, switched, t0 + 7 * min, false)).toMatchObject({ elapsedMs: min, totalElapsedMs: call });
  });

  it('time away during the preparation is counted once', () => {
    const paused = pauseClock(startClock(t0), t0 + 3 * min);
    const resumed = resumeClock(paused, t0 + 30 * min);
    const talk = goToSection(withPreparation, resumed, 1, t0 + 32 * min, false);
    expect(viewAgenda(withPreparation, talk, t0 + 33 * min, false).totalElapsedMs).toBe(min);
  });
});
