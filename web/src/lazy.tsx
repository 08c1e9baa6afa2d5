// Screens fetched when first opened, so that the first load carries only the journeys, the map and the personas.
import type { FunctionComponent } from 'preact';
import { useLoad } from './load';
import { ErrorBox, Loading } from './ui';

export function lazyScreen<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loading: Promise<FunctionComponent<P>> | undefined;
  return function LazyScreen(props: P) {
    const screen = useLoad(() => (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed fetch (a new deployment, the network) is tried again on Retry
      throw error;
    })), []);
    if (screen.error) return <ErrorBox error={screen.error} onRetry={screen.reload} />;
    if (!screen.data) return <Loading />;
    const Screen = screen.data;
    return <Screen {...props} />;
  };
}
