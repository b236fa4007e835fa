import type { QuestionId, Situation, StatementId, TemplateId, TipId } from './types';

/** What a section is for, so suggestions can fit any template, built-in or the user's own. */
export type SectionRole = 'opening' | 'explore' | 'goals' | 'measures' | 'obstacles' | 'support' | 'closing';

export interface SectionStructure {
  id: string;
  minutes: number;
  role: SectionRole;
  /** How many prompts the content packs give this section. */
  prompts: number;
}

export interface TemplateStructure {
  id: TemplateId;
  /** A talk about OKRs: only here do the OKR tips (those with a TipCondition) appear. */
  aboutOkrs?: true;
  sections: readonly SectionStructure[];
}

const section = (id: string, minutes: number, role: SectionRole, prompts: number): SectionStructure => ({ id, minutes, role, prompts });

export const templateStructures: readonly TemplateStructure[] = [
  {
    id: 'okr-goal-setting',
    aboutOkrs: true,
    sections: [
      section('start', 5, 'opening', 2),
      section('brainstorm', 10, 'goals', 3),
      section('key-results', 10, 'measures', 2),
      section('support', 10, 'support', 3),
      section('wrap-up', 5, 'closing', 2),
    ],
  },
  {
    id: 'weekly',
    sections: [
      section('check-in', 5, 'opening', 2),
      section('wins-blockers', 10, 'obstacles', 3),
      section('priorities', 10, 'goals', 2),
      section('growth', 5, 'support', 2),
      section('next-steps', 5, 'closing', 2),
    ],
  },
  {
    id: 'quarterly-review',
    aboutOkrs: true,
    sections: [
      section('look-back', 10, 'explore', 3),
      section('okr-scores', 15, 'measures', 3),
      section('lessons', 10, 'obstacles', 2),
      section('next-quarter', 10, 'goals', 2),
      section('wrap-up', 5, 'closing', 2),
    ],
  },
  {
    id: 'onboarding',
    sections: [
      section('first-impressions', 5, 'opening', 2),
      section('role-expectations', 10, 'goals', 3),
      section('people-tools', 10, 'support', 3),
      section('first-goals', 10, 'measures', 2),
      section('wrap-up', 5, 'closing', 2),
    ],
  },
  {
    id: 'salary',
    sections: [
      section('purpose', 5, 'opening', 2),
      section('contribution', 10, 'explore', 3),
      section('market-criteria', 10, 'measures', 2),
      section('decision-path', 10, 'support', 2),
      section('wrap-up', 5, 'closing', 2),
    ],
  },
  {
    id: 'under-performance',
    sections: [
      section('open', 5, 'opening', 2),
      section('facts', 10, 'explore', 3),
      section('their-view', 10, 'obstacles', 3),
      section('expectations', 10, 'measures', 2),
      section('support-follow-up', 5, 'closing', 2),
    ],
  },
  {
    id: 'career',
    sections: [
      section('ambitions', 10, 'opening', 2),
      section('strengths', 10, 'explore', 2),
      section('paths', 10, 'goals', 3),
      section('development-plan', 10, 'support', 2),
      section('wrap-up', 5, 'closing', 2),
    ],
  },
  {
    id: 'speak-up',
    sections: [
      section('safe-start', 5, 'opening', 2),
      section('their-topics', 10, 'explore', 3),
      section('ideas', 10, 'goals', 2),
      section('what-holds-back', 10, 'obstacles', 2),
      section('wrap-up', 5, 'closing', 2),
    ],
  },
];

export interface SuggestionMeta {
  situations: readonly Situation[];
  roles: readonly SectionRole[];
}

/** Which moments each smart question serves (INVENTORY §B: new perspectives when goals look impossible or ideas go too far). */
export const questionMeta: Record<QuestionId, SuggestionMeta> = {
  'think-and-return': { situations: ['tooAmbitious', 'frustrated'], roles: ['explore', 'goals', 'closing'] },
  'offer-help': { situations: ['stuck', 'frustrated', 'quiet'], roles: ['support', 'obstacles'] },
  willingness: { situations: ['blamesOthers', 'ownership', 'stuck'], roles: ['obstacles', 'goals'] },
  control: { situations: ['blamesOthers', 'impossible', 'ownership'], roles: ['obstacles', 'explore'] },
  'problem-evidence': { situations: ['unclearProblem', 'frustrated', 'blamesOthers'], roles: ['explore', 'obstacles'] },
  'friend-advice': { situations: ['stuck', 'quiet', 'frustrated'], roles: ['explore', 'obstacles'] },
  'alternative-view': { situations: ['impossible', 'stuck', 'tooAmbitious'], roles: ['explore', 'goals', 'obstacles'] },
  'plan-b': { situations: ['tooAmbitious', 'impossible'], roles: ['goals', 'measures', 'obstacles'] },
  urgency: { situations: ['stuck', 'ownership'], roles: ['goals', 'obstacles', 'closing'] },
  'wise-advice': { situations: ['stuck', 'impossible', 'quiet'], roles: ['explore', 'obstacles'] },
  'already-tried': { situations: ['stuck', 'blamesOthers', 'unclearProblem'], roles: ['explore', 'obstacles'] },
  takeaway: { situations: ['closing'], roles: ['closing'] },
  // Our own: their agenda first, then follow-ups, feedback both ways and a commitment to close.
  'their-topics': { situations: ['quiet'], roles: ['opening'] },
  'energy-check': { situations: ['frustrated', 'tooAmbitious'], roles: ['opening', 'support'] },
  recognition: { situations: ['frustrated', 'quiet'], roles: ['opening', 'explore'] },
  'tell-me-more': { situations: ['quiet', 'unclearProblem', 'stuck'], roles: ['explore', 'obstacles'] },
  'what-would-it-look-like': { situations: ['noGoals', 'unclearProblem'], roles: ['goals', 'measures'] },
  'sbi-feedback': { situations: ['blamesOthers', 'ownership'], roles: ['explore', 'obstacles'] },
  'will-and-commitment': { situations: ['closing', 'ownership'], roles: ['closing', 'support'] },
  'upward-feedback': { situations: ['closing'], roles: ['closing'] },
  'about-this-one-on-one': { situations: ['closing'], roles: ['closing'] },
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
