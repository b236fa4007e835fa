import type { QuestionId, SafetyStatementId, Situation, StatementId, StatementTag, TemplateId, TipId } from './types';

/** What a section is for, so suggestions can fit any template, built-in or the user's own. */
export type SectionRole = 'opening' | 'explore' | 'goals' | 'measures' | 'obstacles' | 'support' | 'closing';

export interface SectionStructure {
  id: string;
  minutes: number;
  role: SectionRole;
  /** How many prompts the content packs give this section. */
  prompts: number;
  /** The manager's own preparation, before the other person joins: no questions are suggested there, and the call clock does not run. */
  beforeTheTalk?: true;
  /** Questions written for this section, in the order they are offered; generic ones for its role then come only when notes or chips call for them. */
  questions?: readonly QuestionId[];
}

export interface TemplateStructure {
  id: TemplateId;
  /** A talk about OKRs: only here do the OKR tips (those with a TipCondition) appear. */
  aboutOkrs?: true;
  sections: readonly SectionStructure[];
}

const section = (id: string, minutes: number, role: SectionRole, prompts: number, questions?: readonly QuestionId[]): SectionStructure => ({
  id,
  minutes,
  role,
  prompts,
  ...(questions && { questions }),
});

/**
 * Time-boxes as a seasoned manager would run each talk. Section ids are permanent: notes are stored
 * by session and section id, so a section may be re-titled, re-timed or moved, never renamed.
 */
