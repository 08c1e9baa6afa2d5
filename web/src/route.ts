// Where the app is, in the query string, so that any view (a map with its date range) is a link to share.
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  view: 'personas' | 'persona' | 'journeys' | 'map' | 'compare' | 'alerts' | 'surveys' | 'survey' | 'survey-edit' | 'contacts';
  id?: string;
  /** compare: the future-state journey beside id. */
  with?: string;
  /** Date range of scores and funnel: yyyy-mm-dd, to inclusive. */
  from?: string;
  to?: string;
}

const VIEWS: Route['view'][] = ['personas', 'persona', 'journeys', 'map', 'compare', 'alerts', 'surveys', 'survey', 'survey-edit', 'contacts'];

export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const view = params.get('view') as Route['view'] | null;
  return {
    view: view && VIEWS.includes(view) ? view : 'journeys',
    id: params.get('id') ?? undefined,
    with: params.get('with') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
}

export function href(route: Route): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(route)) {
    if (value) params.set(key, value);
  }
  return `/?${params}`;
}

export function navigate(route: Route) {
  history.pushState(null, '', href(route));
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.search));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.search));
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return route;
}

/** A link that navigates inside the app without reloading it. */
export function onLink(route: Route) {
  return (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(route);
  };
}
