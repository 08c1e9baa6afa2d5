import { render } from 'preact';
import { connect } from './api';
import { App } from './app';
import { signIn } from './auth';
import { connectLive } from './live';
import { loadLocale, locale } from './i18n';
import './styles.css';

document.documentElement.lang = locale.get();
const root = document.getElementById('app')!;
Promise.all([signIn(), loadLocale(locale.get())]).then(([session]) => {
  connect(session);
  connectLive(session);
  root.replaceChildren();
  render(<App session={session} />, root);
}, (error: unknown) => {
  root.textContent = `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
});
