import type { PagedList } from '../hooks/usePagedList';

/** The button under a paged list that appends its next page; absent once the list is complete. */
export function LoadMore({
  list,
  label = 'Load more',
}: {
  list: Pick<PagedList<unknown>, 'hasMore' | 'loadingMore' | 'loadMore'>;
  label?: string;
}) {
  if (!list.hasMore) return null;
  return (
    <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
      {list.loadingMore ? 'Loading…' : label}
    </button>
  );
}
