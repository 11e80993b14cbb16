import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { Markup } from '../i18n/Markup';

/** Shown instead of a page whose code could not be fetched (offline, or a new version deployed). */
function PageNotLoaded() {
  return (
    <Page title={t('page-not-loaded-title')}>
      <p>
        <Markup
          id="page-not-loaded-body"
          elements={{ reload: <a href={typeof location === 'undefined' ? '/' : location.href} /> }}
        />
      </p>
    </Page>
  );
}

/**
 * A route's page as its own chunk, fetched when the route is first shown (preact-iso's Router keeps
 * the previous page, or the loading state, meanwhile). A failed fetch shows a page that says so,
 * instead of leaving the route suspended for ever.
 */
export function lazyPage<P>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(() => load().catch(() => PageNotLoaded as ComponentType<P>));
}
