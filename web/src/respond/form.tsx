import { useMemo, useRef, useState } from 'preact/hooks';
import { QuestionField } from './questions';
import type { Answer, PageSurvey, Problem } from './survey';
import { isAnswered } from './survey';
import { languageNames, textsFor } from './texts';

/** What a submission sends besides the answers: the page's own id for it and the language answered in. */
export interface Submitted { answers: Answer[]; locale: string; clientResponseId: string }

interface Props {
  survey: PageSurvey; locale: string; onLocale: (l: string) => void;
  initialAnswers: Record<string, Answer | undefined>;
  submit: (submitted: Submitted) => Promise<Response>;
  onDone: (already: boolean) => void;
  /** h1 on the hosted page; h2 in the website widget, inside the brand's own page. */
  Heading?: 'h1' | 'h2';
}

/** A survey one question at a time: progress, back and next, the language switch, and the refusals named. */
export function SurveyForm({ survey, locale, onLocale, initialAnswers, submit, onDone, Heading = 'h1' }: Props) {
  const t = textsFor(locale);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState(initialAnswers);
  const [error, setError] = useState<string[] | null>(null);
  const [sending, setSending] = useState(false);
  const clientResponseId = useMemo(() => crypto.randomUUID(), []);
  const form = useRef<HTMLFormElement>(null);
  const question = survey.questions[index];
  const last = index === survey.questions.length - 1;

  function go(to: number) {
    setError(null);
    setIndex(to);
    requestAnimationFrame(() => (form.current?.querySelector('.question input, .question textarea') as HTMLElement | null)?.focus());
  }
  async function next(event: Event) {
    event.preventDefault();
    if (question.required && !isAnswered(answers[question.id])) return setError([t.needed]);
    if (!last) return go(index + 1);
    setSending(true);
    setError(null);
    try {
      const response = await submit({
        answers: survey.questions.map((q) => answers[q.id]).filter(isAnswered) as Answer[], locale, clientResponseId,
      });
      if (response.ok) return onDone((await response.json()).status === 'DUPLICATE');
      const refusal = await problem(response);
      const known = (t as unknown as Record<string, string>)[refusal.code ?? ''];
      setError(typeof known === 'string' ? [known]
        : [t.refused, ...(refusal.violations ?? []).map((v) => `${v.field}: ${v.rule}`)]);
    } catch {
      setError([t.offline]);
    } finally {
      setSending(false);
    }
  }
  return (
    <form ref={form} onSubmit={next} noValidate>
      <header class="survey-header">
        <Heading id="survey-title">{survey.title}</Heading>
        {survey.locales.length > 1 && (
          <label class="language">{t.language}{' '}
            <select value={locale} onChange={(e) => onLocale((e.target as HTMLSelectElement).value)}>
              {survey.locales.map((l) => <option key={l} value={l} lang={l}>{languageNames[l.slice(0, 2)] ?? l}</option>)}
            </select>
          </label>
        )}
      </header>
      <p class="progress">
        <span>{t.progress(index + 1, survey.questions.length)}</span>
        <progress max={survey.questions.length} value={index + 1} aria-hidden="true" />
      </p>
      <QuestionField key={question.id} question={question} answer={answers[question.id]} locale={locale}
        fallback={survey.defaultLocale} t={t} onAnswer={(answer) => setAnswers({ ...answers, [question.id]: answer })} />
      <div role="alert" class="refusal">{error && error.map((line) => <p key={line}>{line}</p>)}</div>
      <nav class="steps">
        {index > 0 && <button type="button" onClick={() => go(index - 1)}>{t.back}</button>}
        <button type="submit" class="primary" disabled={sending}>{sending ? t.sending : last ? t.send : t.next}</button>
      </nav>
    </form>
  );
}

/** A refusal's problem+json, or what its status says when it has none. */
export async function problem(response: Response): Promise<Problem> {
  try {
    return (await response.json()) as Problem;
  } catch {
    return { code: response.status === 429 ? 'RATE_LIMITED' : 'unexpected' };
  }
}
