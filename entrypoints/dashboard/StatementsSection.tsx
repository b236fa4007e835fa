import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { statementsQuery, useBackgroundMutation } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/Notice';
import { UndoToast, type UndoAction } from '@/components/UndoToast';
import { contentFor } from '@/utils/content/packs';
import { languageNames, languages } from '@/utils/i18n/catalog';
import { statementOptions } from '@/utils/ratings/statements';

/** The user's own micro-survey statements, and named sets of statements to ask together. */
export function StatementsSection() {
  const { t, language } = useI18n();
  const data = useQuery(statementsQuery());
  const saveStatement = useBackgroundMutation('saveStatement');
  const saveSet = useBackgroundMutation('saveStatementSet');
  const remove = useBackgroundMutation('deleteStatementItem');
  const [text, setText] = useState('');
  const [statementLanguage, setStatementLanguage] = useState<string>(language);
  const [setName, setSetName] = useState('');
  const [setIds, setSetIds] = useState<string[]>([]);
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const options = statementOptions(contentFor(language), data.data?.statements ?? [], language);
  const error = saveStatement.error ?? saveSet.error ?? remove.error;

  return (
    <section aria-labelledby="statements-title" className="library">
      <h2 id="statements-title">{t('statementsPage.title')}</h2>
      {error && <Notice tone="error">{t('errors.saveFailed', describeError(error, t))}</Notice>}
      {undo && <UndoToast action={undo} onDone={() => setUndo(null)} />}
      <ul className="library-list">
        {data.data?.statements.map((statement) => (
          <li key={statement.id} className="library-item">
            <div>
              <strong>{statement.text}</strong>
              <p className="muted">{languageNames[statement.language as keyof typeof languageNames] ?? statement.language}</p>
            </div>
            <button
              onClick={() => {
                remove.mutate({ table: 'statements', id: statement.id });
                setUndo({ message: t('statementsPage.deleted'), undo: () => saveStatement.mutate({ id: statement.id, text: statement.text, language: statement.language }) });
              }}
            >
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
          saveStatement.mutate({ id: crypto.randomUUID(), text, language: statementLanguage }, { onSuccess: () => setText('') });
        }}
      >
        <input type="text" aria-label={t('statementsPage.text')} placeholder={t('statementsPage.text')} value={text} onChange={(event) => setText(event.target.value)} />
        <select aria-label={t('questionsPage.language')} value={statementLanguage} onChange={(event) => setStatementLanguage(event.target.value)}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
        <button type="submit">{t('statementsPage.add')}</button>
      </form>

      <h3>{t('statementsPage.sets')}</h3>
      <ul className="library-list">
        {data.data?.sets.map((set) => (
          <li key={set.id} className="library-item">
            <div>
              <strong>{set.name}</strong>
              <p className="muted">{t('statementsPage.setSize', set.statementIds.length)}</p>
            </div>
            <button
              onClick={() => {
                remove.mutate({ table: 'statementSets', id: set.id });
                setUndo({ message: t('statementsPage.deleted'), undo: () => saveSet.mutate({ id: set.id, name: set.name, statementIds: set.statementIds }) });
              }}
            >
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="editor"
        onSubmit={(event) => {
          event.preventDefault();
          if (setName.trim() === '' || setIds.length === 0) return;
          saveSet.mutate({ id: crypto.randomUUID(), name: setName.trim(), statementIds: setIds }, { onSuccess: () => (setSetName(''), setSetIds([])) });
        }}
      >
        <label className="field">
          <span>{t('statementsPage.setName')}</span>
          <input type="text" value={setName} onChange={(event) => setSetName(event.target.value)} />
        </label>
        <fieldset className="checks">
          <legend>{t('statementsPage.setStatements')}</legend>
          {options.map((option) => (
            <label key={option.id}>
              <input
                type="checkbox"
                checked={setIds.includes(option.id)}
                onChange={() => setSetIds(setIds.includes(option.id) ? setIds.filter((id) => id !== option.id) : [...setIds, option.id])}
              />{' '}
              {option.text}
              {option.tags.length > 0 && <span className="muted"> {option.tags.join(' ')}</span>}
            </label>
          ))}
        </fieldset>
        <div className="editor-footer">
          <button type="submit" className="primary" disabled={setName.trim() === '' || setIds.length === 0}>
            {t('statementsPage.addSet')}
          </button>
        </div>
      </form>
    </section>
  );
}
