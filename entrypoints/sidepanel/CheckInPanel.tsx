import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { objectivesQuery, sessionRatingsQuery, statementLastAskedQuery, statementsQuery, useClearRating, useRate } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { RatingScale } from '@/components/RatingScale';
import { contentFor } from '@/utils/content/packs';
import type { RatingRecord, SessionRecord } from '@/utils/db/records';
import { inRotation, statementOptions, statementSets, suggestStatements } from '@/utils/ratings/statements';

const suggestedCount = 3;

/** Micro-survey statements (1–7, with a "why") and OKR progress (1–10, with "one level higher"). */
export function CheckInPanel({ session }: { session: SessionRecord }) {
  const { t, language } = useI18n();
  const pack = contentFor(language);
  const own = useQuery(statementsQuery());
  const ratings = useQuery(sessionRatingsQuery(session.id));
  const lastAsked = useQuery(statementLastAskedQuery(session.personId, session.id));
  const objectives = useQuery(objectivesQuery(session.personId));
  const [chosen, setChosen] = useState<string[] | null>(null);
  const options = statementOptions(pack, own.data?.statements ?? [], language);
  const rated = (ratings.data ?? []).filter((rating) => rating.statementId !== null);
  const sets = statementSets(pack, own.data?.sets ?? []);
  const suggested = suggestStatements(
    inRotation(options),
    new Map(Object.entries(lastAsked.data ?? {})),
    suggestedCount,
  );
  const asking = [...new Set([...(chosen ?? suggested), ...rated.map((rating) => rating.statementId!)])];
  const remaining = options.filter((option) => !asking.includes(option.id));

  return (
    <div className="check-in">
      <section aria-labelledby="mood-check-title">
        <h2 id="mood-check-title">{t('checkIn.title')}</h2>
        <p className="muted">{t('checkIn.hint')}</p>
        <p className="muted">
          {t('checkIn.disagree')} · {t('checkIn.agree')}
        </p>
        <ol className="rating-list">
          {asking.map((statementId) => {
            const option = options.find((candidate) => candidate.id === statementId);
            if (!option) return null;
            return (
              <RatingRow
                key={statementId}
                session={session}
                text={option.text}
                subject={{ statementId }}
                max={7}
                commentLabel={pack.ratingWhy}
                rating={rated.find((rating) => rating.statementId === statementId)}
                onRemove={() => setChosen(asking.filter((id) => id !== statementId))}
              />
            );
          })}
        </ol>
        <label className="field">
          <span>{t('statementsPage.askSet')}</span>
          <select
            value=""
            onChange={(event) => {
              const set = sets.find((candidate) => candidate.id === event.target.value);
              if (set) setChosen(set.statementIds.filter((id) => options.some((option) => option.id === id)));
            }}
          >
            <option value="">—</option>
            {sets.map((set) => (
              <option key={set.id} value={set.id}>
                {set.name}
              </option>
            ))}
          </select>
        </label>
        {remaining.length > 0 && (
          <label className="field">
            <span>{t('checkIn.add')}</span>
            <select value="" onChange={(event) => event.target.value && setChosen([...asking, event.target.value])}>
              <option value="">—</option>
              {remaining.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.text}
                </option>
              ))}
            </select>
          </label>
        )}
      </section>
      <section aria-labelledby="progress-title">
        <h2 id="progress-title">{t('checkIn.progressTitle')}</h2>
        {(objectives.data ?? []).length === 0 ? (
          <p className="muted">{t('checkIn.noObjectives')}</p>
        ) : (
          <ol className="rating-list">
            {objectives.data!.map((objective) => (
              <RatingRow
                key={objective.id}
                session={session}
                text={objective.text}
                subject={{ objectiveId: objective.id }}
                max={10}
                commentLabel={t('checkIn.oneLevelHigher')}
                rating={ratings.data?.find((rating) => rating.objectiveId === objective.id)}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

interface RowProps {
  session: SessionRecord;
  text: string;
  subject: { statementId: string } | { objectiveId: string };
  max: 7 | 10;
  commentLabel: string;
  rating: RatingRecord | undefined;
  onRemove?: () => void;
}

/**
 * The shown rating is the cached one, or the one being saved; only a comment typed and not yet
 * saved lives in this row's state, so a rating that arrives after the row appears is shown.
 */
function RatingRow({ session, text, subject, max, commentLabel, rating, onRemove }: RowProps) {
  const { t } = useI18n();
  const rate = useRate(session.id);
  const clear = useClearRating(session.id);
  const [draftComment, setDraftComment] = useState<string | null>(null);
  const pendingComment = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const value = rate.isPending ? rate.variables.value : (rating?.value ?? null);
  const comment = draftComment ?? rating?.comment ?? '';
  const save = (nextValue: number | null, nextComment: string) => {
    clearTimeout(pendingComment.current);
    if (nextValue === null) return;
    rate.mutate(
      { subject, value: nextValue, comment: nextComment },
      // Typing that went on meanwhile stays a draft.
      { onSuccess: () => setDraftComment((draft) => (draft === nextComment ? null : draft)) },
    );
  };
  const error = rate.error ?? clear.error;
  return (
    <li className="rating-row">
      <p className="rating-text">{text}</p>
      <RatingScale
        label={max === 7 ? t('checkIn.scale', text) : t('checkIn.progressScale', text)}
        max={max}
        value={value}
        onChange={(next) => save(next, comment)}
      />
      <label className="field">
        <span>{commentLabel}</span>
        <textarea
          rows={2}
          value={comment}
          onChange={(event) => {
            const next = event.target.value;
            setDraftComment(next);
            clearTimeout(pendingComment.current);
            pendingComment.current = setTimeout(() => save(value, next), 400);
          }}
          onBlur={() => draftComment !== null && save(value, draftComment)}
        />
      </label>
      {onRemove && (
        <button
          className="link-button"
          onClick={() => {
            if (rating) clear.mutate(rating.id);
            onRemove();
          }}
        >
          {t('checkIn.clear')}
        </button>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t('errors.saveFailed', describeError(error, t))}
        </p>
      )}
    </li>
  );
}
