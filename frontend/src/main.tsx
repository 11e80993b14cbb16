import { render } from 'preact';
import { App } from './app';
import { activateLocale } from './i18n';
import { initialLocale } from './i18n/preference';
import './styles.css';
import { registerSW } from 'virtual:pwa-register';

// The service worker keeps the app shell for offline use (docs/offline.md); a new version
// takes over on the next load. It is registered after the page's load event (Workbox's advice):
// its precache must not compete with the first view's own scripts on a weak connection.
if ('serviceWorker' in navigator) registerSW();

// The page's language is known before anything is drawn (English is bundled; Polish and Arabic
// arrive as one chunk each), so no one sees a flash of the wrong language.
void activateLocale(initialLocale())
  .catch(() => activateLocale('en'))
  .then(() => render(<App />, document.getElementById('app')!));
