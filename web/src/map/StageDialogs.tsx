// Naming a new or existing stage, and removing one (its touchpoints moved to another stage or deleted).
import { useState } from 'preact/hooks';
import { call } from '../api';
import { t } from '../i18n';
import { AddStage, RemoveStage, RenameStage } from '../operations';
import { Dialog, ErrorBox, Field, Select } from '../ui';
import type { MapJourney, MapStage } from './JourneyGrid';

export function StageNameDialog({ journey, stage, onDone }: { journey: MapJourney; stage?: MapStage;
  onDone: (saved: boolean) => void }) {
  const [name, setName] = useState(stage?.name ?? '');
  const [error, setError] = useState<unknown>();
  const submit = (event: Event) => {
    event.preventDefault();
    (stage ? call(RenameStage, { stageId: stage.id, name }) : call(AddStage, { journeyId: journey.id, name }))
      .then(() => onDone(true), setError);
  };
  return (
    <Dialog title={stage ? `${t('renameStage')}: ${stage.name}` : t('addStage')} onClose={() => onDone(false)}>
      <form onSubmit={submit}>
        <Field label={t('stageName')} value={name} onInput={setName} required />
        {error !== undefined && <ErrorBox error={error} />}
        <div class="actions">
          <button type="button" onClick={() => onDone(false)}>{t('cancel')}</button>
          <button type="submit" class="primary">{stage ? t('save') : t('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}

export function RemoveStageDialog({ journey, stage, onDone }: { journey: MapJourney; stage: MapStage;
  onDone: (saved: boolean) => void }) {
  const others = journey.stages.filter((s) => s.id !== stage.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const [error, setError] = useState<unknown>();
  const remove = (move: boolean) => call(RemoveStage, stage.touchpoints.length === 0 ? { stageId: stage.id }
    : move ? { stageId: stage.id, touchpoints: 'MOVE', moveToStageId: target }
      : { stageId: stage.id, touchpoints: 'DELETE' }).then(() => onDone(true), setError);
  return (
    <Dialog title={t('removeStageQuestion', { name: stage.name })} onClose={() => onDone(false)}>
      {stage.touchpoints.length > 0 && others.length > 0 && <div class="actions">
        <Select label={t('moveTouchpointsTo')} value={target} options={others.map((s) => s.id)}
          onChange={setTarget} labelOf={(id) => others.find((s) => s.id === id)?.name ?? id} />
        <button type="button" class="primary" onClick={() => remove(true)}>{t('moveTouchpointsTo')} …</button>
      </div>}
      {error !== undefined && <ErrorBox error={error} />}
      <div class="actions">
        <button type="button" onClick={() => onDone(false)}>{t('cancel')}</button>
        <button type="button" class="danger" onClick={() => remove(false)}>
          {stage.touchpoints.length ? t('deleteTouchpoints') : t('removeStage')}</button>
      </div>
    </Dialog>
  );
}
