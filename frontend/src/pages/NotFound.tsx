import { Page } from '../components/Page';
import { t } from '../i18n';
import { Markup } from '../i18n/Markup';

export function NotFound() {
  return (
    <Page title={t('not-found-title')}>
      <p>
        <Markup
          id="not-found-body"
          elements={{ directory: <a href="/neighbourhoods" />, home: <a href="/" /> }}
        />
      </p>
    </Page>
  );
}
