// New journeys from whole maps: the template gallery (a journey per industry, with its persona) and the import of a
// journey exported as JSON. Loaded when one is opened, so the journey list stays light.
import { useState } from 'preact/hooks';
import { call } from './api';
import type { JourneyTemplatesQuery as TemplatesResult, PersonaInput } from './gql/graphql';
import { locale, t } from './i18n';
import { useLoad } from './load';
import { FileProblem, parseJourneyFile, type JourneyFile } from './map/document';
import { ArchivePersona, CheckJourneyDocument, CreateJourneyFromTemplate, CreatePersona, DeleteJourneyTemplate,
  ImportJourney, JourneyTemplatesQuery } from './operations';
import { navigate } from './route';
import { Dialog, ErrorBox, Field, Loading, Select } from './ui';

type Template = TemplatesResult['journeyTemplates'][number];
type PersonaChoice = { id: string; name: string };
/** The persona choice that creates the template's (or the file's) persona with the journey. */
const NEW_PERSONA = 'new';

export function TemplateGallery({ personas, onClose }: { personas: PersonaChoice[]; onClose: () => void }) {
  const language = locale.get();
  const templates = useLoad(() => call(JourneyTemplatesQuery, { locale: language }), [language]);
  const [chosen, setChosen] = useState<Template>();
  return (
    <Dialog title={t('templateGallery')} onClose={onClose}>
      {templates.error ? <ErrorBox error={templates.error} onRetry={templates.reload} />
        : !templates.data ? <Loading />
          : chosen ? <FromTemplate template={chosen} personas={personas} onBack={() => setChosen(undefined)} />
            : <ul class="template-gallery">{templates.data.journeyTemplates.map((template) => (
              <li key={template.id}><article aria-labelledby={`template-${template.id}`}
                class={template.own ? 'own' : undefined}>
                <p class="muted">{template.industry ?? t('ownTemplate')}</p>
                <h3 id={`template-${template.id}`}>{template.name}</h3>
                {template.description && <p>{template.description}</p>}
                <p class="stages">{template.stageNames.join(' → ')}</p>
                <p class="muted">{t('templateSize', { stages: template.stageNames.length,
                  touchpoints: template.touchpointCount })}{template.persona && <> · {t('persona')}:{' '}
                  {template.persona.name}{template.persona.title && ` (${template.persona.title})`}</>}</p>
                <div class="actions">
                  <button type="button" onClick={() => setChosen(template)}
                    aria-label={`${t('useTemplate')}: ${template.name}`}>{t('useTemplate')}</button>
                  {template.own && <button type="button" class="danger" aria-label={`${t('delete')}: ${template.name}`}
                    onClick={() => call(DeleteJourneyTemplate, { id: template.id }).then(templates.reload,
                      templates.reload)}>{t('delete')}</button>}
                </div>
              </article></li>))}</ul>}
    </Dialog>
  );
}

function FromTemplate({ template, personas, onBack }: { template: Template; personas: PersonaChoice[];
  onBack: () => void }) {
  const [name, setName] = useState(template.name);
  // A gallery template's persona is created with the journey; a workspace's own template keeps the one it had.
  const [persona, setPersona] = useState(template.persona ? NEW_PERSONA : template.personaId ?? '');
  const [error, setError] = useState<unknown>();
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const personaId = persona === NEW_PERSONA && template.persona ? await createPersona(template.persona)
        : persona || null;
      const made = await call(CreateJourneyFromTemplate, { templateId: template.id, locale: template.locale, name,
        personaId });
      navigate({ view: 'map', id: made.createJourneyFromTemplate.id });
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form onSubmit={submit} class="form-grid">
      <p class="wide"><strong>{template.name}</strong> · {template.stageNames.join(' → ')}</p>
      <Field label={t('journeyName')} value={name} onInput={setName} required />
      <PersonaSelect personas={personas} value={persona} onChange={setPersona} newName={template.persona?.name}
        allowNone={!template.personaId} />
      {error !== undefined && <div class="wide"><ErrorBox error={error} /></div>}
      <div class="actions wide">
        <button type="button" onClick={onBack}>{t('back')}</button>
        <button type="submit" class="primary">{t('create')}</button>
      </div>
    </form>
  );
}

/** allowNone: false for a workspace's own template with a persona, which then always follows one. */
function PersonaSelect({ personas, value, onChange, newName, allowNone = true }: { personas: PersonaChoice[];
  value: string; onChange: (value: string) => void; newName?: string; allowNone?: boolean }) {
  return <Select label={t('persona')} value={value}
    options={[...newName ? [NEW_PERSONA] : [], ...personas.map((p) => p.id)]}
    empty={allowNone ? t('none') : undefined} onChange={onChange} labelOf={(id) => id === NEW_PERSONA
      ? t('createPersonaNamed', { name: newName ?? '' }) : personas.find((p) => p.id === id)?.name ?? id} />;
}

async function createPersona(input: PersonaInput): Promise<string> {
  return (await call(CreatePersona, { input })).createPersona.id;
}

/** What a file problem says to the person importing it. */
function problemText(problem: FileProblem): string {
  if (problem.kind === 'notJson') return t('importNotJson', { message: problem.message });
  if (problem.kind === 'newer') return t('importNewer', { version: problem.message });
  return t('importNotJourney');
}

/**
 * Imports a journey file: the platform checks the whole journey first, then the persona is found by name in this
 * workspace or created, then the journey is stored in one go. Should that last step fail, a persona created for it
 * is archived again, so nothing is left half-imported.
 */
export async function importJourneyFile(file: JourneyFile, personas: PersonaChoice[]): Promise<string> {
  await call(CheckJourneyDocument, { document: file.document });
  const existing = file.persona && personas.find((p) => p.name.trim().toLowerCase()
    === file.persona!.name.trim().toLowerCase());
  const created = file.persona && !existing ? await createPersona(file.persona) : null;
  const personaId = existing?.id ?? created;
  try {
    const made = await call(ImportJourney, { document: { ...file.document,
      journey: { ...file.document.journey, personaId } } });
    return made.importJourney.id;
  } catch (failure) {
    if (created) await call(ArchivePersona, { id: created }).catch(() => undefined);
    throw failure;
  }
}

export function ImportDialog({ personas, onClose }: { personas: PersonaChoice[]; onClose: () => void }) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const choose = async (event: Event) => {
    const chosen = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!chosen) return;
    setBusy(true);
    setError(undefined);
    try {
      const id = await importJourneyFile(parseJourneyFile(await chosen.text()), personas);
      navigate({ view: 'map', id });
    } catch (failure) {
      setError(failure instanceof FileProblem ? new Error(problemText(failure)) : failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('importJourney')} onClose={onClose}>
      <p>{t('importJourneyHelp')}</p>
      <label class="file-choice">{t('chooseFile')}{' '}
        <input type="file" accept="application/json,.json" onChange={choose} disabled={busy} name="journey-file" />
      </label>
      {busy && <Loading />}
      {error !== undefined && <ErrorBox error={error} />}
    </Dialog>
  );
}
