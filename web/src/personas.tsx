// Personas: the list with its filters, the persona card with its journeys, and the editor's form.
import { useState } from 'preact/hooks';
import { ApiError, call, uploadPersonaPhoto } from './api';
import type { Session } from './auth';
import { AGE_RANGES, CHANNELS, INCOME_BANDS } from './enums';
import type { AgeRange, Channel, IncomeBand, PersonaInput, PersonaQuery as PersonaData } from './gql/graphql';
import { label, t } from './i18n';
import { useLoad } from './load';
import { ArchivePersona, CreatePersona, PersonaQuery, PersonasQuery, RestorePersona, UpdatePersona }
  from './operations';
import { Pager, usePages } from './pager';
import { navigate, onLink, href } from './route';
import { ChannelIcon, Dialog, ErrorBox, Field, Loading, Select, lines } from './ui';

export function PersonaList({ session }: { session: Session }) {
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const [channel, setChannel] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const pages = usePages([search, tag, channel, includeArchived]);
  const list = useLoad(() => call(PersonasQuery, {
    search: search || null, tag: tag || null, channel: (channel || null) as Channel | null, includeArchived,
    after: pages.after,
  }), [search, tag, channel, includeArchived, pages.after]);

  return (
    <section aria-labelledby="personas-title">
      <div class="toolbar">
        <h1 id="personas-title">{t('personasTitle')}</h1>
        {session.canEdit && <button type="button" class="primary" onClick={() => setCreating(true)}>
          {t('newPersona')}</button>}
      </div>
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('search')} type="search" value={search} onInput={setSearch} />
        <Field label={t('tag')} value={tag} onInput={setTag} />
        <Select label={t('channel')} value={channel} options={CHANNELS} empty={t('all')} onChange={setChannel} />
        <label class="check"><input type="checkbox" checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.currentTarget.checked)} /> {t('showArchived')}</label>
      </form>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : !list.data ? <Loading /> : (
        list.data.personas.edges.length === 0 ? <p class="empty">{t('noPersonas')}</p> : <>
          <ul class="cards" aria-busy={list.loading}>
            {list.data.personas.edges.map(({ node }) => (
              <li key={node.id} class={`card persona-card ${node.archived ? 'archived' : ''}`}>
                <Avatar url={node.avatarUrl} name={node.name} />
                <div>
                  <h2><a href={href({ view: 'persona', id: node.id })}
                    onClick={onLink({ view: 'persona', id: node.id })}>{node.name}</a></h2>
                  {node.title && <p class="muted">{node.title}</p>}
                  {node.quote && <blockquote>“{node.quote}”</blockquote>}
                  <p class="chips">{node.preferredChannels.map((c) => <ChannelIcon key={c} channel={c} />)}
                    {node.tags.map((tagName) => <span key={tagName} class="chip">{tagName}</span>)}
                    {node.archived && <span class="chip">{t('archived')}</span>}</p>
                </div>
              </li>))}
          </ul>
          <Pager pages={pages} pageInfo={list.data.personas.pageInfo} total={list.data.personas.totalCount} />
        </>)}
      {creating && <PersonaForm onClose={() => setCreating(false)}
        onSaved={(id) => navigate({ view: 'persona', id })} />}
    </section>
  );
}

/** The persona's picture, or its initial when there is none or it cannot be loaded. */
export function Avatar({ url, name }: { url?: string | null; name: string }) {
  const [broken, setBroken] = useState(false);
  return url && !broken ? <img class="avatar" src={url} alt="" width={56} height={56} onError={() => setBroken(true)} />
    : <span class="avatar initials" aria-hidden="true">{name.slice(0, 1)}</span>;
}

