// The draft as respondents will see it: the hosted page's own form, in a shadow root with the page's styles, so the
// app's styles and the page's keep apart. Answers given here go nowhere.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { SurveyForm } from '../respond/form';
import questionStyles from '../respond/questions.css?inline';
import type { PageSurvey } from '../respond/survey';
import { textsFor } from '../respond/texts';

const PAGE_STYLES = `:host { --ink: #1c2330; --muted: #4f5968; --line: #c3cad5; --paper: #fff; --accent: #1f4fd1;
  --bad-ink: #8a1c14; display: block; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); }
* { box-sizing: border-box; } h2 { font-size: 1.2rem; margin: 0 0 .5rem; }
.scale-11 { grid-template-columns: repeat(6, 1fr); } /* as on a phone: the preview is phone-wide */
.page { max-width: 24rem; border: 1px solid var(--line); border-radius: 12px; padding: 1rem; background: var(--paper); }`;

export function Preview({ survey, locale }: { survey: PageSurvey; locale: string }) {
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot>();
  useEffect(() => {
    const shadow = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = questionStyles + PAGE_STYLES;
    shadow.replaceChildren(style);
    setRoot(shadow);
  }, []);
  useEffect(() => {
    if (!root) return;
    const mount = root.querySelector('.page') ?? root.appendChild(Object.assign(document.createElement('div'), { className: 'page' }));
    render(<PreviewPage survey={survey} initialLocale={locale} restart={t('previewAgain')} />, mount);
  }, [root, survey, locale]);
  return <div ref={host} class="survey-preview" />;
}

function PreviewPage({ survey, initialLocale, restart }: { survey: PageSurvey; initialLocale: string; restart: string }) {
  const [locale, setLocale] = useState(initialLocale);
  const [done, setDone] = useState(false);
  const [round, setRound] = useState(0);
  useEffect(() => setLocale(initialLocale), [initialLocale]);
  const t = textsFor(locale);
  if (done) {
    return <div><h2>{t.thanks}</h2><p>{t.received}</p>
      <button type="button" onClick={() => { setDone(false); setRound(round + 1); }}>{restart}</button></div>;
  }
  const nowhere = async () => new Response(JSON.stringify({ status: 'ACCEPTED' }), { status: 201 });
  // A new form when questions come or go: the one shown may no longer exist.
  return <SurveyForm key={`${round}-${survey.questions.length}`} survey={survey} locale={survey.locales.includes(locale) ? locale : survey.defaultLocale}
    onLocale={setLocale} initialAnswers={{}} submit={nowhere} onDone={() => setDone(true)} Heading="h2" />;
}
