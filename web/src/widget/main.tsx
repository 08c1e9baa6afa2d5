import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Submitted } from '../respond/form';
import { SurveyForm } from '../respond/form';
import questionStyles from '../respond/questions.css?inline';
import type { PageSurvey } from '../respond/survey';
import { chooseLocale } from '../respond/survey';
import { textsFor } from '../respond/texts';
import type { WidgetSettings } from './settings';
import { Memory, onPage, readSettings } from './settings';
import widgetStyles from './widget.css?inline';

// The website widget: <script src="{platform}/widget.js" data-survey="{public link}" async> on a brand's own site
// shows that survey in a corner when its trigger fires. Its calls go to the platform that served the script.

interface Tracker { track(event: string): void; identify(visitor: string): void; q?: [string, string][] }
declare global {
  interface Window { parcours?: Tracker }
}

const script = document.currentScript as HTMLScriptElement | null;

function start() {
  if (!script) return;
  const read = readSettings(script.dataset);
  if (typeof read === 'string') return console.warn(`Parcours widget: ${read}`);
  const settings = read;
  const api = `${new URL(script.src).origin}/api/v1/respond/${encodeURIComponent(settings.token)}`;
  const memory = new Memory(settings.token);
  let visitor = settings.visitor;
  let shown = false;
  let timer: number | undefined;

  function show() {
    if (shown || memory.quiet(Date.now()) || !memory.inSample(settings.sample)) return;
    shown = true;
    clearTimeout(timer);
    fetch(api).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${((await response.json()) as { code?: string }).code}`);
      const survey = (await response.json()) as PageSurvey;
      memory.shown(Date.now(), settings.againDays);
      mount(survey, settings, api, () => visitor);
    }).catch((refused) => console.warn(`Parcours widget: the survey could not be loaded (${refused}); is this site `
      + 'among the workspace\'s widget origins?'));
  }
  /** A page matching the patterns starts the clock, or waits for the event; any other page stops it. */
  function pageChanged() {
    clearTimeout(timer);
    if (!onPage(settings.pages, location.pathname) || settings.event) return;
    timer = window.setTimeout(show, settings.seconds * 1000);
  }
  const queued = window.parcours?.q ?? [];
  window.parcours = {
    track(event) {
      if (event === settings.event && onPage(settings.pages, location.pathname)) {
        timer = window.setTimeout(show, settings.seconds * 1000);
      }
    },
    identify(reference) { visitor = reference || null; },
  };
  for (const [call, argument] of queued) window.parcours[call === 'identify' ? 'identify' : 'track'](argument);
  // Single-page sites change pages without loading one.
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      original.apply(this, args);
      pageChanged();
    };
  }
  addEventListener('popstate', pageChanged);
  pageChanged();
}

function mount(survey: PageSurvey, settings: WidgetSettings, api: string, visitor: () => string | null) {
  const host = document.createElement('div');
  host.setAttribute('data-parcours-widget', '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = questionStyles + widgetStyles;
  root.append(style);
  document.body.append(host);
  render(<Widget survey={survey} settings={settings} api={api} visitor={visitor} close={() => host.remove()} />, root);
}

function Widget({ survey, settings, api, visitor, close }: {
  survey: PageSurvey; settings: WidgetSettings; api: string; visitor: () => string | null; close: () => void;
}) {
  const [locale, setLocale] = useState(() => chooseLocale(survey, [settings.lang ?? '', ...navigator.languages]));
  const [done, setDone] = useState(false);
  const t = textsFor(locale);
  useEffect(() => {
    if (!done) return;
    const closing = setTimeout(close, 5000);
    return () => clearTimeout(closing);
  }, [done]);
  const params = new URLSearchParams(location.search);
  const submit = ({ answers, locale: answeredIn, clientResponseId }: Submitted) => fetch(api, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      clientResponseId, locale: answeredIn, channel: 'WEB', answers, respondentRef: visitor() ?? undefined,
      pageUrl: location.origin + location.pathname,
      hiddenFields: Object.fromEntries(survey.hiddenFields.filter((f) => params.has(f)).map((f) => [f, params.get(f)])),
    }),
  });
  return (
    <section class="widget" role="dialog" aria-modal="false" aria-labelledby="survey-title" lang={locale}
      onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
      <button type="button" class="close" aria-label={t.close} onClick={close}>×</button>
      {done
        ? <div class="thanks" role="status"><h2 id="survey-title">{t.thanks}</h2><p>{t.received}</p></div>
        : <SurveyForm survey={survey} locale={locale} onLocale={setLocale} initialAnswers={{}} submit={submit}
            onDone={() => setDone(true)} Heading="h2" />}
    </section>
  );
}

start();
