// Adding or editing a touchpoint: every field, its stage (the keyboard way to move it), and a survey from a template.
import { useState } from 'preact/hooks';
import { ApiError, call } from '../api';
import { CHANNELS, INTERACTIONS, TEMPLATE_KINDS } from '../enums';
import type { Channel, InteractionType, SurveyKind, TouchpointInput } from '../gql/graphql';
import { t } from '../i18n';
import { AddSurvey, AddTouchpoint, MoveTouchpoint, PublishSurvey, RemoveTouchpoint, UpdateTouchpoint }
  from '../operations';
import { Dialog, ErrorBox, Field, Select, lines } from '../ui';
import type { MapJourney, MapStage, MapTouchpoint } from './JourneyGrid';

export interface TouchpointTarget {
  stage: MapStage;
  touchpoint?: MapTouchpoint;
}

/** Closes with what happened: saved (reload), conflict (reload and say so), or nothing. */
export type DialogOutcome = 'saved' | 'conflict' | 'cancelled';

export function TouchpointDialog({ journey, target, onDone }: { journey: MapJourney; target: TouchpointTarget;
  onDone: (outcome: DialogOutcome) => void }) {
  const tp = target.touchpoint;
  const [form, setForm] = useState({
    name: tp?.name ?? '', description: tp?.description ?? '', channel: tp?.channel ?? 'WEBSITE',
    interaction: tp?.interaction ?? 'DIRECT', ownerTeam: tp?.ownerTeam ?? '',
    customerAction: tp?.customerAction ?? '', customerThought: tp?.customerThought ?? '',
    emotion: tp?.emotion === null || tp?.emotion === undefined ? '' : String(tp.emotion),
    painPoints: (tp?.painPoints ?? []).join('\n'), opportunities: (tp?.opportunities ?? []).join('\n'),
    frontstage: (tp?.frontstage ?? []).join('\n'), backstage: (tp?.backstage ?? []).join('\n'),
    supportProcesses: (tp?.supportProcesses ?? []).join('\n'), stageId: target.stage.id,
  });
  const [surveyKind, setSurveyKind] = useState<SurveyKind>('CSAT');
  const [error, setError] = useState<unknown>();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const input = (): TouchpointInput => ({
    name: form.name, description: form.description || null, channel: form.channel as Channel,
    interaction: form.interaction as InteractionType, ownerTeam: form.ownerTeam || null,
    customerAction: form.customerAction || null, customerThought: form.customerThought || null,
    // Sent as typed: the server says when it is not a whole number from −2 to 2.
    emotion: form.emotion === '' ? null : Number(form.emotion),
    painPoints: lines(form.painPoints), opportunities: lines(form.opportunities), frontstage: lines(form.frontstage),
    backstage: lines(form.backstage), supportProcesses: lines(form.supportProcesses),
  });
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      onDone('saved');
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') onDone('conflict');
      else setError(failure);
    }
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      if (!tp) {
        await call(AddTouchpoint, { stageId: form.stageId, input: input() });
        return;
      }
      await call(UpdateTouchpoint, { id: tp.id, expectedVersion: tp.version, input: input() });
      if (form.stageId !== target.stage.id) await call(MoveTouchpoint, { id: tp.id, stageId: form.stageId });
    });
  };
  const addSurvey = () => tp && run(async () => {
    const survey = (await call(AddSurvey, { kind: surveyKind, input: { journeyId: journey.id,
      stageId: target.stage.id, touchpointId: tp.id } })).createSurveyFromTemplate;
    await call(PublishSurvey, { id: survey.id, expectedRevision: survey.revision });
  });
  const blueprint = journey.mapType === 'SERVICE_BLUEPRINT';
  return (
    <Dialog title={tp ? `${t('editTouchpoint')}: ${tp.name}` : `${t('addTouchpoint')}: ${target.stage.name}`}
      onClose={() => onDone('cancelled')}>
      <form onSubmit={submit} class="form-grid">
        <Field label={t('touchpointName')} value={form.name} onInput={set('name')} required />
        <Select label={t('channel')} value={form.channel} options={CHANNELS} onChange={set('channel')} />
        <Select label={t('interaction')} value={form.interaction} options={INTERACTIONS}
          onChange={set('interaction')} />
        <Field label={t('ownerTeam')} value={form.ownerTeam} onInput={set('ownerTeam')} />
        <Field label={t('emotion')} type="number" value={form.emotion} onInput={set('emotion')} />
        <Select label={t('moveToStage')} value={form.stageId} options={journey.stages.map((s) => s.id)}
          onChange={set('stageId')} labelOf={(id) => journey.stages.find((s) => s.id === id)?.name ?? id} />
        <Field label={t('customerAction')} value={form.customerAction} onInput={set('customerAction')} multiline />
        <Field label={t('customerThought')} value={form.customerThought} onInput={set('customerThought')}
          multiline />
        <Field label={t('lanePainPoints')} hint={t('onePerLine')} value={form.painPoints}
          onInput={set('painPoints')} multiline />
        <Field label={t('laneOpportunities')} hint={t('onePerLine')} value={form.opportunities}
          onInput={set('opportunities')} multiline />
        {blueprint && <>
          <Field label={t('laneFrontstage')} hint={t('onePerLine')} value={form.frontstage}
            onInput={set('frontstage')} multiline />
          <Field label={t('laneBackstage')} hint={t('onePerLine')} value={form.backstage}
            onInput={set('backstage')} multiline />
          <Field label={t('laneSupport')} hint={t('onePerLine')} value={form.supportProcesses}
            onInput={set('supportProcesses')} multiline />
        </>}
        <Field label={t('description')} value={form.description} onInput={set('description')} multiline />
        {tp && <fieldset class="wide"><legend>{t('addSurveyFromTemplate')}</legend>
          <Select label={t('surveys')} value={surveyKind} options={TEMPLATE_KINDS}
            onChange={(kind) => setSurveyKind(kind as SurveyKind)} labelOf={(kind) => kind} />
          <button type="button" onClick={addSurvey}>{t('addSurvey')}</button>
        </fieldset>}
        {error !== undefined && <div class="wide"><ErrorBox error={error} /></div>}
        <div class="actions wide">
          {tp && <button type="button" class="danger"
            onClick={() => run(() => call(RemoveTouchpoint, { id: tp.id }))}>{t('removeTouchpoint')}</button>}
          <button type="button" onClick={() => onDone('cancelled')}>{t('cancel')}</button>
          <button type="submit" class="primary">{tp ? t('save') : t('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
