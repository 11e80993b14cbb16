import { render } from 'preact';
import { App } from './app';
import './styles.css';
import { registerSW } from 'virtual:pwa-register';

// The service worker keeps the app shell for offline use (docs/offline.md); a new version
// takes over on the next load.
if ('serviceWorker' in navigator) registerSW({ immediate: true });

render(<App />, document.getElementById('app')!);
