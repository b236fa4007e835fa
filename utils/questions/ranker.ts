import type { SectionRole, TipCondition } from '../content/structure';
import type { NoteSignals, Situation } from '../content/types';
import { listeningQuestionIds, openListeningQuestionIds } from './listening';
import { findSignals } from './signals';

export interface Suggestion {
  id: string;
  kind: 'question' | 'tip' | 'custom';
  situations: readonly Situation[];
  roles: readonly SectionRole[];
  condition?: TipCondition;
}

export type Reason =
  | { kind: 'section'; role: SectionRole }
  /** Written for the current section of this template. */
  | { kind: 'writtenFor' }
  | { kind: 'chip'; situation: Situation }
  | { kind: 'notes'; situation: Situation; word: string }
  | { kind: 'history'; condition: TipCondition }
  | { kind: 'pinned' }
  /** The manager has talked `share` % of the words for the last `minutes` minutes (the listening nudge). */
  | { kind: 'listening'; share: number; minutes: number }
  | { kind: 'askedBefore'; sessionsAgo: number };

export interface RankingContext {
  /** Role of the current agenda section. */
  role: SectionRole | null;
  /** Questions written for the current section, in the order it offers them (empty for most sections). */
  sectionQuestions: readonly string[];
  /** Situations the manager tapped. */
  chips: readonly Situation[];
  /** The current section's notes. */
  notes: string;
  /** What signals a situation in notes, in the session's language. */
  signals: NoteSignals;
  /** Whether the section's template is about OKRs: only there may the OKR tips (those with a condition) appear. */
  aboutOkrs: boolean;
  /** Suggestion ids asked in this session: not repeated unless pinned. */
  askedThisSession: ReadonlySet<string>;
  /** Suggestion ids asked in the last sessions with this person, with how many sessions ago (1 = last one). */
  askedBefore: ReadonlyMap<string, number>;
  pinned: ReadonlySet<string>;
  /** What this person's history says; a tip with a condition is offered only when it holds, and is not ranked higher for it. */
  history: Readonly<Record<TipCondition, boolean>>;
  /** The listening nudge, when the manager's share of the talking has stayed above the threshold: it lifts the listening questions. */
  listening?: { share: number; minutes: number } | null;
}

export interface RankedSuggestion {
  id: string;
  score: number;
  /** Why it is suggested, strongest first; negative signals last. */
  reasons: Reason[];
}

const weights = { pinned: 100, listening: 8, openListening: 20, writtenFor: 5, chip: 4, notes: 3, section: 3 } as const;
/** Asked in the last session costs most; the penalty fades over the next few sessions. */
const askedBeforePenalty = (sessionsAgo: number) => Math.max(0, 4 - sessionsAgo);

/**
 * Orders the bank for this moment of the 1:1 and says why. Pure and deterministic: equal scores
 * keep the bank's order.
 */
export function rankSuggestions(bank: readonly Suggestion[], context: RankingContext): RankedSuggestion[] {
  const fromNotes = findSignals(context.notes, context.signals);
  const chips = new Set(context.chips);
  const ranked: (RankedSuggestion & { order: number })[] = [];
  bank.forEach((suggestion, bankOrder) => {
    const own = context.sectionQuestions.indexOf(suggestion.id);
    // The section's own questions first, in its order; then the bank's.
    const order = own >= 0 ? own - bank.length : bankOrder;
    const pinned = context.pinned.has(suggestion.id);
    if (!pinned && context.askedThisSession.has(suggestion.id)) return;
    // The tips come from the OKR article: only in a talk about OKRs. A condition decides whether one
    // may appear at all, and only in its own kind of section.
    if (suggestion.kind === 'tip' && !context.aboutOkrs) return;
    if (suggestion.condition && !(context.history[suggestion.condition] && context.role && suggestion.roles.includes(context.role))) return;
    const reasons: Reason[] = [];
    let score = 0;
    if (pinned) {
      score += weights.pinned;
      reasons.push({ kind: 'pinned' });
    }
    // Handing the word back matters more now than what the section or the notes ask for.
    if (context.listening && listeningQuestionIds.has(suggestion.id)) {
      const open = openListeningQuestionIds.indexOf(suggestion.id);
      // The open ones outrank whatever else speaks for a problem-shaped one; the first of them first.
      score += weights.listening + (open >= 0 ? weights.openListening + openListeningQuestionIds.length - open : 0);
      reasons.push({ kind: 'listening', share: context.listening.share, minutes: context.listening.minutes });
    }
    if (suggestion.condition) reasons.push({ kind: 'history', condition: suggestion.condition });
    for (const situation of suggestion.situations) {
      if (chips.has(situation)) {
        score += weights.chip;
        reasons.push({ kind: 'chip', situation });
      }
    }
    for (const situation of suggestion.situations) {
      const word = fromNotes.get(situation);
      if (word !== undefined) {
        score += weights.notes;
        reasons.push({ kind: 'notes', situation, word });
      }
    }
    if (own >= 0) {
      score += weights.writtenFor;
      reasons.push({ kind: 'writtenFor' });
    } else if (context.role && suggestion.roles.includes(context.role)) {
      score += weights.section;
      reasons.push({ kind: 'section', role: context.role });
    }
    const sessionsAgo = context.askedBefore.get(suggestion.id);
    if (sessionsAgo !== undefined && !pinned) {
      score -= askedBeforePenalty(sessionsAgo);
      reasons.push({ kind: 'askedBefore', sessionsAgo });
    }
    // Nothing speaks for it at this moment: no filler in the list. Where the section has questions
    // of its own, fitting its role alone is filler too: "How do you know this is a problem?" in a salary talk.
    const filler = context.sectionQuestions.length > 0 ? ['askedBefore', 'section', 'history'] : ['askedBefore'];
    if (reasons.every((reason) => filler.includes(reason.kind))) return;
    ranked.push({ id: suggestion.id, score, reasons, order });
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ id, score, reasons }) => ({ id, score, reasons }));
}