export function PersonaView({ session, id }: { session: Session; id: string }) {
  const persona = useLoad(() => call(PersonaQuery, { id }), [id]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>();
  if (persona.error) return <ErrorBox error={persona.error} onRetry={persona.reload} />;
  if (!persona.data) return <Loading />;
  const p = persona.data.persona;
  if (!p) return <p class="empty">{t('noPersonas')}</p>;
  const toggleArchived = () => (p.archived ? call(RestorePersona, { id: p.id }) : call(ArchivePersona, { id: p.id }))
    .then(persona.reload, setError);
  return (
    <article class="persona" aria-labelledby="persona-name">
      <div class="toolbar">
        <Avatar url={p.avatarUrl} name={p.name} />
        <div>
          <h1 id="persona-name">{p.name}</h1>
          {p.title && <p class="muted">{p.title}</p>}
        </div>
        {session.canEdit && <div class="actions">
          <label class="button">{t('uploadPhoto')}
            <input type="file" class="visually-hidden" accept="image/png,image/jpeg,image/webp"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file) uploadPersonaPhoto(p.id, file).then(() => { setError(undefined); persona.reload(); }, setError);
              }} /></label>
          <button type="button" onClick={() => setEditing(true)}>{t('edit')}</button>
          <button type="button" onClick={toggleArchived}>{p.archived ? t('restore') : t('archive')}</button>
        </div>}
      </div>
      {error !== undefined && <ErrorBox error={error} />}
      {p.quote && <blockquote>“{p.quote}”</blockquote>}
      {p.summary && <p>{p.summary}</p>}
      <div class="persona-grid">
        <section><h2>{t('demographics')}</h2>
          <dl>
            {p.demographics.ageRange && <><dt>{t('ageRange')}</dt><dd>{label(p.demographics.ageRange)}</dd></>}
            {p.demographics.familyStatus && <><dt>{t('familyStatus')}</dt><dd>{p.demographics.familyStatus}</dd></>}
            {p.demographics.incomeBand && <><dt>{t('incomeBand')}</dt><dd>{label(p.demographics.incomeBand)}</dd></>}
            {p.demographics.location && <><dt>{t('location')}</dt><dd>{p.demographics.location}</dd></>}
            {p.demographics.occupation && <><dt>{t('occupation')}</dt><dd>{p.demographics.occupation}</dd></>}
          </dl>
        </section>
        <ListSection title={t('goals')} items={p.goals} />
        <ListSection title={t('frustrations')} items={p.frustrations} />
        <ListSection title={t('motivations')} items={p.motivations} />
        <ListSection title={t('behaviours')} items={p.behaviours} />
        <section><h2>{t('preferredChannels')}</h2>
          <p class="chips">{p.preferredChannels.map((c) => <span key={c} class="chip"><ChannelIcon channel={c} />
            {' '}{label(c)}</span>)}</p>
        </section>
      </div>
      <section><h2>{t('personaJourneys')}</h2>
        {(p.journeys ?? []).length === 0 ? <p class="empty">{t('noJourneysYet')}</p> : (
          <ul>{(p.journeys ?? []).map((journey) => journey && (
            <li key={journey.id}><a href={href({ view: 'map', id: journey.id })}
              onClick={onLink({ view: 'map', id: journey.id })}>{journey.name}</a>
              {' '}<span class="muted">{label(journey.mapType)} · {label(journey.status)}</span></li>))}</ul>)}
      </section>
      {editing && <PersonaForm persona={p} onClose={() => setEditing(false)}
        onSaved={() => { setEditing(false); persona.reload(); }} />}
    </article>
  );
}

function ListSection({ title, items }: { title: string; items: readonly string[] }) {
  return <section><h2>{title}</h2>{items.length ? <ul>{items.map((item, i) => <li key={i}>{item}</li>)}</ul>
    : <p class="muted">—</p>}</section>;
}

type Persona = NonNullable<PersonaData['persona']>;

