import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { contentFor } from '@/utils/content/packs';
import { statementTexts } from '@/utils/ratings/statements';
import { useI18n } from '../i18n';
import { statementsQuery } from './queries';

/** Statement id → its text in the UI language: the built-ins, then the user's own. */
export function useStatementTexts(): Map<string, string> {
  const { language } = useI18n();
  const own = useQuery(statementsQuery());
  return useMemo(() => statementTexts(contentFor(language), own.data?.statements ?? []), [language, own.data]);
}
