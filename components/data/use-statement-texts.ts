import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { contentFor } from '@/utils/content/packs';
import { safetyStatementIds, statementIds } from '@/utils/content/types';
import { useI18n } from '../i18n';
import { statementsQuery } from './queries';

/** Statement id → its text in the UI language: the built-ins, then the user's own. */
export function useStatementTexts(): Map<string, string> {
  const { language } = useI18n();
  const own = useQuery(statementsQuery());
  return useMemo(() => {
    const pack = contentFor(language);
    return new Map<string, string>([
      ...statementIds.map((id) => [id, pack.statements[id]] as const),
      ...safetyStatementIds.map((id) => [id, pack.safetySet.statements[id]] as const),
      ...(own.data?.statements ?? []).map((statement) => [statement.id, statement.text] as const),
    ]);
  }, [language, own.data]);
}