export const templateStructures: readonly TemplateStructure[] = [
  {
    id: 'okr-goal-setting',
    aboutOkrs: true,
    sections: [
      section('start', 5, 'opening', 2),
      section('brainstorm', 15, 'goals', 3),
      section('key-results', 12, 'measures', 2),
      section('support', 8, 'support', 3),
      section('wrap-up', 5, 'closing', 2),
    ],
  },
  {
    id: 'weekly',
    sections: [
      // Their topics come first: the 1:1 is the report's meeting more than the manager's.
      section('check-in', 5, 'opening', 2),
      section('last-actions', 3, 'explore', 2, ['actions-helped', 'actions-still-matter', 'offer-help']),
      // Asked before any problem is named: generic follow-ups to a problem come only when notes or chips call for them.
      section('wins-blockers', 6, 'obstacles', 3, ['remove-blocker', 'decision-needed', 'tell-me-more']),
      section('priorities', 5, 'goals', 2, ['one-thing', 'drop-or-postpone', 'decision-needed']),
      section('growth', 5, 'support', 3, ['sbi-feedback', 'upward-feedback', 'feedback-not-right', 'feedback-keep-doing']),
      section('next-steps', 4, 'closing', 2),
    ],
  },
  {
    id: 'quarterly-review',
    aboutOkrs: true,
    sections: [
      section('look-back', 8, 'opening', 3),
      section('okr-scores', 15, 'measures', 3),
      section('lessons', 8, 'obstacles', 2),
      section('next-quarter', 10, 'goals', 2),
      section('wrap-up', 4, 'closing', 2),
    ],
  },
  {
    id: 'onboarding',
    sections: [
      section('first-impressions', 5, 'opening', 2),
      section('role-expectations', 8, 'goals', 3),
      section('people-tools', 7, 'support', 3),
      section('first-goals', 6, 'measures', 2),
      section('wrap-up', 4, 'closing', 2),
    ],
  },
  {
    id: 'salary',
    sections: [
      // The manager's own homework, read before the other person joins.
      { ...section('prepare', 10, 'opening', 4), beforeTheTalk: true },
      section('purpose', 3, 'opening', 2, ['salary-why-now', 'salary-process-questions', 'questions-first']),
      section('contribution', 10, 'explore', 3, ['salary-contribution-criteria', 'salary-examples', 'tell-me-more']),
      section('market-criteria', 7, 'measures', 3, ['salary-expectation', 'salary-beyond-pay', 'salary-comparison']),
      section('decision-path', 6, 'support', 2, ['salary-decision-clear', 'salary-if-less', 'salary-other-levers']),
      section('wrap-up', 4, 'closing', 2, ['summary-check', 'takeaway', 'about-this-one-on-one']),
    ],
  },
  {
    id: 'under-performance',
    sections: [
      section('open', 2, 'opening', 2),
      section('facts', 7, 'explore', 4),
      section('their-view', 10, 'obstacles', 4),
      section('expectations', 8, 'measures', 2),
      section('support-follow-up', 4, 'support', 2),
      section('written-summary', 4, 'closing', 2),
    ],
  },
  {
    id: 'career',
    sections: [
      section('ambitions', 8, 'opening', 2),
      section('strengths', 7, 'explore', 2),
      section('paths', 12, 'goals', 3),
      section('development-plan', 9, 'support', 2),
      section('wrap-up', 4, 'closing', 2),
    ],
  },
  {
    id: 'speak-up',
    sections: [
      section('safe-start', 3, 'opening', 3),
      section('their-topics', 10, 'explore', 3),
      section('ideas', 7, 'goals', 2),
      section('what-holds-back', 6, 'obstacles', 2),
      section('wrap-up', 4, 'closing', 2),
    ],
  },
  {
    id: 'first-one-on-one',
    sections: [
      section('introductions', 5, 'opening', 2, ['intro-path', 'intro-not-on-cv', 'intro-questions-for-me']),
      section('working-style', 10, 'explore', 3, ['style-good-day', 'style-communication', 'style-decisions']),
      section('motivation', 10, 'goals', 3, ['motivation-matters', 'motivation-future', 'motivation-recognition']),
      section('working-together', 10, 'support', 3, ['together-expectations', 'together-disagree', 'together-tell-me']),
      section('wrap-up', 5, 'closing', 2, ['about-this-one-on-one', 'takeaway', 'summary-check']),
    ],
  },
  {
    id: 'stay-interview',
    sections: [
      section('why-stay', 5, 'opening', 2, ['stay-great-day', 'stay-would-miss', 'stay-recommend']),
      section('energy', 7, 'explore', 2, ['stay-more-less', 'energy-check', 'tell-me-more']),
      section('growth', 7, 'goals', 2, ['motivation-future', 'growth-support', 'what-would-it-look-like']),
      section('leaving-risks', 7, 'obstacles', 3, ['stay-elsewhere', 'stay-frustration', 'stay-early-signal']),
      // What keeps them here is only worth asking about if something is done with it, and seen to be done.
      section('wrap-up', 4, 'closing', 2, ['summary-check', 'stay-check-back', 'about-this-one-on-one']),
    ],
  },
  {
    id: 'feedback-360',
    sections: [
      section('purpose', 3, 'opening', 2, ['conversation-hopes', 'feedback-first-reaction', 'questions-first']),
      section('self-view', 6, 'explore', 2, ['self-strengths', 'self-improve', 'tell-me-more']),
      section('themes', 10, 'explore', 3, ['feedback-feeling', 'feedback-strengths', 'tell-me-more']),
      section('focus', 8, 'goals', 2, ['what-would-it-look-like', 'feedback-ask-whom', 'will-and-commitment']),
      section('feedback-for-me', 4, 'support', 2, ['feedback-keep-doing', 'feedback-not-right', 'together-tell-me']),
      section('wrap-up', 4, 'closing', 2, ['summary-check', 'takeaway', 'about-this-one-on-one']),
    ],
  },
  {
    id: 'wellbeing-return',
    sections: [
      section('welcome', 5, 'opening', 2, ['wellbeing-first-days', 'wellbeing-how-talk', 'energy-check']),
      section('wellbeing', 8, 'explore', 3, ['wellbeing-support', 'wellbeing-signals', 'tell-me-more']),
      section('what-changed', 5, 'explore', 2, ['changed-questions', 'changed-worry', 'tell-me-more']),
      section('workload', 7, 'goals', 3, ['workload-adjust', 'workload-say-no', 'what-would-it-look-like']),
      section('wrap-up', 5, 'closing', 3, ['summary-check', 'about-this-one-on-one', 'takeaway']),
    ],
  },
  {
    id: 'skip-level',
    sections: [
      section('purpose', 3, 'opening', 2, ['conversation-hopes', 'questions-first', 'their-topics']),
      section('their-work', 8, 'explore', 2, ['skip-recent-win', 'stay-more-less', 'tell-me-more']),
      section('team', 7, 'obstacles', 2, ['skip-team-strength', 'skip-your-manager', 'skip-collab']),
      section('direction', 7, 'goals', 2, ['skip-unclear', 'skip-connect', 'skip-ideas']),
      section('wrap-up', 5, 'closing', 2, ['summary-check', 'takeaway', 'about-this-one-on-one']),
    ],
  },
  {
    id: 'colleague-conflict',
    sections: [
      section('purpose', 3, 'opening', 2, ['conversation-hopes', 'conflict-safe', 'questions-first']),
      section('their-side', 10, 'explore', 3, ['tell-me-more', 'conflict-example', 'already-tried', 'conflict-need']),
      section('other-side', 8, 'obstacles', 3, ['conflict-good-intent', 'alternative-view', 'conflict-said']),
      section('way-forward', 10, 'goals', 3, ['what-would-it-look-like', 'conflict-first-step', 'conflict-if-again']),
      section('wrap-up', 4, 'closing', 2, ['summary-check', 'will-and-commitment', 'about-this-one-on-one']),
    ],
  },
];

