// Writing a survey: its title, languages, questions of every type with their text in each language, hidden fields,
// reminders and the touchpoint it is about; saved as the draft, published as the next version, previewed as
// respondents will see it. Responses given to earlier versions stay with the version they answered.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { call } from '../api';
import type { TouchpointChoicesQuery } from '../gql/graphql';
import { t } from '../i18n';
import { useLoad } from '../load';
import { CreateSurvey, PublishSurvey, SurveyDraftQuery, TouchpointChoicesQuery as Touchpoints, UpdateSurvey }
  from '../operations';
import { navigate } from '../route';
import { ErrorBox, Field, Loading, Select } from '../ui';
import type { Draft, Locale } from './draft';
import { emptyDraft, fromSurvey, LOCALES, newQuestion, QUESTION_TYPES, toInput, toPageSurvey } from './draft';
import { Preview } from './preview';
import { QuestionFields, questionTypeLabel } from './question-fields';

export function SurveyEditor({ id }: { id?: string }) {
  const stored = useLoad(() => (id ? call(SurveyDraftQuery, { id }) : Promise.resolve(null)), [id]);
  const touchpoints = useLoad(() => call(Touchpoints, {}), []);
  if (stored.error || touchpoints.error) return <ErrorBox error={stored.error ?? touchpoints.error} onRetry={stored.reload} />;
  if (stored.data === undefined || !touchpoints.data) return <Loading />;
  const survey = stored.data?.survey;
  if (id && !survey) return <ErrorBox error={t('surveyNotFound')} />;
  return <EditorForm key={id ?? 'new'} id={id} revision={survey?.revision} initial={survey ? fromSurvey(survey) : emptyDraft()}
    touchpoints={touchpoints.data} />;
}

interface TouchpointPlace { journeyId: string; stageId: string; name: string }

function places(data: TouchpointChoicesQuery): Map<string, TouchpointPlace> {
  const found = new Map<string, TouchpointPlace>();
  for (const { node: journey } of data.journeys.edges) {
    for (const stage of journey.stages) {
      for (const tp of stage.touchpoints) {
        found.set(tp.id, { journeyId: journey.id, stageId: stage.id, name: `${journey.name} › ${stage.name} › ${tp.name}` });
      }
    }
  }
  return found;
}

function EditorForm({ id, revision, initial, touchpoints }: { id?: string; revision?: number; initial: Draft;
  touchpoints: TouchpointChoicesQuery }) {
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<{ id: string; revision: number } | undefined>(id ? { id, revision: revision! } : undefined);
  const [failure, setFailure] = useState<unknown>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState<string>('CSAT');
  const where = useMemo(() => places(touchpoints), [touchpoints]);
  const page = useMemo(() => toPageSurvey(draft, '…'), [draft]);
  useEffect(() => setStatus(''), [draft]);
  const set = (change: Partial<Draft>) => setDraft({ ...draft, ...change });
  const setQuestions = (questions: Draft['questions']) => set({ questions });

  async function save(): Promise<{ id: string; revision: number } | undefined> {
    const input = toInput(draft, where.get(draft.touchpointId));
    const result = saved
      ? (await call(UpdateSurvey, { id: saved.id, expectedRevision: saved.revision, input })).updateSurvey
      : (await call(CreateSurvey, { input })).createSurvey;
    setSaved(result);
    if (!saved) history.replaceState(null, '', `/?view=survey-edit&id=${result.id}`);
    return result;
  }
  async function run(action: 'save' | 'publish') {
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await save();
      if (action === 'publish' && result) {
        await call(PublishSurvey, { id: result.id, expectedRevision: result.revision });
        navigate({ view: 'survey', id: result.id });
        return;
      }
      setStatus(t('draftSaved'));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }
  const toggleLocale = (locale: Locale, on: boolean) => set({
    locales: LOCALES.filter((l) => (l === locale ? on : draft.locales.includes(l))) });
  return (
    <section aria-labelledby="editor-title" class="survey-editor">
      <h1 id="editor-title">{id ? t('editSurvey') : t('newSurvey')}</h1>
      <div class="editor-columns">
        <form class="editor-form" onSubmit={(e) => { e.preventDefault(); run('save'); }}>
          <Field label={t('surveyTitle')} value={draft.title} onInput={(title) => set({ title })} required name="title" />
          <fieldset class="inline-form">
            <legend>{t('surveyLanguages')}</legend>
            {LOCALES.map((locale) => <label class="check" key={locale}>
              <input type="checkbox" checked={draft.locales.includes(locale)} disabled={locale === draft.defaultLocale}
                onChange={(e) => toggleLocale(locale, e.currentTarget.checked)} /> {locale === 'en' ? 'English' : 'Français'}
            </label>)}
            <Select label={t('defaultLanguage')} value={draft.defaultLocale} options={draft.locales as string[]}
              labelOf={(l) => (l === 'en' ? 'English' : 'Français')} onChange={(l) => set({ defaultLocale: l as Locale })} />
          </fieldset>
          <Select label={t('aboutTouchpoint')} value={draft.touchpointId} options={[...where.keys()]} empty={t('noTouchpoint')}
            labelOf={(tp) => where.get(tp)?.name ?? tp} onChange={(touchpointId) => set({ touchpointId })} />
          <div class="inline-form">
            <Field label={t('hiddenFields')} hint={t('hiddenFieldsHint')} value={draft.hiddenFields}
              onInput={(hiddenFields) => set({ hiddenFields })} name="hiddenFields" />
            <Field label={t('reminderAfterDays')} hint={t('reminderHint')} type="number" value={draft.reminderAfterDays}
              onInput={(reminderAfterDays) => set({ reminderAfterDays })} name="reminderAfterDays" />
          </div>
          <h2>{t('surveyQuestions')}</h2>
          {draft.questions.map((question, index) => <QuestionFields key={question.key} question={question} index={index}
            count={draft.questions.length} locales={draft.locales}
            onChange={(changed) => setQuestions(draft.questions.map((q) => (q.key === question.key ? changed : q)))}
            onMove={(by) => {
              const moved = [...draft.questions];
              [moved[index], moved[index + by]] = [moved[index + by], moved[index]];
              setQuestions(moved);
            }}
            onRemove={() => setQuestions(draft.questions.filter((q) => q.key !== question.key))} />)}
          <div class="inline-form">
            <Select label={t('questionType')} value={adding} options={QUESTION_TYPES} labelOf={questionTypeLabel}
              onChange={setAdding} />
            <button type="button" onClick={() => setQuestions([...draft.questions,
              newQuestion(adding as Draft['questions'][number]['type'], draft.questions)])}>{t('addQuestion')}</button>
          </div>
          {failure !== undefined && <ErrorBox error={failure} />}
          <p class="editor-actions">
            <button type="submit" disabled={busy}>{t('saveDraft')}</button>{' '}
            <button type="button" class="primary" disabled={busy} onClick={() => run('publish')}>{t('publishSurvey')}</button>
            {' '}<span role="status">{status}</span>
          </p>
        </form>
        <aside class="editor-preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('preview')}</h2>
          <Preview survey={page} locale={draft.defaultLocale} />
        </aside>
      </div>
    </section>
  );
}
