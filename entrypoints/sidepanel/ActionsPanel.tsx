import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { actionItemsQuery, useBackgroundMutation } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { ExportMenu } from '@/components/ExportMenu';
import { useI18n } from '@/components/i18n';
import type { ActionItemRecord, SessionRecord } from '@/utils/db/records';

/** Action items (open ones carry into every next session with the person), the takeaway, and ending the 1:1. */
export function ActionsPanel({ session }: { session: SessionRecord }) {
  const { t } = useI18n();
  const items = useQuery(actionItemsQuery(session.id));
  const save = useBackgroundMutation('saveActionItem');
  const setDone = useBackgroundMutation('setActionItemDone');
  const remove = useBackgroundMutation('deleteActionItem');
  const setTakeaway = useBackgroundMutation('setTakeaway');
  const end = useBackgroundMutation('endSession');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<ActionItemRecord['owner']>('report');
  const [due, setDue] = useState('');
  const error = save.error ?? setDone.error ?? remove.error ?? setTakeaway.error ?? end.error;

  return (
    <div className="actions">
      <h2>{t('actions.title')}</h2>
      {items.data?.length === 0 && <p className="muted">{t('actions.none')}</p>}
      <ul className="action-list">
        {items.data?.map((item) => (
          <li key={item.id} className={item.doneAt ? 'action done' : 'action'}>
            <label>
              <input
                type="checkbox"
                aria-label={t('actions.done', item.text)}
                checked={item.doneAt !== null}
                onChange={(event) => setDone.mutate({ id: item.id, done: event.target.checked })}
              />{' '}
              {item.text}
            </label>
            <span className="muted">
              {item.owner === 'manager' ? t('actions.ownerManager') : t('actions.ownerReport')}
              {item.due && ` · ${item.due}`}
              {item.sessionId !== session.id && ` · ${t('actions.carried')}`}
            </span>
            <button className="link-button" onClick={() => remove.mutate({ id: item.id })}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          save.mutate({ id: crypto.randomUUID(), sessionId: session.id, text: text.trim(), owner, due: due || null }, { onSuccess: () => setText('') });
        }}
      >
        <input type="text" aria-label={t('actions.text')} placeholder={t('actions.text')} value={text} onChange={(event) => setText(event.target.value)} />
        <select aria-label={t('actions.owner')} value={owner} onChange={(event) => setOwner(event.target.value as ActionItemRecord['owner'])}>
          <option value="report">{t('actions.ownerReport')}</option>
          <option value="manager">{t('actions.ownerManager')}</option>
        </select>
        <input type="date" aria-label={t('actions.due')} value={due} onChange={(event) => setDue(event.target.value)} />
        <button type="submit">{t('actions.add')}</button>
      </form>
      <label className="field">
        <span>{t('actions.takeaway')}</span>
        <textarea rows={2} defaultValue={session.takeaway} onBlur={(event) => event.target.value !== session.takeaway && setTakeaway.mutate({ sessionId: session.id, takeaway: event.target.value })} />
      </label>
      {session.endedAt === null ? (
        <button className="primary" onClick={() => end.mutate({ sessionId: session.id })}>
          {t('actions.end')}
        </button>
      ) : (
        <p className="notice notice-info">{t('actions.ended')}</p>
      )}
      <ExportMenu sessionId={session.id} />
      {error && (
        <p className="notice notice-error" role="alert">
          {t('errors.saveFailed', describeError(error, t))}
        </p>
      )}
    </div>
  );
}
