import { useQuery } from '@tanstack/react-query';
import { peopleQuery } from '@/components/data/queries';
import { useStatementTexts } from '@/components/data/use-statement-texts';
import { useI18n } from '@/components/i18n';
import type { PatternFlag } from '@/utils/ratings/flags';

/** Patterns worth a look; each links to the sessions behind it. */
export function FlagList({ flags, onOpenSession }: { flags: readonly PatternFlag[]; onOpenSession: (sessionId: string) => void }) {
  const { t } = useI18n();
  const people = useQuery(peopleQuery());
  const statements = useStatementTexts();
  const names = new Map(people.data?.map((person) => [person.id, person.name]));
  return (
    <section aria-labelledby="flags-title" className="flags">
      <h3 id="flags-title">{t('team.flags')}</h3>
      {flags.length === 0 ? (
        <p className="muted">{t('team.noFlags')}</p>
      ) : (
        <ul>
          {flags.map((flag) => {
            const name = names.get(flag.personId) ?? '';
            const text =
              flag.kind === 'drop'
                ? t('team.flagDrop', name, statements.get(flag.statementId) ?? flag.statementId, flag.from, flag.to)
                : flag.kind === 'notAsked'
                  ? t('team.flagNotAsked', name, statements.get(flag.statementId) ?? flag.statementId)
                  : flag.kind === 'stalled'
                    ? t('team.flagStalled', name, flag.objectiveText)
                    : t('team.flagOverdue', name, flag.due);
            return (
              <li key={`${flag.kind}-${flag.personId}-${'statementId' in flag ? flag.statementId : 'objectiveId' in flag ? flag.objectiveId : flag.actionItemId}`}>
                {text}{' '}
                {flag.sessionIds.map((sessionId, index) => (
                  <button key={sessionId} className="link-button" onClick={() => onOpenSession(sessionId)}>
                    {t('team.openSession')} {flag.sessionIds.length > 1 ? index + 1 : ''}
                  </button>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
