import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Submitted } from './form';
import { problem, SurveyForm } from './form';
import type { Answer, PageSurvey } from './survey';
import { chooseLocale, range } from './survey';
import { textsFor } from './texts';
import './questions.css';
import './respond.css';

// The hosted survey page: /s/{token}. The token is the link's capability; the page talks to /api/v1/respond/{token}.
// /u/{token} is the same page unsubscribing a contact from invitations (/api/v1/unsubscribe/{token}).
const [kind, rawToken] = location.pathname.split('/').filter(Boolean);
const token = decodeURIComponent(rawToken ?? '');
const params = new URLSearchParams(location.search);
const api = `/api/v1/respond/${encodeURIComponent(token)}`;
const CHANNELS: Record<string, string> = { email: 'EMAIL', sms: 'SMS', web: 'WEB', qr: 'IN_PERSON', kiosk: 'KIOSK' };
const wantedLocales = [params.get('lang') ?? '', ...navigator.languages].filter(Boolean);

type State =
  | { kind: 'loading' }
  | { kind: 'refused'; code: string }
  | { kind: 'answering'; survey: PageSurvey }
  | { kind: 'done'; already: boolean };

function Page() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [locale, setLocale] = useState(wantedLocales[0] ?? 'en');
  useEffect(() => {
    fetch(api).then(async (response) => {
      if (!response.ok) return setState({ kind: 'refused', code: (await problem(response)).code ?? 'unexpected' });
      const survey = (await response.json()) as PageSurvey;
      setLocale(chooseLocale(survey, wantedLocales));
      if (survey.answeredResponseId && survey.complete) return setState({ kind: 'done', already: true });
      setState({ kind: 'answering', survey });
      if (!survey.answeredResponseId) sendClickedScore(survey, chooseLocale(survey, wantedLocales));
    }, () => setState({ kind: 'refused', code: 'offline' }));
  }, []);
  useEffect(() => { document.documentElement.lang = locale; }, [locale]);
  const t = textsFor(locale);
  if (state.kind === 'loading') return <p>{t.loading}</p>;
  if (state.kind === 'refused') {
    const message = (t as unknown as Record<string, string>)[state.code];
    return <Notice title={document.title} text={typeof message === 'string' ? message : t.unexpected} />;
  }
  if (state.kind === 'done') return <Notice title={t.thanks} text={state.already ? t.already : t.received} />;
  return <Survey survey={state.survey} locale={locale} onLocale={setLocale}
    onDone={(already) => setState({ kind: 'done', already })} />;
}

/** One click, then the answer: unsubscribing is never more than a button away from the invitation e-mail. */
function Unsubscribe() {
  const [state, setState] = useState<'asking' | 'sending' | 'done' | string>('asking');
  const locale = wantedLocales.map((l) => l.slice(0, 2)).find((l) => l === 'en' || l === 'fr') ?? 'en';
  useEffect(() => { document.documentElement.lang = locale; }, []);
  const t = textsFor(locale);
  async function confirm() {
    setState('sending');
    try {
      const response = await fetch(`/api/v1/unsubscribe/${encodeURIComponent(token)}`, { method: 'POST' });
      setState(response.ok ? 'done' : (await problem(response)).code ?? 'unexpected');
    } catch {
      setState('offline');
    }
  }
  if (state === 'done') return <Notice title={t.unsubscribed} text={t.unsubscribedText} />;
  const failure = (t as unknown as Record<string, string>)[state];
  return (
    <section class="notice-page">
      <h1>{t.unsubscribeTitle}</h1>
      <p>{t.unsubscribeText}</p>
      {state !== 'asking' && state !== 'sending' && <p role="alert" class="refusal">
        {typeof failure === 'string' ? failure : t.unexpected}</p>}
      <nav class="steps"><button type="button" class="primary" disabled={state === 'sending'} onClick={confirm}>
        {t.unsubscribeButton}</button></nav>
    </section>
  );
}

function Notice({ title, text }: { title: string; text: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return <section class="notice-page"><h1 tabIndex={-1} ref={heading}>{title}</h1><p>{text}</p></section>;
}

function Survey({ survey, locale, onLocale, onDone }: {
  survey: PageSurvey; locale: string; onLocale: (l: string) => void; onDone: (already: boolean) => void;
}) {
  useEffect(() => { document.title = survey.title; }, [survey]);
  const submit = ({ answers, locale: answeredIn, clientResponseId }: Submitted) => fetch(api, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      clientResponseId, locale: answeredIn, channel: CHANNELS[params.get('via') ?? ''] ?? 'WEB', answers,
      hiddenFields: Object.fromEntries(survey.hiddenFields.filter((f) => params.has(f)).map((f) => [f, params.get(f)])),
    }),
  });
  return <SurveyForm survey={survey} locale={locale} onLocale={onLocale} submit={submit} onDone={onDone}
    initialAnswers={{ ...Object.fromEntries((survey.givenAnswers ?? []).map((a) => [a.questionId, a])),
      ...scoreFromLink(survey) }} />;
}

/**
 * The score clicked in an invitation e-mail counts as the answer at once, even if the respondent goes no further: it
 * is sent alone as the page opens (partial), and the page's own submission completes that response.
 */
function sendClickedScore(survey: PageSurvey, locale: string) {
  const clicked = Object.values(scoreFromLink(survey));
  if (!survey.personal || clicked.length === 0) return;
  fetch(api, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ partial: true, locale, channel: 'EMAIL', answers: clicked }),
  }).catch(() => undefined); // the page's submission carries the score anyway
}

/** The score clicked in the invitation e-mail (?score=9), chosen for the first question when it fits its range. */
function scoreFromLink(survey: PageSurvey): Record<string, Answer | undefined> {
  const first = survey.questions[0];
  const score = Number(params.get('score'));
  if (!first || !params.has('score') || !Number.isInteger(score)) return {};
  const [min, max] = range(first);
  const scored = ['NPS', 'CSAT', 'CES', 'RATING'].includes(first.type);
  return scored && score >= min && score <= max ? { [first.id]: { questionId: first.id, score } } : {};
}

const root = document.getElementById('survey')!;
root.replaceChildren();
render(kind === 'u' ? <Unsubscribe /> : <Page />, root);
