import { useQuery } from '@tanstack/react-query';
import { objectivesQuery, useBackgroundMutation } from '@/components/data/queries';
import { describeError } from '@/components/describe-error';
import { useI18n } from '@/components/i18n';
import type { ObjectiveView } from '@/utils/db/coaching';
import { currentPeriod } from '@/utils/ratings/okr-history';


/** Objectives with key results, floor, confidence, pre-mortem risks, story and personal benefit; in the sidebar and the dashboard. */
export function OkrsPanel({ personId }: { personId: string }) {
  const { t } = useI18n();
  const objectives = useQuery(objectivesQuery(personId));
  const save = useBackgroundMutation('saveObjective');
  return (
    <div className="okrs">
      {objectives.data?.length === 0 && <p className="muted">{t('okrs.none')}</p>}
      {objectives.data?.map((objective) => <ObjectiveEditor key={objective.id} objective={objective} />)}
      <button
        onClick={() =>
          save.mutate({ id: crypto.randomUUID(), personId, period: currentPeriod(Date.now()), text: '', confidence: null, successStory: '', personalBenefit: '' })
        }
      >
        {t('okrs.add')}
      </button>
      {save.error && (
        <p className="notice notice-error" role="alert">
          {t('errors.saveFailed', describeError(save.error, t))}
        </p>
      )}
    </div>
  );
}

/** Text fields save when they lose focus; the background broadcasts the change to other views. */
function ObjectiveEditor({ objective }: { objective: ObjectiveView }) {
  const { t } = useI18n();
  const saveObjective = useBackgroundMutation('saveObjective');
  const saveKeyResult = useBackgroundMutation('saveKeyResult');
  const saveRisk = useBackgroundMutation('saveRisk');
  const remove = useBackgroundMutation('deleteOkrItem');
  const error = saveObjective.error ?? saveKeyResult.error ?? saveRisk.error ?? remove.error;
  const { keyResults, risks, progress: _progress, ...fields } = objective;
  const update = (patch: Partial<typeof fields>) => {
    const { id, personId, period, text, confidence, successStory, personalBenefit } = { ...fields, ...patch };
    saveObjective.mutate({ id, personId, period, text, confidence, successStory, personalBenefit });
  };

  return (
    <fieldset className="objective">
      <legend>
        {objective.period} · {objective.progress ? t('okrs.progress', objective.progress.value) : t('okrs.noProgress')}
      </legend>
      <Field label={t('okrs.objective')} value={objective.text} onSave={(text) => update({ text })} />
      <div className="editor-row">
        <Field label={t('okrs.period')} value={objective.period} onSave={(period) => update({ period })} />
        <label className="field">
          <span>{t('okrs.confidence')}</span>
          <input
            type="number"
            min={1}
            max={10}
            defaultValue={objective.confidence ?? ''}
            onBlur={(event) => {
              const value = event.target.valueAsNumber;
              update({ confidence: Number.isInteger(value) && value >= 1 && value <= 10 ? value : null });
            }}
          />
        </label>
      </div>
      <h4>{t('okrs.keyResults')}</h4>
      {keyResults.map((kr) => (
        <div key={kr.id} className="kr">
          <Field label={t('okrs.krText')} value={kr.text} onSave={(text) => saveKeyResult.mutate({ ...pickKr(kr), text })} />
          <div className="editor-row">
            <Field label={t('okrs.krTarget')} value={kr.ambitiousTarget} onSave={(ambitiousTarget) => saveKeyResult.mutate({ ...pickKr(kr), ambitiousTarget })} />
            <Field label={t('okrs.krFloor')} value={kr.minimumFloor} onSave={(minimumFloor) => saveKeyResult.mutate({ ...pickKr(kr), minimumFloor })} />
          </div>
          <button className="link-button" onClick={() => remove.mutate({ table: 'keyResults', id: kr.id })}>
            {t('common.delete')}
          </button>
        </div>
      ))}
      <button onClick={() => saveKeyResult.mutate({ id: crypto.randomUUID(), objectiveId: objective.id, text: '', ambitiousTarget: '', minimumFloor: '' })}>{t('okrs.addKr')}</button>
      <h4>{t('okrs.risks')}</h4>
      {risks.map((risk) => (
        <div key={risk.id} className="kr">
          <Field label={t('okrs.risk')} value={risk.risk} onSave={(text) => saveRisk.mutate({ id: risk.id, objectiveId: objective.id, risk: text, counterMeasure: risk.counterMeasure })} />
          <Field
            label={t('okrs.counterMeasure')}
            value={risk.counterMeasure}
            onSave={(counterMeasure) => saveRisk.mutate({ id: risk.id, objectiveId: objective.id, risk: risk.risk, counterMeasure })}
          />
          <button className="link-button" onClick={() => remove.mutate({ table: 'risks', id: risk.id })}>
            {t('common.delete')}
          </button>
        </div>
      ))}
      <button onClick={() => saveRisk.mutate({ id: crypto.randomUUID(), objectiveId: objective.id, risk: '', counterMeasure: '' })}>{t('okrs.addRisk')}</button>
      <Field label={t('okrs.successStory')} value={objective.successStory} multiline onSave={(successStory) => update({ successStory })} />
      <Field label={t('okrs.personalBenefit')} value={objective.personalBenefit} multiline onSave={(personalBenefit) => update({ personalBenefit })} />
      <button className="link-button" onClick={() => remove.mutate({ table: 'objectives', id: objective.id })}>
        {t('common.delete')}
      </button>
      {error && (
        <p className="notice notice-error" role="alert">
          {t('errors.saveFailed', describeError(error, t))}
        </p>
      )}
    </fieldset>
  );
}

function pickKr(kr: ObjectiveView['keyResults'][number]) {
  const { id, objectiveId, text, ambitiousTarget, minimumFloor } = kr;
  return { id, objectiveId, text, ambitiousTarget, minimumFloor };
}

function Field({ label, value, onSave, multiline }: { label: string; value: string; onSave: (value: string) => void; multiline?: boolean }) {
  const save = (next: string) => next !== value && onSave(next);
  return (
    <label className="field grow">
      <span>{label}</span>
      {multiline ? (
        <textarea rows={2} defaultValue={value} onBlur={(event) => save(event.target.value)} />
      ) : (
        <input type="text" defaultValue={value} onBlur={(event) => save(event.target.value)} />
      )}
    </label>
  );
}
