import { questionMeta, tipMeta, type SectionRole } from '../content/structure';
import { questionIds, tipIds, type ContentPack, type Situation, type TipText } from '../content/types';
import type { Suggestion } from './ranker';

/** A question the user wrote; it joins the bank in the language it was written in. */
export interface CustomQuestion {
  id: string;
  text: string;
  language: string;
  situations: readonly Situation[];
  roles: readonly SectionRole[];
}

export const builtInSuggestions: readonly Suggestion[] = [
  ...questionIds.map((id): Suggestion => ({ id, kind: 'question', ...questionMeta[id] })),
  ...tipIds.map((id): Suggestion => ({ id, kind: 'tip', ...tipMeta[id] })),
];

export function suggestionBank(custom: readonly CustomQuestion[], language: string): Suggestion[] {
  return [
    ...builtInSuggestions,
    ...custom
      .filter((question) => question.language === language)
      .map((question): Suggestion => ({ id: question.id, kind: 'custom', situations: question.situations, roles: question.roles })),
  ];
}

export interface SuggestionText {
  /** The line inserted into the notes. */
  text: string;
  tip?: TipText;
}

export function suggestionText(id: string, pack: ContentPack, custom: readonly CustomQuestion[]): SuggestionText | undefined {
  if (id in pack.questions) return { text: pack.questions[id as keyof ContentPack['questions']] };
  if (id in pack.tips) {
    const tip = pack.tips[id as keyof ContentPack['tips']];
    return { text: tip.prompts.join(' '), tip };
  }
  const question = custom.find((candidate) => candidate.id === id);
  return question ? { text: question.text } : undefined;
}