export interface SuggestionMeta {
  situations: readonly Situation[];
  roles: readonly SectionRole[];
}

const ownSection: SuggestionMeta = { situations: [], roles: [] };

/** Which moments each smart question serves (INVENTORY §B: new perspectives when goals look impossible or ideas go too far). */
export const questionMeta: Record<QuestionId, SuggestionMeta> = {
  // A reply to a request or a tough idea, not an opener: only when the notes or a chip call for it.
  'think-and-return': { situations: ['tooAmbitious', 'frustrated'], roles: [] },
  'offer-help': { situations: ['stuck', 'frustrated', 'quiet'], roles: ['support', 'obstacles'] },
  willingness: { situations: ['blamesOthers', 'ownership', 'stuck'], roles: ['obstacles', 'goals'] },
  control: { situations: ['blamesOthers', 'impossible', 'ownership'], roles: ['obstacles', 'explore'] },
  'problem-evidence': { situations: ['unclearProblem', 'frustrated', 'blamesOthers'], roles: ['explore', 'obstacles'] },
  'friend-advice': { situations: ['stuck', 'quiet', 'frustrated'], roles: ['explore', 'obstacles'] },
  'alternative-view': { situations: ['impossible', 'stuck', 'tooAmbitious'], roles: ['explore', 'goals', 'obstacles'] },
  'plan-b': { situations: ['tooAmbitious', 'impossible'], roles: ['goals', 'measures', 'obstacles'] },
  // A push on a problem just raised, not a way to close a talk.
  urgency: { situations: ['stuck', 'ownership'], roles: ['goals', 'obstacles'] },
  'wise-advice': { situations: ['stuck', 'impossible', 'quiet'], roles: ['explore', 'obstacles'] },
  'already-tried': { situations: ['stuck', 'blamesOthers', 'unclearProblem'], roles: ['explore', 'obstacles'] },
  takeaway: { situations: ['closing'], roles: ['closing'] },
  // Our own: their agenda first, then follow-ups, feedback both ways and a commitment to close.
  'their-topics': { situations: ['quiet'], roles: ['opening'] },
  'energy-check': { situations: ['frustrated', 'tooAmbitious'], roles: ['opening', 'support'] },
  recognition: { situations: ['frustrated', 'quiet'], roles: ['opening', 'explore'] },
  'tell-me-more': { situations: ['quiet', 'unclearProblem', 'stuck'], roles: ['explore', 'obstacles'] },
  // Handing the question back: offered when the manager has been talking too much (utils/questions/listening.ts).
  'what-do-you-think': { situations: [], roles: [] },
  'what-would-it-look-like': { situations: ['noGoals', 'unclearProblem'], roles: ['goals', 'measures'] },
  'sbi-feedback': { situations: ['blamesOthers', 'ownership'], roles: ['explore', 'obstacles'] },
  'will-and-commitment': { situations: ['closing', 'ownership'], roles: ['closing', 'support'] },
  'upward-feedback': { situations: ['closing'], roles: ['closing'] },
  'about-this-one-on-one': { situations: ['closing'], roles: ['closing'] },
  // Written for their sections (templateStructures names them): offered there, and nowhere else.
  'salary-why-now': ownSection,
  'salary-process-questions': ownSection,
  'salary-contribution-criteria': ownSection,
  'salary-examples': ownSection,
  'salary-expectation': ownSection,
  'salary-beyond-pay': ownSection,
  'salary-comparison': ownSection,
  'salary-decision-clear': ownSection,
  'salary-if-less': ownSection,
  'salary-other-levers': ownSection,
  'summary-check': ownSection,
  'feedback-not-right': ownSection,
  'feedback-keep-doing': ownSection,
  'conversation-hopes': ownSection,
  'questions-first': ownSection,
  'feedback-first-reaction': ownSection,
  'feedback-strengths': ownSection,
  'feedback-feeling': ownSection,
  'self-strengths': ownSection,
  'self-improve': ownSection,
  'feedback-ask-whom': ownSection,
  'intro-path': ownSection,
  'intro-not-on-cv': ownSection,
  'intro-questions-for-me': ownSection,
  'style-good-day': ownSection,
  'style-communication': ownSection,
  'style-decisions': ownSection,
  'motivation-matters': ownSection,
  'motivation-future': ownSection,
  'motivation-recognition': ownSection,
  'together-expectations': ownSection,
  'together-disagree': ownSection,
  'together-tell-me': ownSection,
  'stay-great-day': ownSection,
  'stay-would-miss': ownSection,
  'stay-recommend': ownSection,
  'stay-more-less': ownSection,
  'growth-support': ownSection,
  'stay-elsewhere': ownSection,
  'stay-frustration': ownSection,
  'stay-early-signal': ownSection,
  'wellbeing-first-days': ownSection,
  'wellbeing-how-talk': ownSection,
  'wellbeing-support': ownSection,
  'wellbeing-signals': ownSection,
  'changed-questions': ownSection,
  'changed-worry': ownSection,
  'workload-adjust': ownSection,
  'workload-say-no': ownSection,
  'skip-recent-win': ownSection,
  'skip-team-strength': ownSection,
  'skip-your-manager': ownSection,
  'skip-collab': ownSection,
  'skip-unclear': ownSection,
  'skip-connect': ownSection,
  'skip-ideas': ownSection,
  'conflict-safe': ownSection,
  'conflict-example': ownSection,
  'conflict-need': ownSection,
  'conflict-good-intent': ownSection,
  'conflict-said': ownSection,
  'conflict-first-step': ownSection,
  'actions-helped': ownSection,
  'actions-still-matter': ownSection,
  'conflict-if-again': ownSection,
  'remove-blocker': ownSection,
  'one-thing': ownSection,
  'drop-or-postpone': ownSection,
  'decision-needed': ownSection,
  'stay-check-back': ownSection,
};

