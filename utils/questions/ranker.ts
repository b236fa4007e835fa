import type { SectionRole, TipCondition } from '../content/structure';
import type { Situation } from '../content/types';

export interface Suggestion {
  id: string;
  kind: 'question' | 'tip' | 'custom';
  situations: readonly Situation[];
  roles: readonly SectionRole[];
  condition?: TipCondition;
}

export type Reason =
  | { kind: 'section'; role: SectionRole }
  | { kind: 'chip'; situation: Situation }
  | { kind: 'notes'; situation: Situation; word: string }
  | { kind: 'history'; condition: TipCondition }
  | { kind: 'pinned' }
  | { kind: 'askedBefore'; sessionsAgo: number };

export interface RankingContext {
  /** Role of the current agenda section. */
  role: SectionRole | null;
  /** Situations the manager tapped. */
  chips: readonly Situation[];
  /** The current section's notes. */
  notes: string;
  /** Signal words per situation, in the session's language. */
  keywords: Readonly<Record<Situation, readonly string[]>>;
  /** Suggestion ids asked in this session: not repeated unless pinned. */
  askedThisSession: ReadonlySet<string>;
  /** Suggestion ids asked in the last sessions with this person, with how many sessions ago (1 = last one). */
  askedBefore: ReadonlyMap<string, number>;
  pinned: ReadonlySet<string>;
  /** What this person's history says; a tip with a condition is offered only when it holds. */
  history: Readonly<Record<TipCondition, boolean>>;
}

export interface RankedSuggestion {
  id: string;
  score: number;
  /** Why it is suggested, strongest first; negative signals last. */
  reasons: Reason[];
}

const weights = { pinned: 100, chip: 4, notes: 3, history: 5, section: 3 } as const;
/** Asked in the last session costs most; the penalty fades over the next few sessions. */
const askedBeforePenalty = (sessionsAgo: number) => Math.max(0, 4 - sessionsAgo);

/** Lower-case, accents kept (German ö, Dutch ë matter), every run of non-letters a single space. */
export function normalizeText(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
}

/** Which situations the notes signal, with the first word that did, in keyword order. */
export function situationsInNotes(notes: string, keywords: RankingContext['keywords']): Map<Situation, string> {
  const found = new Map<Situation, string>();
  const text = normalizeText(notes);
  if (text.trim() === '') return found;
  for (const [situation, words] of Object.entries(keywords) as [Situation, readonly string[]][]) {
    const word = words.find((candidate) => text.includes(normalizeText(candidate)));
    if (word) found.set(situation, word);
  }
  return found;
}

/**
 * Orders the bank for this moment of the 1:1 and says why. Pure and deterministic: equal scores
 * keep the bank's order.
 */
export function rankSuggestions(bank: readonly Suggestion[], context: RankingContext): RankedSuggestion[] {
  const fromNotes = situationsInNotes(context.notes, context.keywords);
  const chips = new Set(context.chips);
  const ranked: (RankedSuggestion & { order: number })[] = [];
  bank.forEach((suggestion, order) => {
    const pinned = context.pinned.has(suggestion.id);
    if (!pinned && context.askedThisSession.has(suggestion.id)) return;
    if (suggestion.condition && !context.history[suggestion.condition]) return;
    const reasons: Reason[] = [];
    let score = 0;
    if (pinned) {
      score += weights.pinned;
      reasons.push({ kind: 'pinned' });
    }
    if (suggestion.condition) {
      score += weights.history;
      reasons.push({ kind: 'history', condition: suggestion.condition });
    }
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
    if (context.role && suggestion.roles.includes(context.role)) {
      score += weights.section;
      reasons.push({ kind: 'section', role: context.role });
    }
    const sessionsAgo = context.askedBefore.get(suggestion.id);
    if (sessionsAgo !== undefined && !pinned) {
      score -= askedBeforePenalty(sessionsAgo);
      reasons.push({ kind: 'askedBefore', sessionsAgo });
    }
    ranked.push({ id: suggestion.id, score, reasons, order });
  });
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  return ranked.map(({ id, score, reasons }) => ({ id, score, reasons }));
}
