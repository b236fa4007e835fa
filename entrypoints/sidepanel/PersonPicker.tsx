import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { peopleQuery, useBackgroundMutation } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import type { SessionRecord } from '@/utils/db/records';

const newPerson = '__new__';

/** Links the session, and so its recurring meeting, to one of the manager's people. */
export function PersonPicker({ session }: { session: SessionRecord }) {
  const { t } = useI18n();
  const people = useQuery(peopleQuery());
  const link = useBackgroundMutation('setSessionPerson');
  const save = useBackgroundMutation('savePerson');
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  /** What linking does is shown right after the user links a person here; otherwise it is only the picker's description, so the line stays compact. */
  const [linkedHere, setLinkedHere] = useState<string | null>(null);
  const hintId = useId();
  const person = people.data?.find((candidate) => candidate.id === session.personId);
  const error = link.error ?? save.error;

  return (
    <div className="person-picker">
      <label>
        <span className="visually-hidden">{t('sidebar.person')}</span>
        <select
          value={adding ? newPerson : (session.personId ?? '')}
          disabled={people.isPending || link.isPending}
          aria-describedby={person && !adding ? hintId : undefined}
          onChange={(event) => {
            if (event.target.value === newPerson) {
              setAdding(true);
              return;
            }
            setAdding(false);
            const personId = event.target.value || null;
            setLinkedHere(personId);
            link.mutate({ sessionId: session.id, personId });
          }}
        >
          <option value="">{t('sidebar.personNone')}</option>
          {people.data?.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.role ? `${candidate.name} · ${candidate.role}` : candidate.name}
            </option>
          ))}
          <option value={newPerson}>{t('sidebar.personNew')}</option>
        </select>
      </label>
      {adding && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (name.trim() === '') return;
            const id = crypto.randomUUID();
            save.mutate(
              { id, name, role, notes: '' },
              {
                onSuccess: () => {
                  setLinkedHere(id);
                  link.mutate({ sessionId: session.id, personId: id });
                  setAdding(false);
                  setName('');
                  setRole('');
                },
              },
            );
          }}
        >
          <input type="text" aria-label={t('sidebar.personName')} placeholder={t('sidebar.personName')} value={name} onChange={(event) => setName(event.target.value)} required />
          <input type="text" aria-label={t('sidebar.personRole')} placeholder={t('sidebar.personRole')} value={role} onChange={(event) => setRole(event.target.value)} />
          <button type="submit" disabled={save.isPending}>
            {t('sidebar.personAdd')}
          </button>
        </form>
      )}
      {person && !adding && (
        <p id={hintId} className={person.id === linkedHere ? 'muted' : 'visually-hidden'}>
          {t('sidebar.personLinkedHint', person.name)}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {t('errors.saveFailed', describeError(error, t))}
        </p>
      )}
    </div>
  );
}
