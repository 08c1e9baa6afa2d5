// The survey behind a link as feedback-service answers it, and what the page sends back.
export type QuestionType = 'NPS' | 'CSAT' | 'CES' | 'RATING' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TEXT';
export interface Label { locale: string; text: string }
export interface Question {
  id: string; type: QuestionType; labels: Label[]; required: boolean;
  min?: number | null; max?: number | null; options?: { id: string; labels: Label[] }[] | null; maxLength?: number | null;
}
export interface PageSurvey {
  surveyId: string; title: string; defaultLocale: string; locales: string[]; questions: Question[];
  hiddenFields: string[]; personal: boolean; answeredResponseId: string | null;
  /** false: answered by the score clicked in the e-mail only (givenAnswers), which the page completes. */
  complete: boolean; givenAnswers: Answer[] | null;
}
export interface Answer { questionId: string; score?: number; optionIds?: string[]; text?: string }
export interface Problem { code?: string; detail?: string; violations?: { field: string; rule: string }[] }

const FIXED: Partial<Record<QuestionType, [number, number]>> = { NPS: [0, 10], CSAT: [1, 5], CES: [1, 7] };

export function range(question: Question): [number, number] {
  return FIXED[question.type] ?? [question.min ?? 0, question.max ?? 10];
}

/** The label in this locale, else in the survey's default one. */
export function labelIn(labels: Label[], locale: string, fallback: string): string {
  return (labels.find((l) => l.locale === locale) ?? labels.find((l) => l.locale.slice(0, 2) === locale.slice(0, 2))
    ?? labels.find((l) => l.locale === fallback) ?? labels[0]).text;
}

/** The first of these wanted locales the survey has (exact, then by language), else its default. */
export function chooseLocale(survey: PageSurvey, wanted: readonly string[]): string {
  for (const want of wanted) {
    const exact = survey.locales.find((l) => l.toLowerCase() === want.toLowerCase());
    const language = survey.locales.find((l) => l.slice(0, 2) === want.slice(0, 2).toLowerCase());
    if (exact ?? language) return (exact ?? language)!;
  }
  return survey.defaultLocale;
}

export function isAnswered(answer: Answer | undefined): boolean {
  return !!answer && (answer.score !== undefined || (answer.optionIds?.length ?? 0) > 0 || !!answer.text?.trim());
}
