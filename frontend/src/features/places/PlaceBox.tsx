import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { FieldError, fieldId } from '../../components/fields';
import { osmAttribution, placesApi, type PlaceMatch } from './api';
import { t } from '../../i18n';

/** Wait this long after the last key before asking the server: one request per pause, not per key. */
export const PLACE_SEARCH_DELAY_MS = 250;
/** Fewer characters than this match too much to be worth a request. */
export const PLACE_SEARCH_MIN_CHARS = 2;

export interface PlaceBoxProps {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** What is typed (kept by the form: it is sent as typed when no match is picked). */
  value: string;
  onValue: (value: string) => void;
  /** A match was picked (Enter, or a click): its label is put in the box too. */
  onPick: (match: PlaceMatch) => void;
  /** Prefer matches near here (the neighbourhood's centre). */
  near?: { lat: number; lon: number } | undefined;
  maxLength?: number;
  /** Searches the gazetteer; tests pass their own. */
  search?: typeof placesApi.search;
  /** What is announced when nothing matches what was typed (`q`). */
  noMatches?: (q: string) => string;
}

const sentAsTyped = (q: string) => t('place-no-matches', { query: q });

/**
 * An address or place box with a list of matches: the ARIA 1.2 combobox pattern (an input with
 * `role=combobox`, `aria-expanded`, `aria-controls` and `aria-activedescendant` over a
 * `role=listbox`). Arrow keys move through the matches, Enter picks one, Escape closes the list;
 * the count of matches is announced. Needs no map and no GPS. Debounced, and an answer to an older
 * query never replaces a newer one's.
 */
export function PlaceBox({
  name,
  label,
  hint,
  error,
  value,
  onValue,
  onPick,
  near,
  maxLength,
  search = placesApi.search,
  noMatches = sentAsTyped,
}: PlaceBoxProps) {
  const id = fieldId(name);
  const listId = `${id}-matches`;
  const [matches, setMatches] = useState<PlaceMatch[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [attribution, setAttribution] = useState<string[]>([]);
  const [searched, setSearched] = useState('');
  // The text last picked: typing it again (or the pick itself) does not search again.
  const picked = useRef<string | null>(null);
  const nearKey = near ? `${near.lat},${near.lon}` : '';

  useEffect(() => {
    const q = value.trim();
    if (q.length < PLACE_SEARCH_MIN_CHARS || q === picked.current) {
      setMatches([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      search(q, near, controller.signal)
        .then((found) => {
          if (controller.signal.aborted) return;
          setMatches(found.matches);
          setAttribution(found.attribution);
          setSearched(q);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => {
          // The box still works without matches: the address is sent as typed.
          if (!controller.signal.aborted) setMatches([]);
        });
    }, PLACE_SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // `near` is compared by value (nearKey); `search` is stable per caller.
  }, [value, nearKey]);

  const pick = (match: PlaceMatch) => {
    picked.current = match.label;
    onValue(match.label);
    onPick(match);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const shown = open && matches.length > 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open && matches.length > 0) setOpen(true);
      setActive((a) => (matches.length === 0 ? -1 : (a + 1) % matches.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => (matches.length === 0 ? -1 : a <= 0 ? matches.length - 1 : a - 1));
    } else if (event.key === 'Enter' && shown && active >= 0) {
      // Enter picks the match; without one highlighted it submits the form as usual.
      event.preventDefault();
      const match = matches[active];
      if (match) pick(match);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const expanded = open && matches.length > 0;
  const describedBy =
    [hint && `${id}-hint`, error && `${id}-error`, `${id}-status`].filter(Boolean).join(' ') || undefined;
  const status = !open
    ? ''
    : matches.length === 0
      ? noMatches(searched)
      : t('place-matches', { count: matches.length });
  return (
    <div class={error ? 'field field--error place-box' : 'field place-box'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError name={name} error={error} />
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        maxLength={maxLength}
        value={value}
        onInput={(event) => {
          picked.current = null;
          onValue(event.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t('place-matches-label')}
        class="place-box__list"
        hidden={!expanded}
      >
        {matches.map((match, index) => (
          <li
            key={`${match.label}:${match.lat}:${match.lon}`}
            id={`${listId}-${index}`}
            role="option"
            dir="auto"
            aria-selected={index === active}
            class={index === active ? 'place-box__option place-box__option--active' : 'place-box__option'}
            // Before the input's blur: a click picks.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(match);
            }}
          >
            {match.label}
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {expanded && (
        <p class="attribution hint">{attribution.length > 0 ? attribution.join('; ') : osmAttribution()}</p>
      )}
    </div>
  );
}
