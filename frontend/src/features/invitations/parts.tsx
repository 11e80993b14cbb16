import { RowActionButton } from '../../components/RowActionButton';
import type { PagedList } from '../../hooks/usePagedList';
import { t } from '../../i18n';

/** A row's button whose accessible name says which invitation it acts on: "Accept (invitation to Elm)". */
export function InvitationButton({
  about,
  ...rest
}: Omit<Parameters<typeof RowActionButton>[0], 'about'> & { about: string }) {
  return <RowActionButton {...rest} about={t('invite-about', { name: about })} />;
}

export function LoadMoreInvitations<T>({ list }: { list: PagedList<T> }) {
  if (!list.hasMore) return null;
  return (
    <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
      {list.loadingMore ? t('invite-loading') : t('invite-load-more')}
    </button>
  );
}
