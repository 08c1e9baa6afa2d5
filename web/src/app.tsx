// The app's frame: navigation, language, who is signed in, and the screen the URL names.
import { AlertInbox } from './alerts';
import type { Session } from './auth';
import { locale, setLocale, t, type Locale } from './i18n';
import { JourneyList } from './journeys';
import { lazyScreen } from './lazy';
import { CompareView } from './map/CompareView';
import { MapView } from './map/MapView';
import { PersonaList, PersonaView } from './personas';
import { href, onLink, useRoute } from './route';
import { useSignal } from './signal';

const ContactList = lazyScreen(() => import('./contacts').then((screen) => screen.ContactList));
const SurveyList = lazyScreen(() => import('./surveys').then((screen) => screen.SurveyList));
const SurveyPage = lazyScreen(() => import('./surveys').then((screen) => screen.SurveyPage));
const SurveyEditor = lazyScreen(() => import('./survey-editor/editor').then((screen) => screen.SurveyEditor));

export function App({ session }: { session: Session }) {
  useSignal(locale);
  const route = useRoute();
  const current = (view: string[]) => (view.includes(route.view) ? 'page' : undefined);
  return (
    <>
      <a class="skip" href="#main">{t('skipToContent')}</a>
      <header class="app-header">
        <a class="brand" href={href({ view: 'journeys' })} onClick={onLink({ view: 'journeys' })}>{t('appName')}</a>
        <nav aria-label="main">
          <a href={href({ view: 'journeys' })} onClick={onLink({ view: 'journeys' })}
            aria-current={current(['journeys', 'map', 'compare'])}>{t('navJourneys')}</a>
          <a href={href({ view: 'personas' })} onClick={onLink({ view: 'personas' })}
            aria-current={current(['personas', 'persona'])}>{t('navPersonas')}</a>
          <a href={href({ view: 'surveys' })} onClick={onLink({ view: 'surveys' })}
            aria-current={current(['surveys', 'survey'])}>{t('navSurveys')}</a>
          <a href={href({ view: 'contacts' })} onClick={onLink({ view: 'contacts' })}
            aria-current={current(['contacts'])}>{t('navContacts')}</a>
          <a href={href({ view: 'alerts' })} onClick={onLink({ view: 'alerts' })}
            aria-current={current(['alerts'])}>{t('navAlerts')}</a>
        </nav>
        <span class="who">{t('signedInAs', { user: session.user, workspace: session.workspace,
          roles: session.roles.filter((r) => ['viewer', 'editor', 'collector', 'admin'].includes(r)).join(', ') })}
          {!session.canEdit && <span class="chip">{t('readOnly')}</span>}</span>
        <label class="language">{t('language')}{' '}
          <select aria-label={t('language')} value={locale.get()}
            onChange={(e) => void setLocale(e.currentTarget.value as Locale)}>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
        <button type="button" onClick={session.signOut}>{t('signOut')}</button>
      </header>
      <main id="main">
        {route.view === 'personas' && <PersonaList session={session} />}
        {route.view === 'persona' && route.id && <PersonaView session={session} id={route.id} />}
        {route.view === 'journeys' && <JourneyList session={session} />}
        {route.view === 'map' && route.id && <MapView session={session} route={route} />}
        {route.view === 'compare' && route.id && route.with && <CompareView route={route} />}
        {route.view === 'alerts' && <AlertInbox session={session} />}
        {route.view === 'surveys' && <SurveyList session={session} />}
        {route.view === 'contacts' && <ContactList session={session} />}
        {route.view === 'survey' && route.id && <SurveyPage session={session} id={route.id} />}
        {route.view === 'survey-edit' && session.canEdit && <SurveyEditor id={route.id} />}
      </main>
    </>
  );
}
