// A survey as the editor holds it while it is being written: every field as typed (numbers too), so that nothing is
// changed on its way in; the server's rules judge the whole when it is saved.
import type { QuestionType, SurveyDraftQuery, SurveyInput, SurveyKind } from '../gql/graphql';
import type { PageSurvey } from '../respond/survey';

export const QUESTION_TYPES: QuestionType[] = ['NPS', 'CSAT', 'CES', 'RATING', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TEXT'];
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
type Texts = Partial<Record<Locale, string>>;

export interface DraftOption { key: number; id: string; labels: Texts }
export interface DraftQuestion {
  key: number; id: string; type: QuestionType; required: boolean; labels: Texts;
  min: string; max: string; maxLength: string; options: DraftOption[];
}
export interface Draft {
  title: string; kind: SurveyKind; defaultLocale: Locale; locales: Locale[]; hiddenFields: string;
  reminderAfterDays: string; touchpointId: string; questions: DraftQuestion[];
  /** Set through the API, not on this screen: kept as they are (a save replaces every field). */
  kept: { personaId: string | null; opensAt: string | null; closesAt: string | null };
  /** A survey about a stage or journey without a touchpoint: where it stays unless a touchpoint is chosen. */
  place: { journeyId: string | null; stageId: string | null } | null;
}

let keys = 0;
/** A key for list rendering: questions and options keep theirs while moved. */
const nextKey = () => ++keys;

export const isChoice = (type: QuestionType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';

export function emptyDraft(): Draft {
  return { title: '', kind: 'CUSTOM', defaultLocale: 'en', locales: ['en', 'fr'], hiddenFields: '', reminderAfterDays: '',
    touchpointId: '', questions: [newQuestion('NPS', [])], kept: { personaId: null, opensAt: null, closesAt: null },
    place: null };
}

/** A new question of this type, its answer id not yet taken in the survey (answers refer to it). */
export function newQuestion(type: QuestionType, questions: DraftQuestion[]): DraftQuestion {
  const base = type.toLowerCase().replace('_choice', '');
  let id = base;
  for (let n = 2; questions.some((q) => q.id === id); n++) id = `${base}${n}`;
  return { key: nextKey(), id, type, required: false, labels: {}, min: type === 'RATING' ? '1' : '',
    max: type === 'RATING' ? '5' : '', maxLength: '', options: isChoice(type) ? twoOptions() : [] };
}

/** A choice question's first options: it takes 2 at least. */
export function twoOptions(): DraftOption[] {
  const first = newOption([]);
  return [first, newOption([first])];
}

export function newOption(options: DraftOption[]): DraftOption {
  let n = options.length + 1;
  while (options.some((o) => o.id === `option${n}`)) n++;
  return { key: nextKey(), id: `option${n}`, labels: {} };
}

type Stored = NonNullable<SurveyDraftQuery['survey']>;
const texts = (labels: { locale: string; text: string }[]): Texts =>
  Object.fromEntries(labels.map((l) => [l.locale, l.text]));

export function fromSurvey(survey: Stored): Draft {
  const used = new Set<Locale>([survey.defaultLocale as Locale]);
  for (const q of survey.questions) q.labels.forEach((l) => used.add(l.locale as Locale));
  return {
    title: survey.title, kind: survey.kind, defaultLocale: survey.defaultLocale as Locale,
    locales: LOCALES.filter((l) => used.has(l)), hiddenFields: survey.hiddenFields.join(', '),
    reminderAfterDays: survey.reminderAfterDays?.toString() ?? '', touchpointId: survey.touchpointId ?? '',
    kept: { personaId: survey.personaId ?? null, opensAt: survey.opensAt ?? null, closesAt: survey.closesAt ?? null },
    place: survey.touchpointId ? null : { journeyId: survey.journeyId ?? null, stageId: survey.stageId ?? null },
    questions: survey.questions.map((q) => ({
      key: nextKey(), id: q.id, type: q.type, required: q.required === true, labels: texts(q.labels),
      min: q.min?.toString() ?? '', max: q.max?.toString() ?? '', maxLength: q.maxLength?.toString() ?? '',
      options: (q.options ?? []).map((o) => ({ key: nextKey(), id: o.id, labels: texts(o.labels) })),
    })),
  };
}

/** A number as typed: an empty field is no value; anything else goes as it is, for the server to judge. */
const number = (typed: string) => (typed.trim() === '' ? null : Number(typed));
const labels = (draft: Draft, given: Texts) => draft.locales.filter((l) => given[l]?.trim())
  .map((locale) => ({ locale, text: given[locale]! }));

export function toInput(draft: Draft, touchpoint: { journeyId: string; stageId: string } | undefined): SurveyInput {
  return {
    title: draft.title, kind: draft.kind, defaultLocale: draft.defaultLocale,
    hiddenFields: draft.hiddenFields.split(',').map((f) => f.trim()).filter(Boolean),
    reminderAfterDays: number(draft.reminderAfterDays),
    touchpointId: draft.touchpointId || null,
    stageId: touchpoint ? touchpoint.stageId : draft.place?.stageId ?? null,
    journeyId: touchpoint ? touchpoint.journeyId : draft.place?.journeyId ?? null,
    ...draft.kept,
    questions: draft.questions.map((q) => ({
      id: q.id, type: q.type, required: q.required, labels: labels(draft, q.labels),
      min: q.type === 'RATING' ? number(q.min) : null, max: q.type === 'RATING' ? number(q.max) : null,
      maxLength: q.type === 'TEXT' ? number(q.maxLength) : null,
      options: isChoice(q.type) ? q.options.map((o) => ({ id: o.id, labels: labels(draft, o.labels) })) : null,
    })),
  };
}

/** The draft as the hosted page would show it, for the preview (labels not written yet show as a placeholder). */
export function toPageSurvey(draft: Draft, placeholder: string): PageSurvey {
  const shown = (given: Texts) => {
    const written = labels(draft, given);
    return written.length ? written : [{ locale: draft.defaultLocale, text: placeholder }];
  };
  return {
    surveyId: 'preview', title: draft.title || placeholder, defaultLocale: draft.defaultLocale, locales: draft.locales,
    hiddenFields: [], personal: false, answeredResponseId: null, complete: true, givenAnswers: null,
    questions: draft.questions.map((q) => ({
      id: q.id || `q${q.key}`, type: q.type, required: q.required, labels: shown(q.labels),
      min: number(q.min), max: number(q.max), maxLength: number(q.maxLength),
      options: q.options.map((o) => ({ id: o.id || `o${o.key}`, labels: shown(o.labels) })),
    })),
  };
}