export type TipCondition =
  /** Only when this person's past goals were missed (tip 4). */
  | 'missedGoals'
  /** For objectives without measurable key results (tip 5). */
  | 'unmeasuredObjectives'
  /** After goals are set (tip 6). */
  | 'goalsSet';

export const tipMeta: Record<TipId, SuggestionMeta & { condition?: TipCondition }> = {
  'success-story': { situations: ['noGoals', 'quiet'], roles: ['goals'] },
  'frustration-to-goals': { situations: ['noGoals', 'frustrated'], roles: ['goals', 'explore'] },
  'personal-benefit': { situations: ['noGoals', 'stuck'], roles: ['goals', 'support'] },
  'minimum-goal': { situations: ['tooAmbitious'], roles: ['measures', 'goals'], condition: 'missedGoals' },
  'scale-1-10': { situations: ['unclearProblem'], roles: ['measures', 'explore'], condition: 'unmeasuredObjectives' },
  'pre-mortem': { situations: ['tooAmbitious', 'impossible'], roles: ['support', 'obstacles', 'closing'], condition: 'goalsSet' },
};

/** Tags from the article, kept for the dashboard's grouping. */
export const statementGroup: Record<StatementId, 'personalDevelopment' | 'leadership'> = {
  'pd-fast-progress': 'personalDevelopment',
  'pd-address-behaviour': 'personalDevelopment',
  'pd-get-feedback': 'personalDevelopment',
  'pd-career-path': 'personalDevelopment',
  'pd-use-strengths': 'personalDevelopment',
  'lq-satisfied': 'leadership',
  'lq-zooms-out': 'leadership',
  'lq-constructive-questions': 'leadership',
  'lq-sets-example': 'leadership',
};

/** The article's tags, on the statements it gave them to. */
export const statementTags: Record<StatementId, readonly StatementTag[]> = {
  'pd-fast-progress': [],
  'pd-address-behaviour': [],
  'pd-get-feedback': [],
  'pd-career-path': ['growth'],
  'pd-use-strengths': [],
  'lq-satisfied': ['jobSatisfaction'],
  'lq-zooms-out': [],
  'lq-constructive-questions': ['feedback', 'leadership'],
  'lq-sets-example': ['leadership'],
};

/** The safety set's tags: every statement is about safety; the first is about the manager too. */
export const safetyStatementTags: Record<SafetyStatementId, readonly StatementTag[]> = {
  'ps-raise-problems': ['psychologicalSafety', 'leadership'],
  'ps-own-mistakes': ['psychologicalSafety'],
  'ps-ask-for-help': ['psychologicalSafety'],
  'ps-disagree': ['psychologicalSafety'],
  'ps-try-new': ['psychologicalSafety'],
  'ps-ideas-heard': ['psychologicalSafety'],
  'ps-team-backs-me': ['psychologicalSafety'],
};