/** Create (no persona) or edit; refusals from the server are shown as they are, naming the field and rule. */
function PersonaForm({ persona, onClose, onSaved }: { persona?: Persona; onClose: () => void;
  onSaved: (id: string) => void }) {
  const [form, setForm] = useState(() => ({
    name: persona?.name ?? '', title: persona?.title ?? '', avatarUrl: persona?.avatarUrl ?? '',
    quote: persona?.quote ?? '', summary: persona?.summary ?? '',
    ageRange: persona?.demographics.ageRange ?? '', incomeBand: persona?.demographics.incomeBand ?? '',
    familyStatus: persona?.demographics.familyStatus ?? '', location: persona?.demographics.location ?? '',
    occupation: persona?.demographics.occupation ?? '',
    goals: (persona?.goals ?? []).join('\n'), frustrations: (persona?.frustrations ?? []).join('\n'),
    motivations: (persona?.motivations ?? []).join('\n'), behaviours: (persona?.behaviours ?? []).join('\n'),
    tags: (persona?.tags ?? []).join('\n'), preferredChannels: [...(persona?.preferredChannels ?? [])] as Channel[],
  }));
  const [error, setError] = useState<unknown>();
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });
  const input = (): PersonaInput => ({
    name: form.name, title: form.title || null, avatarUrl: form.avatarUrl || null, quote: form.quote || null,
    summary: form.summary || null,
    demographics: { ageRange: (form.ageRange || null) as AgeRange | null,
      incomeBand: (form.incomeBand || null) as IncomeBand | null, familyStatus: form.familyStatus || null,
      location: form.location || null, occupation: form.occupation || null },
    goals: lines(form.goals), frustrations: lines(form.frustrations), motivations: lines(form.motivations),
    behaviours: lines(form.behaviours), tags: lines(form.tags), preferredChannels: form.preferredChannels,
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      if (persona) {
        await call(UpdatePersona, { id: persona.id, expectedVersion: persona.version, input: input() });
        onSaved(persona.id);
      } else {
        onSaved((await call(CreatePersona, { input: input() })).createPersona.id);
      }
    } catch (failure) {
      setError(failure instanceof ApiError && failure.code === 'CONFLICT' ? new Error(t('personaConflict')) : failure);
    }
  };
  const toggleChannel = (channel: Channel) => setForm({ ...form, preferredChannels:
    form.preferredChannels.includes(channel) ? form.preferredChannels.filter((c) => c !== channel)
      : [...form.preferredChannels, channel] });
  return (
    <Dialog title={persona ? `${t('edit')}: ${persona.name}` : t('newPersona')} onClose={onClose}>
      <form onSubmit={submit} class="form-grid">
        <Field label={t('personaName')} value={form.name} onInput={set('name')} required />
        <Field label={t('personaTitle')} value={form.title} onInput={set('title')} />
        <Field label={t('avatarUrl')} hint={t('avatarUrlHint')} value={form.avatarUrl} onInput={set('avatarUrl')} />
        <Field label={t('quote')} value={form.quote} onInput={set('quote')} />
        <Field label={t('summary')} value={form.summary} onInput={set('summary')} multiline />
        <Select label={t('ageRange')} value={form.ageRange} options={AGE_RANGES} empty={t('none')}
          onChange={set('ageRange')} />
        <Select label={t('incomeBand')} value={form.incomeBand} options={INCOME_BANDS} empty={t('none')}
          onChange={set('incomeBand')} />
        <Field label={t('familyStatus')} value={form.familyStatus} onInput={set('familyStatus')} />
        <Field label={t('location')} value={form.location} onInput={set('location')} />
        <Field label={t('occupation')} value={form.occupation} onInput={set('occupation')} />
        <Field label={t('goals')} hint={t('onePerLine')} value={form.goals} onInput={set('goals')} multiline />
        <Field label={t('frustrations')} hint={t('onePerLine')} value={form.frustrations}
          onInput={set('frustrations')} multiline />
        <Field label={t('motivations')} hint={t('onePerLine')} value={form.motivations}
          onInput={set('motivations')} multiline />
        <Field label={t('behaviours')} hint={t('onePerLine')} value={form.behaviours}
          onInput={set('behaviours')} multiline />
        <Field label={t('tags')} hint={t('onePerLine')} value={form.tags} onInput={set('tags')} multiline />
        <fieldset class="wide"><legend>{t('preferredChannels')}</legend>
          {CHANNELS.map((channel) => <label key={channel} class="check"><input type="checkbox"
            checked={form.preferredChannels.includes(channel)} onChange={() => toggleChannel(channel)} />
            {' '}{label(channel)}</label>)}
        </fieldset>
        {error !== undefined && <div class="wide"><ErrorBox error={error} /></div>}
        <div class="actions wide">
          <button type="button" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" class="primary">{persona ? t('save') : t('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
