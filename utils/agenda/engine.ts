import type { AgendaClock, AgendaSection, AgendaView } from './types';

const minuteMs = 60_000;

export function startClock(now: number): AgendaClock {
  return { index: 0, sectionStartedAt: now, pausedAt: null, callStartedAt: now, pausedMs: 0 };
}

/** Negative or non-finite minutes (a corrupt template) count as an immediately finished section. */
function durationMs(section: AgendaSection): number {
  return Number.isFinite(section.minutes) && section.minutes > 0 ? section.minutes * minuteMs : 0;
}

function requireSections(sections: readonly AgendaSection[]): void {
  if (sections.length === 0) throw new Error('An agenda needs at least one section');
}

/** While paused, time stands still at the moment the call was left. */
function effectiveNow(clock: AgendaClock, now: number): number {
  return clock.pausedAt ?? now;
}

function clampIndex(sections: readonly AgendaSection[], index: number): number {
  return Math.min(Math.max(Math.trunc(index), 0), sections.length - 1);
}

/**
 * Where the agenda stands at `now`. Without auto-advance the section stays until the user moves
 * on and shows its overrun; with it, finished sections pass by themselves (carrying the excess
 * into the next), and only the last one can overrun. A section before the talk (the manager's
 * preparation) has no time-box and is not on the call clock: it neither overruns nor passes by
 * itself, as the talk starts when the other person joins.
 */
export function viewAgenda(sections: readonly AgendaSection[], clock: AgendaClock, now: number, autoAdvance: boolean): AgendaView {
  requireSections(sections);
  // A stored index can outlive a template edit that removed sections.
  let index = clampIndex(sections, clock.index);
  const at = effectiveNow(clock, now);
  // A clock from a device running ahead must not show negative time.
  let elapsedMs = Math.max(0, at - clock.sectionStartedAt);
  if (autoAdvance) {
    while (index < sections.length - 1 && !sections[index]!.beforeTheTalk && elapsedMs >= durationMs(sections[index]!)) {
      elapsedMs -= durationMs(sections[index]!);
      index += 1;
    }
  }
  const beforeTheTalk = sections[index]!.beforeTheTalk === true;
  const budget = beforeTheTalk ? elapsedMs : durationMs(sections[index]!);
  return {
    index,
    sectionId: sections[index]!.id,
    elapsedMs,
    remainingMs: Math.max(0, budget - elapsedMs),
    overrunMs: Math.max(0, elapsedMs - budget),
    isFirst: index === 0,
    isLast: index === sections.length - 1,
    beforeTheTalk,
    totalElapsedMs: Math.max(0, at - clock.callStartedAt - clock.pausedMs - (beforeTheTalk ? elapsedMs : 0)),
  };
}

/**
 * Moves to `target` (clamped); that section's clock starts now, or at the pause moment while
 * paused so the resume shift gives it a clean start. Auto-advance is materialised first, so a
 * move is relative to the section the user sees.
 */
export function goToSection(
  sections: readonly AgendaSection[],
  clock: AgendaClock,
  target: number,
  now: number,
  autoAdvance: boolean,
): AgendaClock {
  requireSections(sections);
  // NaN would otherwise survive clamping and be persisted as the section index.
  if (Number.isNaN(target)) throw new Error('Section target must be a number');
  const current = viewAgenda(sections, clock, now, autoAdvance);
  const index = clampIndex(sections, target);
  // Staying on the current section keeps its time running.
  const sectionStartedAt = effectiveNow(clock, now) - (index === current.index ? current.elapsedMs : 0);
  if (index === clock.index && sectionStartedAt === clock.sectionStartedAt) return clock;
  // Time spent preparing is not call time: leaving the preparation books it with the time away.
  const pausedMs = current.beforeTheTalk && index !== current.index ? clock.pausedMs + current.elapsedMs : clock.pausedMs;
  return { ...clock, index, sectionStartedAt, pausedMs };
}

/**
 * Another template: it starts at its first section now (at the pause moment while paused). Time
 * spent in the old template's preparation (`previous`: its sections, none when it is gone) is
 * booked as not call time, as leaving it would.
 */
export function switchAgenda(previous: readonly AgendaSection[], clock: AgendaClock, now: number): AgendaClock {
  // A preparation never passes by itself, so where the user stands is the stored index.
  const current = previous.length > 0 ? viewAgenda(previous, clock, now, false) : null;
  const pausedMs = current?.beforeTheTalk ? clock.pausedMs + current.elapsedMs : clock.pausedMs;
  return { ...clock, index: 0, sectionStartedAt: effectiveNow(clock, now), pausedMs };
}

/** The call was left: freeze time. Pausing twice keeps the first moment. */
export function pauseClock(clock: AgendaClock, now: number): AgendaClock {
  return clock.pausedAt === null ? { ...clock, pausedAt: now } : clock;
}

/** The call was rejoined: the time away counts neither against the section nor the call. */
export function resumeClock(clock: AgendaClock, now: number): AgendaClock {
  if (clock.pausedAt === null) return clock;
  // A resume stamped before the pause (clock skew) adds no time rather than taking some back.
  const away = Math.max(0, now - clock.pausedAt);
  return { ...clock, sectionStartedAt: clock.sectionStartedAt + away, pausedAt: null, pausedMs: clock.pausedMs + away };
}
