import { safetyStatementTags, statementGroup, statementTags } from '../content/structure';
import { safetyStatementIds, statementIds, type ContentPack } from '../content/types';

export interface StatementOption {
  id: string;
  text: string;
  group: 'personalDevelopment' | 'leadership' | 'psychologicalSafety' | 'own';
  /** The article's tags ("#Growth"), in the pack's language; the user's own have none. */
  tags: string[];
  /** From an extra built-in set: asked when the manager picks it, never suggested by rotation. */
  optional?: true;
}

/** A named selection of statements to ask together, built in or the user's own. */
export interface StatementSetOption {
  id: string;
  name: string;
  statementIds: readonly string[];
}

const builtInStatementIds: ReadonlySet<string> = new Set([...statementIds, ...safetyStatementIds]);
const safetySetId = 'psychological-safety';

export const agreementScale = { min: 1, max: 7 } as const;
export const progressScale = { min: 1, max: 10 } as const;

/** The article's 9 statements in the session's language, the psychological-safety set's, then the user's own in that language. */
export function statementOptions(pack: ContentPack, own: readonly { id: string; text: string; language: string }[], language: string): StatementOption[] {
  return [
    ...statementIds.map((id) => ({ id, text: pack.statements[id], group: statementGroup[id], tags: statementTags[id].map((tag) => pack.statementTags[tag]) })),
    ...safetyStatementIds.map((id) => ({
      id,
      text: pack.safetySet.statements[id],
      group: 'psychologicalSafety' as const,
      tags: safetyStatementTags[id].map((tag) => pack.statementTags[tag]),
      optional: true as const,
    })),
    ...own
      // A backup or peer may hold one under a built-in id: the built-in's answers stay its own.
      .filter((statement) => statement.language === language && !builtInStatementIds.has(statement.id))
      .map((statement) => ({ id: statement.id, text: statement.text, group: 'own' as const, tags: [] })),
  ];
}

/** Statement id → its text: the built-ins in the pack's language, then the user's own in any language (none under a built-in id). */
export function statementTexts(pack: ContentPack, own: readonly { id: string; text: string }[]): Map<string, string> {
  return new Map<string, string>([
    ...statementIds.map((id) => [id, pack.statements[id]] as const),
    ...safetyStatementIds.map((id) => [id, pack.safetySet.statements[id]] as const),
    ...own.filter((statement) => !builtInStatementIds.has(statement.id)).map((statement) => [statement.id, statement.text] as const),
  ]);
}

/** The built-in sets (psychological safety), then the user's own. */
export function statementSets(pack: ContentPack, own: readonly StatementSetOption[]): StatementSetOption[] {
  return [{ id: safetySetId, name: pack.safetySet.name, statementIds: safetyStatementIds }, ...own.filter((set) => set.id !== safetySetId)];
}

/** The statements suggested by rotation: all but those of an extra set, which wait to be picked. */
export function inRotation(options: readonly StatementOption[]): string[] {
  return options.filter((option) => !option.optional).map((option) => option.id);
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
