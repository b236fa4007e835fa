import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { searchQuery } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { formatDate } from './format-date';

/** Search across every note, through the background's word index. */
export function NoteSearch({ onOpenSession }: { onOpenSession: (sessionId: string) => void }) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const results = useQuery(searchQuery(deferred));
  return (
    <search className="note-search">
      <label className="field">
        <span>{t('search.label')}</span>
        <input type="search" placeholder={t('search.placeholder')} value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {deferred.length >= 2 && results.isError && <p role="alert">{t('errors.loadFailed', describeError(results.error, t))}</p>}
      {deferred.length >= 2 && results.data && (
        <div role="status">
          {results.data.length === 0 ? (
            <p className="muted">{t('search.none', deferred)}</p>
          ) : (
            <>
              <p className="muted">{t('search.count', results.data.length)}</p>
              <ul className="session-list">
                {results.data.map((hit) => (
                  <li key={hit.noteId}>
                    <button className="session-item" onClick={() => onOpenSession(hit.sessionId)}>
                      <span className="session-item-title">
                        {hit.personName ? `${hit.personName} · ` : ''}
                        {hit.meetingTitle}
                      </span>
                      <span className="muted">{formatDate(hit.startedAt, language)}</span>
                      <span>{hit.snippet}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </search>
  );
}
