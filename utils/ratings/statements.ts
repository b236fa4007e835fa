import { statementGroup, statementTags } from '../content/structure';
import { statementIds, type ContentPack } from '../content/types';

export interface StatementOption {
  id: string;
  text: string;
  group: 'personalDevelopment' | 'leadership' | 'own';
  /** The article's tags ("#Growth"), in the pack's language; the user's own have none. */
  tags: string[];
}

export const agreementScale = { min: 1, max: 7 } as const;
export const progressScale = { min: 1, max: 10 } as const;

/** The article's 9 statements in the session's language, then the user's own in that language. */
export function statementOptions(pack: ContentPack, own: readonly { id: string; text: string; language: string }[], language: string): StatementOption[] {
  return [
    ...statementIds.map((id) => ({ id, text: pack.statements[id], group: statementGroup[id], tags: statementTags[id].map((tag) => pack.statementTags[tag]) })),
    ...own
      .filter((statement) => statement.language === language)
      .map((statement) => ({ id: statement.id, text: statement.text, group: 'own' as const, tags: [] })),
  ];
}

/**
 * Which statements to ask this time: never asked first, then the ones asked longest ago; ties keep
 * the list order, so the same history always suggests the same statements.
 */
export function suggestStatements(ids: readonly string[], lastAsked: ReadonlyMap<string, number>, count: number): string[] {
  return ids
    .map((id, order) => ({ id, order, at: lastAsked.get(id) ?? -Infinity }))
    .sort((a, b) => a.at - b.at || a.order - b.order)
    .slice(0, count)
    .map(({ id }) => id);
}

export function isValidRating(value: number, scale: 'agreement-7' | 'progress-10'): boolean {
  const { min, max } = scale === 'agreement-7' ? agreementScale : progressScale;
  return Number.isInteger(value) && value >= min && value <= max;
}
