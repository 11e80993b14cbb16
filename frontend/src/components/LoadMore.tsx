import type { PagedList } from '../hooks/usePagedList';
import { t } from '../i18n';

/** The button under a paged list that appends its next page; absent once the list is complete. */
export function LoadMore({
  list,
  label,
}: {
  list: Pick<PagedList<unknown>, 'hasMore' | 'loadingMore' | 'loadMore'>;
  label?: string;
}) {
  if (!list.hasMore) return null;
  return (
    <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
      {list.loadingMore ? t('ui-loading') : (label ?? t('ui-load-more'))}
    </button>
  );
}
