import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { templatesQuery, useBackgroundMutation } from '@/components/data/queries';
import { queryKeys } from '@/components/data/query-keys';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import { MoveButtons } from '@/components/MoveButtons';
import { Notice } from '@/components/Notice';
import { UndoToast, type UndoAction } from '@/components/UndoToast';
import {
  addSection,
  duplicateTemplate,
  moveSection,
  promptsFromText,
  removeSection,
  updateSection,
  validateTemplate,
  type EditableTemplate,
  type TemplateProblem,
} from '@/utils/agenda/template-editor';
import { builtInTemplates, fromUserTemplate, talkMinutes } from '@/utils/agenda/templates';
import type { SectionRole } from '@/utils/content/structure';
import { contentFor } from '@/utils/content/packs';
import type { TemplateRecord } from '@/utils/db/records';

const roles: SectionRole[] = ['opening', 'explore', 'goals', 'measures', 'obstacles', 'support', 'closing'];

export function TemplatesTab() {
  const { t, language } = useI18n();
  const client = useQueryClient();
  const own = useQuery(templatesQuery());
  const saveTemplate = useBackgroundMutation('saveTemplate');
  const moveItem = useBackgroundMutation('moveLibraryItem');
  const deleteItem = useBackgroundMutation('deleteLibraryItem');
  const [editing, setEditing] = useState<EditableTemplate | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoAction | null>(null);
  const builtIns = builtInTemplates(contentFor(language));

  const run = (action: () => Promise<unknown>) =>
    action()
      .then(() => client.invalidateQueries({ queryKey: queryKeys.templates() }))
      .catch((reason: unknown) => setError(describeError(reason, t)));

  function remove(record: TemplateRecord): void {
    void run(() => deleteItem.mutateAsync({ table: 'templates', id: record.id }));
    const { id, name, sections } = record;
    setUndo({
      message: t('templatesPage.deleted', name),
      undo: () => void run(() => saveTemplate.mutateAsync({ id, name, language: record.language, sections })),
    });
  }

  if (editing) {
    return (
      <TemplateEditor
        initial={editing}
        onCancel={() => setEditing(null)}
        onSave={async (template) => {
          await saveTemplate.mutateAsync({
            id: template.id,
            name: template.name.trim(),
            language,
            sections: template.sections.map((section) => ({ ...section, title: section.title.trim() })),
          });
          await client.invalidateQueries({ queryKey: queryKeys.templates() });
          setEditing(null);
        }}
      />
    );
  }

  return (
    <div className="library">
      {error && <Notice tone="error">{error}</Notice>}
      {undo && <UndoToast action={undo} onDone={() => setUndo(null)} />}
      <section aria-labelledby="own-templates">
        <div className="library-head">
          <h2 id="own-templates">{t('templatesPage.yours')}</h2>
          <button
            onClick={() =>
              setEditing({
                id: crypto.randomUUID(),
                name: t('templatesPage.newName'),
                sections: [{ id: crypto.randomUUID(), title: '', minutes: 10, prompts: [], role: 'explore' }],
              })
            }
          >
            {t('templatesPage.new')}
          </button>
        </div>
        {own.isPending ? (
          <p className="loading" role="status">{t('common.loading')}</p>
        ) : own.isError ? (
          <Notice tone="error">{t('errors.loadFailed', describeError(own.error, t))}</Notice>
        ) : own.data.length === 0 ? (
          <p className="muted">{t('templatesPage.emptyYours')}</p>
        ) : (
          <ul className="library-list">
            {own.data.map((record, index) => {
              const template = fromUserTemplate(record);
              return (
                <li key={record.id} className="library-item">
                  <div>
                    <strong>{record.name}</strong>
                    <p className="muted">{t('templatesPage.sectionCount', template.sections.length, talkMinutes(template))}</p>
                  </div>
                  <div className="library-actions">
                    <button onClick={() => setEditing(duplicateTemplate(record, record.id, record.name))}>{t('common.edit')}</button>
                    <button onClick={() => setEditing(duplicateTemplate(record, crypto.randomUUID(), t('templatesPage.copyName', record.name)))}>
                      {t('common.duplicate')}
                    </button>
                    <MoveButtons name={record.name} index={index} count={own.data.length} onMove={(by) => void run(() => moveItem.mutateAsync({ table: 'templates', id: record.id, by }))} />
                    <button onClick={() => remove(record)}>{t('common.delete')}</button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="builtin-templates">
        <h2 id="builtin-templates">{t('templatesPage.builtIn')}</h2>
        <ul className="library-list">
          {builtIns.map((template) => (
            <li key={template.id} className="library-item">
              <div>
                <strong>{template.name}</strong>
                <p className="muted">
                  {template.description} · {t('templatesPage.sectionCount', template.sections.length, talkMinutes(template))}
                </p>
              </div>
              <div className="library-actions">
                <button
                  aria-label={`${t('common.duplicate')}: ${template.name}`}
                  onClick={() => setEditing(duplicateTemplate(template, crypto.randomUUID(), t('templatesPage.copyName', template.name)))}
                >
                  {t('common.duplicate')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function TemplateEditor({ initial, onSave, onCancel }: { initial: EditableTemplate; onSave: (template: EditableTemplate) => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const [template, setTemplate] = useState(initial);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const problemText = (problem: TemplateProblem) =>
    problem.kind === 'nameMissing' || problem.kind === 'noSections'
      ? t(`templatesPage.problems.${problem.kind}`)
      : t(`templatesPage.problems.${problem.kind}`, problem.section + 1);

  return (
    <form
      className="editor"
      aria-labelledby="editor-title"
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateTemplate(template);
        setProblems(found);
        if (found.length > 0) return;
        setSaving(true);
        onSave(template)
          .catch((reason: unknown) => setError(describeError(reason, t)))
          .finally(() => setSaving(false));
      }}
    >
      <h2 id="editor-title">{t('templatesPage.editorTitle')}</h2>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.kind}-${'section' in problem ? problem.section : ''}`}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <label className="field">
        <span>{t('templatesPage.name')}</span>
        <input type="text" value={template.name} onChange={(event) => setTemplate({ ...template, name: event.target.value })} />
      </label>
      <h3>{t('templatesPage.sections')}</h3>
      <ol className="editor-sections">
        {template.sections.map((section, index) => (
          <li key={section.id} className="editor-section">
            <div className="editor-row">
              <label className="field grow">
                <span>{t('templatesPage.sectionTitle', index + 1)}</span>
                <input type="text" value={section.title} onChange={(event) => setTemplate(updateSection(template, index, { title: event.target.value }))} />
              </label>
              <label className="field">
                <span>{t('templatesPage.minutes', index + 1)}</span>
                <input
                  type="number"
                  min={1}
                  max={180}
                  value={Number.isNaN(section.minutes) ? '' : section.minutes}
                  onChange={(event) => setTemplate(updateSection(template, index, { minutes: event.target.valueAsNumber }))}
                />
              </label>
              <label className="field">
                <span>{t('templatesPage.role', index + 1)}</span>
                <select value={section.role} onChange={(event) => setTemplate(updateSection(template, index, { role: event.target.value as SectionRole }))}>
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {t(`templatesPage.roles.${role}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <label className="field">
              <span>{t('templatesPage.prompts', index + 1)}</span>
              <textarea
                rows={3}
                defaultValue={section.prompts.join('\n')}
                onChange={(event) => setTemplate(updateSection(template, index, { prompts: promptsFromText(event.target.value) }))}
              />
            </label>
            <div className="library-actions">
              <MoveButtons name={String(index + 1)} index={index} count={template.sections.length} onMove={(by) => setTemplate(moveSection(template, index, by))} />
              <button type="button" onClick={() => setTemplate(removeSection(template, index))}>
                {t('templatesPage.removeSection', index + 1)}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="editor-footer">
        <button type="button" onClick={() => setTemplate(addSection(template, crypto.randomUUID()))}>
          {t('templatesPage.addSection')}
        </button>
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
