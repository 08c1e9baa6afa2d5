// The journey's own details, for editors: its name and description, its status (publish, archive, back to draft,
// restore), a duplicate under a name of its own, saving it as one of the workspace's templates; for admins, its
// deletion.
import { useState } from 'preact/hooks';
import { ApiError, call } from '../api';
import type { JourneyStatus } from '../gql/graphql';
import { label, t } from '../i18n';
import { DeleteJourney, DeriveJourney, SaveJourneyAsTemplate, SetJourneyStatus, UpdateJourney } from '../operations';
import { navigate } from '../route';
import { Dialog, ErrorBox, Field } from '../ui';
import type { MapJourney } from './JourneyGrid';
import type { DialogOutcome } from './TouchpointDialog';

/** Where a status may go from each status, as touchpoint-service allows, and the button that takes it there. */
const NEXT_STATUSES: Record<JourneyStatus, JourneyStatus[]> = {
  DRAFT: ['PUBLISHED'], PUBLISHED: ['ARCHIVED', 'DRAFT'], ARCHIVED: ['DRAFT'],
};
function statusAction(from: JourneyStatus, to: JourneyStatus) {
  if (from === 'ARCHIVED') return t('restoreJourney');
  return t(({ PUBLISHED: 'statusTo_PUBLISHED', ARCHIVED: 'statusTo_ARCHIVED', DRAFT: 'statusTo_DRAFT' } as const)[to]);
}

export function JourneyDialog({ journey, canDelete, onDone }: { journey: MapJourney; canDelete: boolean;
  onDone: (outcome: DialogOutcome) => void }) {
  const [name, setName] = useState(journey.name);
  const [description, setDescription] = useState(journey.description ?? '');
  const [copyName, setCopyName] = useState(t('copyOf', { name: journey.name }));
  const [templateName, setTemplateName] = useState(journey.name);
  const [savedAs, setSavedAs] = useState<string>();
  const [error, setError] = useState<unknown>();
  const run = (work: Promise<unknown>) => work.then(() => onDone('saved'), (failure: unknown) => {
    if (failure instanceof ApiError && failure.code === 'CONFLICT') onDone('conflict');
    else setError(failure);
  });
  // The persona and map type are sent as they are: this dialog changes neither (updateJourney replaces every field).
  const save = (event: Event) => {
    event.preventDefault();
    void run(call(UpdateJourney, { id: journey.id, expectedVersion: journey.version, input: {
      name, description: description || null, personaId: journey.personaId ?? null, mapType: journey.mapType } }));
  };
  const duplicate = (event: Event) => {
    event.preventDefault();
    call(DeriveJourney, { id: journey.id, mapType: journey.mapType, name: copyName })
      .then((data) => navigate({ view: 'map', id: data.deriveJourney.id }), setError);
  };
  const saveAsTemplate = (event: Event) => {
    event.preventDefault();
    call(SaveJourneyAsTemplate, { journeyId: journey.id, name: templateName })
      .then((data) => setSavedAs(data.saveJourneyAsTemplate.name), setError);
  };
  return (
    <Dialog title={t('journeyDetails')} onClose={() => onDone('cancelled')}>
      <form onSubmit={save} class="form-grid">
        <Field label={t('journeyName')} value={name} onInput={setName} required />
        <Field label={t('description')} value={description} onInput={setDescription} multiline />
        <div class="actions wide"><button type="submit" class="primary">{t('save')}</button></div>
      </form>
      <section class="dialog-part" aria-labelledby="journey-status">
        <h3 id="journey-status">{t('status')}: {label(journey.status)}</h3>
        <div class="actions">
          {NEXT_STATUSES[journey.status].map((status) => <button type="button" key={status} onClick={() =>
            void run(call(SetJourneyStatus, { id: journey.id, expectedVersion: journey.version, status }))}>
            {statusAction(journey.status, status)}</button>)}
        </div>
      </section>
      <section class="dialog-part" aria-labelledby="journey-duplicate">
        <h3 id="journey-duplicate">{t('duplicate')}</h3>
        <form onSubmit={duplicate} class="form-grid">
          <Field label={t('copyName')} value={copyName} onInput={setCopyName} required />
          <div class="actions"><button type="submit">{t('duplicate')}</button></div>
        </form>
      </section>
      <section class="dialog-part" aria-labelledby="journey-template">
        <h3 id="journey-template">{t('saveAsTemplate')}</h3>
        <p class="muted">{t('saveAsTemplateHelp')}</p>
        <form onSubmit={saveAsTemplate} class="form-grid">
          <Field label={t('templateName')} value={templateName} onInput={setTemplateName} required />
          <div class="actions"><button type="submit">{t('saveAsTemplate')}</button></div>
        </form>
        {savedAs && <p class="live-note" role="status">{t('savedAsTemplate', { name: savedAs })}</p>}
      </section>
      {canDelete && <DeleteJourneyPart journey={journey} onConflict={() => onDone('conflict')} onError={setError} />}
      {error !== undefined && <ErrorBox error={error} />}
      <div class="actions dialog-part">
        <button type="button" onClick={() => onDone('cancelled')}>{t('close')}</button>
      </div>
    </Dialog>
  );
}

/** Deletion, for admins: what goes and what stays said first, then one more click naming the journey. */
function DeleteJourneyPart({ journey, onConflict, onError }: { journey: MapJourney; onConflict: () => void;
  onError: (error: unknown) => void }) {
  const [confirming, setConfirming] = useState(false);
  const remove = () => call(DeleteJourney, { id: journey.id, expectedVersion: journey.version })
    .then(() => navigate({ view: 'journeys' }), (failure: unknown) => {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') onConflict();
      else onError(failure);
    });
  return (
    <section class="dialog-part" aria-labelledby="journey-delete">
      <h3 id="journey-delete">{t('deleteJourney')}</h3>
      <p class="muted">{t('deleteJourneyHelp')}</p>
      <div class="actions">
        {confirming ? <>
          <button type="button" class="danger" onClick={() => void remove()}>
            {t('deleteJourneyConfirm', { name: journey.name })}</button>
          <button type="button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
        </> : <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('deleteJourney')}…</button>}
      </div>
    </section>
  );
}
