import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { questionsQuery, useBackgroundMutation } from '@/components/data/queries';
import { queryKeys } from '@/components/data/query-keys';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { MoveButtons } from '@/components/MoveButtons';
import { Notice } from '@/components/Notice';
import { UndoToast, type UndoAction } from '@/components/UndoToast';
import { StatementsSection } from './StatementsSection';
import { questionMeta, type SectionRole } from '@/utils/content/structure';
import { contentFor } from '@/utils/content/packs';
import { questionIds, situations, type Situation } from '@/utils/content/types';
import type { QuestionInput } from '@/utils/db/library';
import { languageNames, languages } from '@/utils/i18n/catalog';

const roles: SectionRole[] = ['opening', 'explore', 'goals', 'measures', 'obstacles', 'support', 'closing'];

const toggle = <T,>(list: readonly T[], item: T): T[] => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

export function QuestionsTab() {
  const { t, language } = useI18n();
  const client = useQueryClient();
  const own = useQuery(questionsQuery());
  const saveQuestion = useBackgroundMutation('saveQuestion');
  const moveItem = useBackgroundMutation('moveLibraryItem');
  const deleteItem = useBackgroundMutation('deleteLibraryItem');
  const [editing, setEditing] = useState<QuestionInput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const pack = contentFor(language);

  const run = (action: () => Promise<unknown>) =>
    action()
      .then(() => client.invalidateQueries({ queryKey: queryKeys.questions() }))
      .catch((reason: unknown) => setError(describeError(reason, t)));

  const blank = (): QuestionInput => ({ id: crypto.randomUUID(), text: '', language, situations: [], roles: [] });

  return (
    <div className="library">
      {error && <Notice tone="error">{error}</Notice>}
      {undo && <UndoToast action={undo} onDone={() => setUndo(null)} />}
      {editing ? (
        <QuestionEditor
          initial={editing}
          onCancel={() => setEditing(null)}
          onSave={async (question) => {
            await saveQuestion.mutateAsync({ ...question, text: question.text.trim() });
            await client.invalidateQueries({ queryKey: queryKeys.questions() });
            setEditing(null);
          }}
        />
      ) : (
        <>
          <section aria-labelledby="own-questions">
            <div className="library-head">
              <h2 id="own-questions">{t('questionsPage.yours')}</h2>
              <button onClick={() => setEditing(blank())}>{t('questionsPage.new')}</button>
            </div>
            {own.isPending ? (
              <p className="loading" role="status">{t('common.loading')}</p>
            ) : own.isError ? (
              <Notice tone="error">{t('errors.loadFailed', describeError(own.error, t))}</Notice>
            ) : own.data.length === 0 ? (
              <p className="muted">{t('questionsPage.emptyYours')}</p>
            ) : (
              <ul className="library-list">
                {own.data.map((question, index) => (
                  <li key={question.id} className="library-item">
                    <div>
                      <strong>{question.text}</strong>
                      <p className="muted">
                        {languageNames[question.language as keyof typeof languageNames] ?? question.language}
                        {question.situations.length > 0 && ` · ${question.situations.map((s) => pack.situations[s]).join(', ')}`}
                      </p>
                    </div>
                    <div className="library-actions">
                      <button onClick={() => setEditing({ id: question.id, text: question.text, language: question.language, situations: question.situations, roles: question.roles })}>
                        {t('common.edit')}
                      </button>
                      <button onClick={() => setEditing({ ...question, id: crypto.randomUUID() })}>{t('common.duplicate')}</button>
                      <MoveButtons name={question.text} index={index} count={own.data.length} onMove={(by) => void run(() => moveItem.mutateAsync({ table: 'questions', id: question.id, by }))} />
                      <button
                        onClick={() => {
                          void run(() => deleteItem.mutateAsync({ table: 'questions', id: question.id }));
                          const { id, text, language: lang, situations: s, roles: r } = question;
                          setUndo({ message: t('questionsPage.deleted'), undo: () => void run(() => saveQuestion.mutateAsync({ id, text, language: lang, situations: s, roles: r })) });
                        }}
                      >
                        {t('common.delete')}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <StatementsSection />
          <section aria-labelledby="builtin-questions">
            <h2 id="builtin-questions">{t('questionsPage.builtIn')}</h2>
            <ul className="library-list">
              {questionIds.map((id) => (
                <li key={id} className="library-item">
                  <div>
                    <strong>{pack.questions[id]}</strong>
                    <p className="muted">{questionMeta[id].situations.map((s) => pack.situations[s]).join(', ')}</p>
                  </div>
                  <div className="library-actions">
                    <button
                      aria-label={`${t('common.duplicate')}: ${pack.questions[id]}`}
                      onClick={() => setEditing({ id: crypto.randomUUID(), text: pack.questions[id], language, situations: [...questionMeta[id].situations], roles: [...questionMeta[id].roles] })}
                    >
                      {t('common.duplicate')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

function QuestionEditor({ initial, onSave, onCancel }: { initial: QuestionInput; onSave: (question: QuestionInput) => Promise<void>; onCancel: () => void }) {
  const { t, language } = useI18n();
  const pack = contentFor(language);
  const [question, setQuestion] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="editor"
      aria-label={t('questionsPage.new')}
      onSubmit={(event) => {
        event.preventDefault();
        if (question.text.trim() === '') {
          setProblem(t('questionsPage.textMissing'));
          return;
        }
        setSaving(true);
        onSave(question)
          .catch((reason: unknown) => setProblem(describeError(reason, t)))
          .finally(() => setSaving(false));
      }}
    >
      {problem && (
        <div className="notice notice-error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <label className="field">
        <span>{t('questionsPage.text')}</span>
        <textarea rows={2} value={question.text} onChange={(event) => setQuestion({ ...question, text: event.target.value })} />
      </label>
      <label className="field">
        <span>{t('questionsPage.language')}</span>
        <select value={question.language} onChange={(event) => setQuestion({ ...question, language: event.target.value })}>
          {languages.map((code) => (
            <option key={code} value={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="checks">
        <legend>{t('questionsPage.situations')}</legend>
        {situations.map((situation: Situation) => (
          <label key={situation}>
            <input type="checkbox" checked={question.situations.includes(situation)} onChange={() => setQuestion({ ...question, situations: toggle(question.situations, situation) })} />{' '}
            {pack.situations[situation]}
          </label>
        ))}
      </fieldset>
      <fieldset className="checks">
        <legend>{t('questionsPage.roles')}</legend>
        {roles.map((role) => (
          <label key={role}>
            <input type="checkbox" checked={question.roles.includes(role)} onChange={() => setQuestion({ ...question, roles: toggle(question.roles, role) })} /> {t(`templatesPage.roles.${role}`)}
          </label>
        ))}
      </fieldset>
      <div className="editor-footer">
        <span className="grow" />
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
