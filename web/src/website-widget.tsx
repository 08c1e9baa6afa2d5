// The website widget on a survey's page: the sites allowed to show the workspace's surveys, and the script tag to put
// on them, written from the choices made here (pages, event, seconds, sample, not again for N days).
import { useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import { t } from './i18n';
import { useLoad } from './load';
import { SetWidgetOrigins, WidgetOriginsQuery } from './operations';
import { ErrorBox, Field, Loading } from './ui';

interface Choices { pages: string; event: string; seconds: string; sample: string; againDays: string }

/** The script tag for these choices; attributes left at their defaults are left out. */
export function snippet(publicUrl: string, choices: Choices): string {
  const quoted = (value: string) => value.trim().replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const attributes = [
    `data-survey="${publicUrl}"`,
    choices.pages.trim() && `data-pages="${quoted(choices.pages)}"`,
    choices.event.trim() && `data-event="${quoted(choices.event)}"`,
    choices.seconds !== '0' && choices.seconds && `data-seconds="${choices.seconds}"`,
    choices.sample !== '100' && choices.sample && `data-sample="${choices.sample}"`,
    choices.againDays !== '30' && choices.againDays && `data-again-days="${choices.againDays}"`,
  ].filter(Boolean);
  const tag = `<script src="${new URL(publicUrl).origin}/widget.js"\n  ${attributes.join('\n  ')} async></script>`;
  const event = choices.event.trim();
  // The stub queues the site's calls until the script (loaded async) takes them over.
  return event ? '<script>window.parcours = window.parcours || { q: [], track(e) { this.q.push([\'track\', e]); },'
    + ` identify(v) { this.q.push(['identify', v]); } };</script>\n${tag}\n<!-- then, where it happens: parcours.track('${event}') -->`
    : tag;
}

export function WebsiteWidget({ session, publicUrl }: { session: Session; publicUrl: string }) {
  const loaded = useLoad(() => call(WidgetOriginsQuery, {}), []);
  const [origin, setOrigin] = useState('');
  const [failure, setFailure] = useState<unknown>();
  const [choices, setChoices] = useState<Choices>({ pages: '', event: '', seconds: '0', sample: '100', againDays: '30' });
  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const origins = loaded.data.widgetOrigins;
  const save = (next: string[]) => call(SetWidgetOrigins, { origins: next })
    .then(() => { setFailure(undefined); setOrigin(''); loaded.reload(); }, setFailure);
  const choose = (name: keyof Choices) => (value: string) => setChoices({ ...choices, [name]: value });
  const code = snippet(publicUrl, choices);
  return (
    <section class="panel" aria-labelledby="widget-title">
      <h2 id="widget-title">{t('widgetTitle')}</h2>
      <p class="muted">{t('widgetHelp')}</p>
      <h3>{t('widgetOrigins')}</h3>
      {origins.length === 0 ? <p class="muted">{t('widgetNoOrigins')}</p> : (
        <ul class="origins">
          {origins.map((o) => <li key={o}><code>{o}</code>{session.canEdit && <>{' '}
            <button type="button" aria-label={t('widgetRemoveOrigin', { origin: o })}
              onClick={() => save(origins.filter((other) => other !== o))}>{t('remove')}</button></>}</li>)}
        </ul>
      )}
      {session.canEdit && <form class="inline-form" onSubmit={(e) => { e.preventDefault(); save([...origins, origin]); }}>
        <Field label={t('widgetAddOrigin')} hint="https://shop.example.com" value={origin} onInput={setOrigin} required
          name="origin" />
        <button type="submit">{t('add')}</button>
      </form>}
      {failure !== undefined && <ErrorBox error={failure} />}
      <h3>{t('widgetSnippet')}</h3>
      <div class="inline-form">
        <Field label={t('widgetPages')} hint="/checkout/*" value={choices.pages} onInput={choose('pages')} name="pages" />
        <Field label={t('widgetEvent')} hint="checkout" value={choices.event} onInput={choose('event')} name="event" />
        <Field label={t('widgetSeconds')} type="number" value={choices.seconds} onInput={choose('seconds')} name="seconds" />
        <Field label={t('widgetSample')} type="number" value={choices.sample} onInput={choose('sample')} name="sample" />
        <Field label={t('widgetAgainDays')} type="number" value={choices.againDays} onInput={choose('againDays')}
          name="againDays" />
      </div>
      <textarea class="snippet" readOnly rows={code.split('\n').length + 3} aria-label={t('widgetSnippet')} value={code} />
      <p><button type="button" onClick={() => navigator.clipboard.writeText(code)}>{t('copy')}</button></p>
    </section>
  );
}
