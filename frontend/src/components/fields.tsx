import type {
  ComponentChildren,
  InputHTMLAttributes,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'preact';
import { t } from '../i18n';

/** Field ids are derived from names, so an error summary can link to its field. */
export const fieldId = (name: string) => `field-${name}`;

/** A field's error message, announced with its field (ids `field-{name}-error`). */
export function FieldError({ name, error }: { name: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} class="field-error">
      <span class="visually-hidden">{t('form-error-prefix')} </span>
      {error}
    </p>
  );
}

interface FieldFrameProps {
  name: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  children: (describedBy: string | undefined) => ComponentChildren;
}

/** Label, hint and error around one control, wired together with for/aria-describedby. */
function FieldFrame({ name, label, hint, error, children }: FieldFrameProps) {
  const id = fieldId(name);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError name={name} error={error} />
      {children(describedBy)}
    </div>
  );
}

type Shared = Pick<FieldFrameProps, 'name' | 'label' | 'hint' | 'error'> & {
  value: string;
  onValue: (value: string) => void;
};

export type TextFieldProps = Shared &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'label' | 'id' | 'onInput'>;

export function TextField({
  name,
  label,
  hint,
  error,
  value,
  onValue,
  type = 'text',
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          {...input}
          id={fieldId(name)}
          name={name}
          type={type}
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export type TextAreaProps = Shared &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'value' | 'label' | 'id' | 'onInput'>;

export function TextArea({ name, label, hint, error, value, onValue, ...textarea }: TextAreaProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          {...textarea}
          id={fieldId(name)}
          name={name}
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export type SelectFieldProps = Shared &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'value' | 'label' | 'id' | 'onChange'> & {
    children: ComponentChildren;
  };

/** A native select (its options as children), labelled like the other fields. */
export function SelectField({
  name,
  label,
  hint,
  error,
  value,
  onValue,
  children,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          {...select}
          id={fieldId(name)}
          name={name}
          value={value}
          onChange={(event) => onValue(event.currentTarget.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

/** A single checkbox with its label beside it and an optional hint below. */
export function CheckboxField({
  name,
  label,
  hint,
  checked,
  onChecked,
}: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}) {
  const id = fieldId(name);
  return (
    <div class="radio checkbox">
      <input
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        onChange={(event) => onChecked(event.currentTarget.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export interface RadioOption<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  options: RadioOption<V>[];
  value: V;
  onValue: (value: V) => void;
  error?: string;
}

/** A fieldset of radio buttons; the first one carries the field id for error-summary links. */
export function RadioGroup<V extends string>({
  name,
  legend,
  options,
  value,
  onValue,
  error,
}: RadioGroupProps<V>) {
  const id = fieldId(name);
  return (
    <fieldset
      class={error ? 'field field--error' : 'field'}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      <FieldError name={name} error={error} />
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div class="radio" key={option.value}>
            <input
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onValue(option.value)}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <label for={optionId}>{option.label}</label>
            {option.hint && (
              <p id={`${optionId}-hint`} class="hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export type FileFieldProps = Pick<FieldFrameProps, 'name' | 'label' | 'hint' | 'error'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'label' | 'id' | 'type' | 'onChange'> & {
    onFiles: (files: File[]) => void;
  };

/** A native file picker, labelled like the other fields; the chosen files go to `onFiles`. */
export function FileField({ name, label, hint, error, onFiles, ...input }: FileFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          {...input}
          id={fieldId(name)}
          name={name}
          type="file"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Emptied once read: the form keeps the files, and picking the same one again (after
            // removing it) still counts as a change.
            event.currentTarget.value = '';
            onFiles(files);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}
