import { render } from 'preact';
import { App } from './app';
import './styles.css';
import { registerSW } from 'virtual:pwa-register';

// The service worker keeps the app shell for offline use (docs/offline.md); a new version
// takes over on the next load. It is registered after the page's load event (Workbox's advice):
// its precache must not compete with the first view's own scripts on a weak connection.
if ('serviceWorker' in navigator) registerSW();

render(<App />, document.getElementById('app')!);
