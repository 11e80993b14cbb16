import type { PagedList } from '../../hooks/usePagedList';

/** A row's button whose accessible name says which invitation it acts on: "Accept (invitation to Elm)". */
export function InvitationButton({
  label,
  about,
  onClick,
  disabled,
  quiet = true,
}: {
  label: string;
  about: string;
  onClick: () => void;
  disabled: boolean;
  quiet?: boolean;
}) {
  return (
    <button
      type="button"
      class={quiet ? 'button--small button--quiet' : 'button--small'}
      onClick={onClick}
      disabled={disabled}
    >
      {label}
      <span class="visually-hidden"> (invitation to {about})</span>
    </button>
  );
}

export function LoadMoreInvitations<T>({ list }: { list: PagedList<T> }) {
  if (!list.hasMore) return null;
  return (
    <button type="button" class="button--quiet" onClick={list.loadMore} disabled={list.loadingMore}>
      {list.loadingMore ? 'Loading…' : 'Load more invitations'}
    </button>
  );
}
