import type { QuestionId } from '../content/types';

/**
 * Questions that hand the conversation back, lifted when the manager has talked too much for a
 * while (the listening nudge): open questions with no answer in them, the article's smart questions
 * among them.
 */
export const listeningQuestionIds: ReadonlySet<string> = new Set<QuestionId>([
  'tell-me-more',
  'what-do-you-think',
  'what-would-it-look-like',
  'alternative-view',
  'friend-advice',
  'wise-advice',
  'already-tried',
]);

/**
 * The listening questions that assume no problem: with the nudge they come first, in this order,
 * before the ones about a challenge ("If a friend came to you with this challenge…").
 */
export const openListeningQuestionIds: readonly string[] = ['tell-me-more', 'what-do-you-think'] satisfies QuestionId[];
