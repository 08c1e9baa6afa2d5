// Journeys: the list searched by name and filtered by persona, map type and status, and creating one: blank from a
// stage template, from the template gallery, or imported from a JSON file.
import { useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import { JOURNEY_STATUSES, MAP_TYPES, STAGE_TEMPLATES } from './enums';
import type { JourneyStatus, MapType, StageTemplate } from './gql/graphql';
import { label, t } from './i18n';
import { useLoad } from './load';
import { lazyScreen } from './lazy';
import { CreateJourney, JourneysQuery, PersonaChoicesQuery } from './operations';
import { Pager, usePages } from './pager';
import { href, navigate, onLink } from './route';
import { Dialog, ErrorBox, Field, Loading, Select, lines } from './ui';

const TemplateGallery = lazyScreen(() => import('./journey-files').then((files) => files.TemplateGallery));
const ImportDialog = lazyScreen(() => import('./journey-files').then((files) => files.ImportDialog));

function usePersonaChoices() {
  return useLoad(() => call(PersonaChoicesQuery, {}).then((data) => data.personas.edges.map((e) => e.node)), []);
}

export function JourneyList({ session }: { session: Session }) {
  const [personaId, setPersonaId] = useState('');
  const [mapType, setMapType] = useState('');
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState<'blank' | 'template' | 'import'>();
  const personas = usePersonaChoices();
  const pages = usePages([personaId, mapType, status, search]);
  // Only spaces search nothing yet: the list stays whole until a character is typed.
  const list = useLoad(() => call(JourneysQuery, { personaId: personaId || null,
    mapType: (mapType || null) as MapType | null, status: (status || null) as JourneyStatus | null,
    search: search.trim() ? search : null, after: pages.after }), [personaId, mapType, status, search, pages.after]);
  const personaName = (id: string) => personas.data?.find((p) => p.id === id)?.name ?? id;

  return (
    <section aria-labelledby="journeys-title">
      <div class="toolbar">
        <h1 id="journeys-title">{t('journeysTitle')}</h1>
        {session.canEdit && <div class="actions">
          <button type="button" class="primary" onClick={() => setCreating('blank')}>{t('newJourney')}</button>
          <button type="button" onClick={() => setCreating('template')}>{t('newFromTemplate')}</button>
          <button type="button" onClick={() => setCreating('import')}>{t('importJourney')}</button>
        </div>}
      </div>
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('search')} type="search" value={search} onInput={setSearch} />
        <Select label={t('persona')} value={personaId} options={(personas.data ?? []).map((p) => p.id)}
          empty={t('all')} onChange={setPersonaId} labelOf={personaName} />
        <Select label={t('mapType')} value={mapType} options={MAP_TYPES} empty={t('all')} onChange={setMapType} />
        <Select label={t('status')} value={status} options={JOURNEY_STATUSES} empty={t('all')}
          onChange={setStatus} />
      </form>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : !list.data ? <Loading /> : (
        list.data.journeys.edges.length === 0 ? <p class="empty">{t('noJourneys')}</p> : <>
          <table class="list" aria-busy={list.loading}>
            <thead><tr><th scope="col">{t('journeyName')}</th><th scope="col">{t('persona')}</th>
              <th scope="col">{t('mapType')}</th><th scope="col">{t('status')}</th>
              <th scope="col"><span class="visually-hidden">{t('stagesCount', { count: '' })}</span></th></tr></thead>
            <tbody>{list.data.journeys.edges.map(({ node }) => (
              <tr key={node.id}>
                <td><a href={href({ view: 'map', id: node.id })} onClick={onLink({ view: 'map', id: node.id })}>
                  {node.name}</a></td>
                <td>{node.persona?.name ?? '—'}</td>
                <td>{label(node.mapType)}</td>
                <td>{label(node.status)}</td>
                <td class="muted">{t('stagesCount', { count: node.stages.length })}</td>
              </tr>))}</tbody>
          </table>
          <Pager pages={pages} pageInfo={list.data.journeys.pageInfo} total={list.data.journeys.totalCount} />
        </>)}
      {creating === 'blank' && <JourneyForm personas={personas.data ?? []} onClose={() => setCreating(undefined)} />}
      {creating === 'template' && <TemplateGallery personas={personas.data ?? []}
        onClose={() => setCreating(undefined)} />}
      {creating === 'import' && <ImportDialog personas={personas.data ?? []} onClose={() => setCreating(undefined)} />}
    </section>
  );
}

function JourneyForm({ personas, onClose }: { personas: { id: string; name: string }[]; onClose: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [personaId, setPersonaId] = useState('');
  const [mapType, setMapType] = useState<MapType>('CURRENT_STATE');
  const [template, setTemplate] = useState<StageTemplate>('PURCHASE_LOOP');
  const [stageNames, setStageNames] = useState('');
  const [error, setError] = useState<unknown>();
  const submit = (event: Event) => {
    event.preventDefault();
    call(CreateJourney, {
      input: { name, description: description || null, personaId: personaId || null, mapType },
      template, stageNames: template === 'CUSTOM' ? lines(stageNames) : null,
    }).then((data) => navigate({ view: 'map', id: data.createJourney.id }), setError);
  };
  return (
    <Dialog title={t('newJourney')} onClose={onClose}>
      <form onSubmit={submit} class="form-grid">
        <Field label={t('journeyName')} value={name} onInput={setName} required />
        <Select label={t('persona')} value={personaId} options={personas.map((p) => p.id)} empty={t('none')}
          onChange={setPersonaId} labelOf={(id) => personas.find((p) => p.id === id)?.name ?? id} />
        <Select label={t('mapType')} value={mapType} options={MAP_TYPES} onChange={(v) => setMapType(v as MapType)} />
        <Select label={t('template')} value={template} options={STAGE_TEMPLATES}
          onChange={(v) => setTemplate(v as StageTemplate)} />
        {template === 'CUSTOM' && <Field label={t('customStages')} hint={t('onePerLine')} value={stageNames}
          onInput={setStageNames} multiline />}
        <Field label={t('description')} value={description} onInput={setDescription} multiline />
        {error !== undefined && <div class="wide"><ErrorBox error={error} /></div>}
        <div class="actions wide">
          <button type="button" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" class="primary">{t('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
