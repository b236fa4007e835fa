/**
 * Coaching content from the OKR 1:1 article (shared/seed/INVENTORY.md), in our own words, one
 * pack per language. Structure (ids, time-boxes, tags) lives in structure.ts; packs hold only text,
 * and TypeScript makes every pack carry every item.
 */

/** What the manager can tap, or what notes can reveal, to steer suggestions. */
export const situations = [
  'stuck',
  'tooAmbitious',
  'impossible',
  'blamesOthers',
  'quiet',
  'frustrated',
  'noGoals',
  'unclearProblem',
  'ownership',
  'closing',
] as const;
export type Situation = (typeof situations)[number];

/** The 12 smart questions of INVENTORY §B, in order, then our own for the moments they do not serve. */
export const questionIds = [
  'think-and-return',
  'offer-help',
  'willingness',
  'control',
  'problem-evidence',
  'friend-advice',
  'alternative-view',
  'plan-b',
  'urgency',
  'wise-advice',
  'already-tried',
  'takeaway',
  'their-topics',
  'energy-check',
  'recognition',
  'tell-me-more',
  'what-do-you-think',
  'what-would-it-look-like',
  'sbi-feedback',
  'will-and-commitment',
  'upward-feedback',
  'about-this-one-on-one',
  // Written for one section of a talk (structure.ts names where): salary, feedback both ways and the newer templates.
  'salary-why-now',
  'salary-process-questions',
  'salary-contribution-criteria',
  'salary-examples',
  'salary-expectation',
  'salary-beyond-pay',
  'salary-comparison',
  'salary-decision-clear',
  'salary-if-less',
  'salary-other-levers',
  'summary-check',
  'feedback-not-right',
  'feedback-keep-doing',
  'conversation-hopes',
  'questions-first',
  'feedback-first-reaction',
  'feedback-strengths',
  'feedback-feeling',
  'self-strengths',
  'self-improve',
  'feedback-ask-whom',
  'intro-path',
  'intro-not-on-cv',
  'intro-questions-for-me',
  'style-good-day',
  'style-communication',
  'style-decisions',
  'motivation-matters',
  'motivation-future',
  'motivation-recognition',
  'together-expectations',
  'together-disagree',
  'together-tell-me',
  'stay-great-day',
  'stay-would-miss',
  'stay-recommend',
  'stay-more-less',
  'growth-support',
  'stay-elsewhere',
  'stay-frustration',
  'stay-early-signal',
  'wellbeing-first-days',
  'wellbeing-how-talk',
  'wellbeing-support',
  'wellbeing-signals',
  'changed-questions',
  'changed-worry',
  'workload-adjust',
  'workload-say-no',
  'skip-recent-win',
  'skip-team-strength',
  'skip-your-manager',
  'skip-collab',
  'skip-unclear',
  'skip-connect',
  'skip-ideas',
  'conflict-safe',
  'conflict-example',
  'conflict-need',
  'conflict-good-intent',
  'conflict-said',
  'conflict-first-step',
  'actions-helped',
  'actions-still-matter',
  'conflict-if-again',
  'remove-blocker',
  'one-thing',
  'drop-or-postpone',
  'decision-needed',
  'stay-check-back',
] as const;
export type QuestionId = (typeof questionIds)[number];

/** The 6 practical tips of INVENTORY §C, in order. */
export const tipIds = ['success-story', 'frustration-to-goals', 'personal-benefit', 'minimum-goal', 'scale-1-10', 'pre-mortem'] as const;
export type TipId = (typeof tipIds)[number];

/** The 9 micro-survey statements of INVENTORY §D: 5 personal development, 4 quality of leadership. */
export const statementIds = [
  'pd-fast-progress',
  'pd-address-behaviour',
  'pd-get-feedback',
  'pd-career-path',
  'pd-use-strengths',
  'lq-satisfied',
  'lq-zooms-out',
  'lq-constructive-questions',
  'lq-sets-example',
] as const;
export type StatementId = (typeof statementIds)[number];

/**
 * An extra set beside the article's, on psychological safety: offered in the check-in as a set to
 * ask, never put into the rotation of statements suggested each time.
 */
export const safetyStatementIds = [
  'ps-raise-problems',
  'ps-own-mistakes',
  'ps-ask-for-help',
  'ps-disagree',
  'ps-try-new',
  'ps-ideas-heard',
  'ps-team-backs-me',
] as const;
export type SafetyStatementId = (typeof safetyStatementIds)[number];

/** The article's tags on its statements (INVENTORY §D), then ours for the safety set. */
export const statementTagIds = ['growth', 'jobSatisfaction', 'feedback', 'leadership', 'psychologicalSafety'] as const;
export type StatementTag = (typeof statementTagIds)[number];

export const templateIds = [
  'okr-goal-setting',
  'weekly',
  'quarterly-review',
  'onboarding',
  'salary',
  'under-performance',
  'career',
  'speak-up',
  'first-one-on-one',
  'stay-interview',
  'feedback-360',
  'wellbeing-return',
  'skip-level',
  'colleague-conflict',
] as const;
export type TemplateId = (typeof templateIds)[number];

export interface TemplateText {
  name: string;
  /** One sentence: when to use this template. */
  description: string;
  /** Keyed by the section ids of structure.ts. */
  sections: Record<string, { title: string; prompts: string[] }>;
}

export interface TipText {
  title: string;
  /** What the manager asks, 1–2 questions. */
  prompts: string[];
  /** Why it works, one or two sentences. */
  why: string;
  /** When to use it, one sentence. */
  when: string;
}

export interface ContentPack {
  situations: Record<Situation, string>;
  questions: Record<QuestionId, string>;
  tips: Record<TipId, TipText>;
  statements: Record<StatementId, string>;
  /** Category headings for the statements. */
  statementGroups: { personalDevelopment: string; leadership: string; psychologicalSafety: string };
  /** The psychological-safety set: its name in the check-in's set picker, and its statements. */
  safetySet: { name: string; statements: Record<SafetyStatementId, string> };
  /** The statement tags as shown, "#" included. */
  statementTags: Record<StatementTag, string>;
  /** The follow-up asked after every rating (INVENTORY §D). */
  ratingWhy: string;
  templates: Record<TemplateId, TemplateText>;
  /** What in the current notes signals a situation, in this language (utils/questions/signals.ts reads it). */
  signals: NoteSignals;
}

/**
 * Words and phrases that, in a note, signal a situation. A pattern is one or more words; in a
 * word, `*` at the end stands for any ending (stems and inflections: "frustr*" for "frustrated",
 * "frustrerend"), `*` at the start for any beginning (German compounds: "*stillstand" in
 * "Projektstillstand"), a lone `*` for any one word ("lass* * ausreden"), and `~` for up to four words between the others,
 * as split verbs need ("zit* ~ vast": "zit al weken vast").
 */
export interface SignalPatterns {
  match: readonly string[];
  /** Phrases that cancel a match they overlap: idioms that only look like the signal ("kan niet wachten"). */
  unless?: readonly string[];
}

export interface NoteSignals {
  /** Words that turn a match around when they come shortly before it in the same clause ("not stuck"). */
  negations: readonly string[];
  situations: Readonly<Record<Situation, SignalPatterns>>;
}

