/**
 * A small button in a list row whose accessible name also says what it acts on, so a screen
 * reader hears "Remove (Bob)" or "Accept (invitation to Elm)" rather than a list of "Remove"s.
 */
export function RowActionButton({
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
      <span class="visually-hidden"> ({about})</span>
    </button>
  );
}
