import { useEffect, useRef, useState } from 'preact/hooks';
import { useAction } from '../../hooks/useAction';
import { discussionsApi, type MentionCandidate } from './api';
import { fieldId } from '../../components/fields';
import { BODY_MAX, checkBody, insertMention, mentionQueryAt } from './logic';
import { t } from '../../i18n';

interface ComposerProps {
  /** Unique on the page: names the field. */
  name: string;
  neighbourhoodId: string;
  label: string;
  submitLabel: string;
  initial?: string;
  /** Sends the post; a rejection shows its message and keeps the text. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/**
 * Writing a post: Markdown in a textarea, a preview rendered by the server exactly as it will be
 * stored, and `@mention` completion from the neighbourhood's members (a listbox under the field,
 * driven by arrow keys, Enter or Tab, and Escape).
 */
export function Composer({
  name,
  neighbourhoodId,
  label,
  submitLabel,
  initial = '',
  onSubmit,
  onCancel,
  autoFocus,
}: ComposerProps) {
  const [body, setBody] = useState(initial);
  const [preview, setPreview] = useState<string | null>(null);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [candidates, setCandidates] = useState<MentionCandidate[]>([]);
  const [active, setActive] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = fieldId(name);
  const listId = `${id}-mentions`;

  useEffect(() => {
    if (autoFocus) field.current?.focus();
  }, [autoFocus]);

  // Candidates for the `@word` being typed, a moment after typing stops.
  useEffect(() => {
    if (mention === null) {
      setCandidates([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      discussionsApi.mentions(neighbourhoodId, mention.query, controller.signal).then(
        (found) => {
          setCandidates(found);
          setActive(0);
        },
        () => setCandidates([]),
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [neighbourhoodId, mention?.start, mention?.query]);

  const track = (text: string, caret: number) => {
    setBody(text);
    setMention(mentionQueryAt(text, caret));
  };

  const choose = (candidate: MentionCandidate) => {
    const caret = field.current?.selectionStart ?? body.length;
    if (!mention) return;
    const next = insertMention(body, mention.start, caret, candidate.handle);
    setBody(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (candidates.length === 0 || mention === null) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step + candidates.length) % candidates.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(candidates[active]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setMention(null);
    }
  };

  // Previewing answers the server's rendering; sending answers nothing. One message for both.
  const acting = useAction(
    async (what: 'preview' | 'send', text: string): Promise<string | null> => {
      if (what === 'preview') return (await discussionsApi.preview(neighbourhoodId, text)).html;
      await onSubmit(text);
      return null;
    },
    {
      key: (what) => what,
      onSuccess: (html, what) => {
        setPreview(html);
        if (what === 'send') {
          setBody('');
          setMention(null);
        }
      },
    },
  );
  const busy = acting.busyWith('send');
  const error = acting.feedback.summary;

  const showPreview = () => {
    const problem = checkBody(body);
    if (problem) return acting.invalid(problem);
    void acting.run('preview', body);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const problem = checkBody(body);
    if (problem) {
      acting.invalid(problem);
      field.current?.focus();
      return;
    }
    void acting.run('send', body);
  };

  const open = mention !== null && candidates.length > 0;
  return (
    <form class="form composer" onSubmit={submit} noValidate>
      <div class={error ? 'field field--error' : 'field'}>
        <label for={id}>{label}</label>
        <p id={`${id}-hint`} class="hint">
          {t('post-composer-hint')}
        </p>
        {error && (
          <p id={`${id}-error`} class="field-error" role="alert">
            <span class="visually-hidden">{t('post-composer-error-prefix')}</span>
            {error}
          </p>
        )}
        {preview === null ? (
          <div class="composer__input">
            <textarea
              ref={field}
              id={id}
              name={name}
              rows={4}
              dir="auto"
              maxLength={BODY_MAX}
              value={body}
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={open ? listId : undefined}
              aria-activedescendant={open ? `${listId}-${active}` : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
              onInput={(event) => track(event.currentTarget.value, event.currentTarget.selectionStart)}
              onKeyDown={onKeyDown}
            />
            {open && (
              <ul
                id={listId}
                role="listbox"
                class="mention-list"
                aria-label={t('post-composer-mention-list')}
              >
                {candidates.map((c, index) => (
                  <li
                    key={c.user_id}
                    id={`${listId}-${index}`}
                    role="option"
                    aria-selected={index === active}
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(c);
                    }}
                  >
                    <span dir="auto">{c.display_name}</span> <span class="meta">@{c.handle}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          // Sanitised by the server: the same HTML the post will have.
          <div
            class="post__body prose composer__preview"
            dir="auto"
            aria-label={t('post-composer-preview-label')}
            dangerouslySetInnerHTML={{ __html: preview }}
          />
        )}
      </div>
      <p class="actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {preview === null ? (
          <button type="button" class="button--quiet" onClick={() => void showPreview()}>
            {t('post-composer-preview')}
          </button>
        ) : (
          <button type="button" class="button--quiet" onClick={() => setPreview(null)}>
            {t('post-composer-keep-writing')}
          </button>
        )}
        {onCancel && (
          <button type="button" class="button--quiet" onClick={onCancel}>
            {t('post-cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
