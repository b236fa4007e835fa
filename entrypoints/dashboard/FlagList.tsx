import { useQuery } from '@tanstack/react-query';
import { peopleQuery } from '@/components/data/queries';
import { useStatementTexts } from '@/components/data/use-statement-texts';
import { useI18n } from '@/components/i18n';
import { baselineAnswers, dropSpreads, flagsByPerson, minBaselineAnswers, minDropAnswers, minSpread, type PatternFlag, type PersonFlags } from '@/utils/ratings/flags';
import { formatDay } from './format-date';

type Listed = PersonFlags['flags'][number];

/**
 * Patterns worth a look, grouped per person with the most serious first; each links to the session
 * behind it. On a person's own page (`onePerson`) their name is the page's heading already.
 */
export function FlagList({ flags, onOpenSession, onePerson = false }: { flags: readonly PatternFlag[]; onOpenSession: (sessionId: string) => void; onePerson?: boolean }) {
  const { t, language } = useI18n();
  const people = useQuery(peopleQuery());
  const statements = useStatementTexts();
  const names = new Map(people.data?.map((person) => [person.id, person.name]));
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const exact = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const plural = new Intl.PluralRules(language);
  const statement = (id: string) => statements.get(id) ?? id;
  const groups = flagsByPerson(flags);

  const open = (sessionId: string | null | undefined) =>
    sessionId ? (
      <button className="link-button" onClick={() => onOpenSession(sessionId)}>
        {t('team.openSession')}
      </button>
    ) : null;

  const item = (flag: Listed) => {
    if (flag.kind === 'drop') {
      return (
        <li key={`drop-${flag.statementId}`} className="flag-drop">
          {t('team.flagDrop', statement(flag.statementId), flag.values.at(-1)!, decimal.format(flag.usual), flag.values.length, formatDay(flag.since, language))}{' '}
          {open(flag.sessionIds[0])}
          <details className="flag-why">
            <summary>{t('team.whyFlagged')}</summary>
            <p>{t('team.dropNumbers', decimal.format(flag.usual), flag.baselineCount, flag.values.length, flag.values.map(String).reduce((said, value) => t('team.dropThen', said, value)))}</p>
            <p>{t('team.dropRule', minDropAnswers, baselineAnswers, exact.format(dropSpreads), exact.format(dropSpreads * minSpread), minBaselineAnswers)}</p>
          </details>
        </li>
      );
    }
    const text = flag.kind === 'stalled' ? t('team.flagStalled', flag.objectiveText, flag.value) : t('team.flagUnrated', flag.objectiveText);
    return (
      <li key={`${flag.kind}-${flag.objectiveId}`}>
        {text} {open(flag.sessionIds.at(-1))}
      </li>
    );
  };

  return (
    <section aria-labelledby="flags-title" className="flags">
      <h3 id="flags-title">{t('team.flags')}</h3>
      {people.isPending ? (
        <p className="loading" role="status">{t('common.loading')}</p>
      ) : groups.length === 0 ? (
        <p className="muted">{t('team.noFlags')}</p>
      ) : (
        <ul className="flag-groups">
          {groups.map((group) => (
            <li key={group.personId} aria-labelledby={onePerson ? undefined : `flags-of-${group.personId}`}>
              {!onePerson && <h4 id={`flags-of-${group.personId}`}>{names.get(group.personId) ?? ''}</h4>}
              <ul>
                {group.flags.map(item)}
                {group.overdue && (
                  <li>
                    {t(`${group.overdue.mine > 0 ? 'team.flagOverdueMine' : 'team.flagOverdue'}.${plural.select(group.overdue.count) === 'one' ? 'one' : 'other'}`, group.overdue.count, formatDay(group.overdue.oldestDue, language), group.overdue.mine)}{' '}
                    {open(group.overdue.sessionId)}
                  </li>
                )}
                {group.noRatings && (
                  <li>
                    {group.noRatings.since === null ? t('team.flagNoRatingsYet') : t('team.flagNoRatings', formatDay(group.noRatings.since, language))} {open(group.noRatings.sessionId)}
                  </li>
                )}
                {group.notAsked && (
                  <li>
                    <details className="flag-not-asked">
                      <summary>{t(`team.flagNotAsked.${plural.select(group.notAsked.statementIds.length) === 'one' ? 'one' : 'other'}`, group.notAsked.statementIds.length)}</summary>
                      <ul>
                        {group.notAsked.statementIds.map((id) => (
                          <li key={id}>{statement(id)}</li>
                        ))}
                      </ul>
                    </details>
                    {open(group.notAsked.sessionId)}
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
