import { t } from '../../i18n';

/** What the follow pages say when opened without the token their e-mail link carries. */
export function IncompleteLink() {
  return (
    <p class="alert" role="alert">
      {t('follow-incomplete-link')}
    </p>
  );
}
