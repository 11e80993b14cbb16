import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isApiError, type ApiError } from '../../api';
import { organisationsApi, type ManagedCategory } from './api';
import { TextArea, TextField } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { QuestionEditor } from './QuestionEditor';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { feedbackFromError, feedbackFromValidation, type FormFeedback } from '../../lib/feedback';
import {
  ALL_CATEGORY_FIELDS,
  CATEGORY_LABELS,
  CODE_MAX,
  DESCRIPTION_MAX,
  GROUP_MAX,
  KEYWORDS_MAX,
  NAME_MAX,
  NAME_MIN,
  TARGET_DAYS_MAX,
  categoryField,
  categoryFormLabels,
  draftFromCategory,
  emptyCategory,
  serverFieldAliases,
  validateCategoryChange,
  validateNewCategory,
  type QuestionDraft,
} from './categoryDraft';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

interface Props {
  organisationId: string;
  /** The category to edit; a new one when absent. */
  category?: ManagedCategory;
  onSaved: (category: ManagedCategory) => void;
  onCancel: () => void;
  /** The server refused (403): the viewer may not manage this organisation. */
  onForbidden: (error: ApiError) => void;
}

/** Where a server error goes: per-field messages beside their fields, a taken code beside the code. */
function feedbackFor(error: unknown): FormFeedback {
  if (isApiError(error) && error.status === 409) {
    return feedbackFromValidation({ [categoryField('code')]: error.detail || error.title });
  }
  const aliases = isApiError(error) ? serverFieldAliases(error.errors) : {};
  return feedbackFromError(error, ALL_CATEGORY_FIELDS, aliases);
}

/** Add a category, or edit one (its code stays: apps know the category by it). */
export function CategoryForm({ organisationId, category, onSaved, onCancel, onForbidden }: Props) {
  const initial = useMemo(
    () =>
      category ? draftFromCategory(category) : { fields: emptyCategory, questions: [] as QuestionDraft[] },
    [],
  );
  const { values, set } = useFormValues(initial.fields);
  const [questions, setQuestions] = useState(initial.questions);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = category ? `edit-category-${category.id}-heading` : 'new-category-heading';

  // The form opens in place of a button: start keyboard and screen reader users at its heading.
  useEffect(() => heading.current?.focus(), []);

  const saving = useAction((send: () => Promise<ManagedCategory>) => send(), {
    describe: feedbackFor,
    onSuccess: onSaved,
    onError: (error) => {
      if (isApiError(error) && error.status === 403) onForbidden(error);
    },
  });
  const { busy, feedback } = saving;
  const save = saving.run;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (category) {
      const checked = validateCategoryChange(values, questions);
      if (!checked.ok) return saving.invalid(checked.errors);
      return void save(() => organisationsApi.updateCategory(category.id, checked.value));
    }
    const checked = validateNewCategory(values, questions);
    if (!checked.ok) return saving.invalid(checked.errors);
    return void save(() => organisationsApi.createCategory(organisationId, checked.value));
  };

  const f = feedback.fields;
  const field = categoryField;
  return (
    <form class="form category-form" aria-labelledby={headingId} onSubmit={onSubmit} noValidate>
      <h3 id={headingId} tabIndex={-1} ref={heading}>
        {category ? t('category-form-edit-heading', { name: category.name }) : t('category-form-new-heading')}
      </h3>
      <FormAlert feedback={feedback} labels={categoryFormLabels(questions)} />
      {category ? (
        <p>
          <Markup id="category-code" args={{ code: category.code }} elements={{ code: <code /> }} />{' '}
          <span class="meta">{t('category-form-code-fixed')}</span>
        </p>
      ) : (
        <TextField
          name={field('code')}
          label={CATEGORY_LABELS.code}
          hint={t('category-form-code-hint', { count: CODE_MAX })}
          maxLength={CODE_MAX}
          autoComplete="off"
          spellcheck={false}
          required
          value={values.code}
          onValue={set('code')}
          error={f[field('code')]}
        />
      )}
      <TextField
        name={field('name')}
        label={CATEGORY_LABELS.name}
        hint={t('category-form-name-hint', { min: NAME_MIN, count: NAME_MAX })}
        maxLength={NAME_MAX}
        required
        value={values.name}
        onValue={set('name')}
        error={f[field('name')]}
      />
      <TextArea
        name={field('description')}
        label={CATEGORY_LABELS.description}
        hint={t('category-form-description-hint')}
        rows={3}
        maxLength={DESCRIPTION_MAX}
        value={values.description}
        onValue={set('description')}
        error={f[field('description')]}
      />
      <div class="field-row">
        <TextField
          name={field('group')}
          label={CATEGORY_LABELS.group}
          hint={t('category-form-group-hint')}
          maxLength={GROUP_MAX}
          value={values.group}
          onValue={set('group')}
          error={f[field('group')]}
        />
        <TextField
          name={field('target_days')}
          label={CATEGORY_LABELS.target_days}
          hint={
            category
              ? t('category-form-target-hint-edit', { count: TARGET_DAYS_MAX })
              : t('category-form-target-hint', { count: TARGET_DAYS_MAX })
          }
          inputMode="numeric"
          value={values.target_days}
          onValue={set('target_days')}
          error={f[field('target_days')]}
        />
      </div>
      <TextField
        name={field('keywords')}
        label={CATEGORY_LABELS.keywords}
        hint={t('category-form-keywords-hint', { count: KEYWORDS_MAX })}
        value={values.keywords}
        onValue={set('keywords')}
        error={f[field('keywords')]}
      />
      <QuestionEditor questions={questions} setQuestions={setQuestions} errors={f} />
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('category-form-saving') : category ? t('category-form-save') : t('category-form-add')}
        </button>
        <button type="button" class="button--quiet" onClick={onCancel}>
          {t('category-form-cancel')}
        </button>
      </div>
    </form>
  );
}
