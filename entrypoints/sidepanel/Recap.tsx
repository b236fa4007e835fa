import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { peopleQuery, recapQuery, statementsQuery } from '@/components/data/queries';
import { useI18n } from '@/components/i18n';
import { contentFor } from '@/utils/content/packs';
import type { SessionRecord } from '@/utils/db/records';
import { statementOptions } from '@/utils/ratings/statements';
import { localDayNow } from '@/utils/sessions/day';
import { formatDay } from '@/entrypoints/dashboard/format-date';
import { markSeen, seenBefore } from './first-look';

/** How the last 1:1 with this person ended: every session builds on the one before. */
export function Recap({ session }: { session: SessionRecord }) {
  const { t, language } = useI18n();
  const recap = useQuery(recapQuery(session));
  const people = useQuery(peopleQuery());
  const own = useQuery(statementsQuery());
  const person = people.data?.find((candidate) => candidate.id === session.personId);
  // Open on the first look at this session, folded after (see first-look.ts).
  const [open, setOpen] = useState(() => !seenBefore(session.id, 'recap'));
  // Today as the sidebar opened, for which of last time's action items are overdue.
  const [today] = useState(() => localDayNow(Date.now()));
  const shown = Boolean(person && recap.data?.previousSession);
  useEffect(() => {
    if (shown) markSeen(session.id, 'recap');
  }, [shown, session.id]);
  if (!person || !recap.data) return null;
  const { previousSession, lastRatings, openActionItems, objectives } = recap.data;
  if (!previousSession) return <p className="muted recap-first">{t('sidebar.recapFirst', person.name)}</p>;
  const statements = new Map(statementOptions(contentFor(language), own.data?.statements ?? [], language).map((s) => [s.id, s.text]));
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(previousSession.startedAt);

  return (
    <details className="recap" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('sidebar.recapTitle', person.name, date)}</summary>
      {previousSession.takeaway && (
        <p>
          <strong>{t('sidebar.recapTakeaway')}</strong> {previousSession.takeaway}
        </p>
      )}
      {lastRatings.length > 0 && (
        <>
          <h4>{t('sidebar.recapRatings')}</h4>
          <ul>
            {lastRatings.map((rating) => (
              <li key={rating.id}>
                {rating.statementId ? (statements.get(rating.statementId) ?? rating.statementId) : (objectives.find((o) => o.id === rating.objectiveId)?.text ?? '')}: <strong>{rating.value}</strong>
                {rating.comment && ` — ${rating.comment}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {openActionItems.length > 0 && (
        <>
          <h4>{t('sidebar.recapOpenActions')}</h4>
          <ul>
            {openActionItems.map((item) => (
              <li key={item.id} className={item.due !== null && item.due < today ? 'overdue' : undefined}>
                {item.text} ({item.owner === 'manager' ? t('actions.ownerManager') : t('actions.ownerReport')}
                {item.due && `, ${t(item.due < today ? 'sidebar.recapOverdue' : 'sidebar.recapDue', formatDay(item.due, language))}`})
              </li>
            ))}
          </ul>
        </>
      )}
      {objectives.length > 0 && (
        <>
          <h4>{t('sidebar.recapOkrs')}</h4>
          <ul>
            {objectives.map((objective) => (
              <li key={objective.id}>
                {objective.text} — {objective.progress ? t('okrs.progress', objective.progress.value) : t('okrs.noProgress')}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
