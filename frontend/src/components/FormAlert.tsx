import { useEffect, useRef } from 'preact/hooks';
import { fieldId } from './fields';
import type { FormFeedback } from '../lib/feedback';
import { t } from '../i18n';

/**
 * The error summary at the top of a form: what went wrong, with a link to each field at fault
 * (named by its label, since server messages such as "must not be empty" need the field's name).
 * It takes focus when it appears so keyboard users land on it.
 */
export function FormAlert({
  feedback,
  labels = {},
}: {
  feedback: FormFeedback;
  labels?: Record<string, string>;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (feedback.summary) box.current?.focus();
  }, [feedback]);

  if (!feedback.summary) return null;
  const fields = Object.entries(feedback.fields);
  return (
    <div class="alert" role="alert" tabIndex={-1} ref={box}>
      <p>{feedback.summary}</p>
      {(fields.length > 0 || feedback.other.length > 0) && (
        <ul>
          {fields.map(([name, message]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`} onClick={(event) => focusField(event, name)}>
                {labels[name] ? t('form-error-with-label', { label: labels[name], message }) : message}
              </a>
            </li>
          ))}
          {feedback.other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function focusField(event: MouseEvent, name: string) {
  const field = document.getElementById(fieldId(name));
  if (!field) return;
  event.preventDefault();
  field.focus();
}
