import { useState } from 'preact/hooks';
import type { ApiError } from '../../api';
import {
  isListDatatype,
  organisationsApi,
  type CategoryAttribute,
  type ManagedCategory,
  type Organisation,
} from './api';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { CategoryForm } from './CategoryForm';
import { useResource } from '../../hooks/useResource';
import { useFocusAfterRender } from '../../hooks/useFocusAfterRender';
import { datatypeLabel } from './categoryDraft';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

interface Props {
  organisation: Organisation;
  /** Whether to offer the forms: false until the server has let the viewer manage it. */
  canManage: boolean;
  onForbidden: (error: ApiError) => void;
}

const ADD_BUTTON_ID = 'add-category';
const editButtonId = (c: ManagedCategory) => `edit-category-${c.id}`;

function QuestionSummary({ attribute: a }: { attribute: CategoryAttribute }) {
  const details = t('category-question-details', {
    type: datatypeLabel[a.datatype],
    required: a.required ? 'yes' : 'no',
  });
  return (
    <li>
      <span dir="auto">{a.description}</span> <span class="meta-inline">{details}</span>
      {isListDatatype(a.datatype) && a.values.length > 0 && (
        <span class="meta-inline">
          {t('category-question-choices', { choices: a.values.map((v) => v.name).join(', ') })}
        </span>
      )}
    </li>
  );
}

function CategorySummary({ category: c }: { category: ManagedCategory }) {
  const questions = [...(c.attributes ?? [])].sort((a, b) => a.order - b.order);
  return (
    <>
      <h3 class="card__title" dir="auto">
        {c.name}
      </h3>
      <p class="meta">
        <span>
          <Markup id="category-code" args={{ code: c.code }} elements={{ code: <code /> }} />
        </span>
        {c.group && <span dir="auto">{t('category-group', { group: c.group })}</span>}
        <span>
          {c.target_days == null ? t('category-no-target') : t('category-target', { count: c.target_days })}
        </span>
      </p>
      {c.description && (
        <p class="prose" dir="auto">
          {c.description}
        </p>
      )}
      {c.keywords.length > 0 && (
        <p class="meta" dir="auto">
          {t('category-keywords', { keywords: c.keywords.join(', ') })}
        </p>
      )}
      {questions.length > 0 ? (
        <>
          <p>{t('category-extra-questions')}</p>
          <ol class="question-summary">
            {questions.map((a) => (
              <QuestionSummary key={a.code} attribute={a} />
            ))}
          </ol>
        </>
      ) : (
        <p class="meta">{t('category-no-questions')}</p>
      )}
    </>
  );
}

/**
 * The organisation's categories (what residents can report to it), for anyone; its staff can add
 * and edit them. One form is open at a time.
 */
export function CategoryManager({ organisation, canManage, onForbidden }: Props) {
  const [version, setVersion] = useState(0);
  const list = useResource(`${organisation.id}:${version}`, (signal) =>
    organisationsApi.categories(organisation.id, signal),
  );
  /** 'new', a category id, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const focusLater = useFocusAfterRender();
  const categories = list.data ?? [];

  const open = (which: string) => {
    setAnnouncement(null);
    setEditing(which);
  };
  const close = (focusId: string) => {
    setEditing(null);
    focusLater(focusId);
  };
  const saved = (message: string, focusId: string) => {
    setAnnouncement(message);
    setVersion((v) => v + 1);
    close(focusId);
  };

  return (
    <section aria-labelledby="categories-heading" aria-busy={list.loading}>
      <h2 id="categories-heading">{t('category-heading')}</h2>
      <p>{t('category-intro', { name: organisation.name })}</p>
      <StatusMessage message={announcement} />
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <p>{t('category-loading')}</p>}
      {list.data && categories.length === 0 && <p>{t('category-empty')}</p>}
      {categories.length > 0 && (
        <ul class="cards category-list">
          {categories.map((c) => (
            <li key={c.id} class="card">
              {canManage && editing === c.id ? (
                <CategoryForm
                  organisationId={organisation.id}
                  category={c}
                  onSaved={(updated) => saved(t('category-saved', { name: updated.name }), editButtonId(c))}
                  onCancel={() => close(editButtonId(c))}
                  onForbidden={onForbidden}
                />
              ) : (
                <>
                  <CategorySummary category={c} />
                  {canManage && (
                    <button
                      type="button"
                      id={editButtonId(c)}
                      class="button--small button--quiet"
                      aria-label={t('category-edit-named', { name: c.name })}
                      onClick={() => open(c.id)}
                    >
                      {t('category-edit')}
                    </button>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage &&
        (editing === 'new' ? (
          <div class="panel">
            <CategoryForm
              organisationId={organisation.id}
              onSaved={(created) => saved(t('category-added', { name: created.name }), ADD_BUTTON_ID)}
              onCancel={() => close(ADD_BUTTON_ID)}
              onForbidden={onForbidden}
            />
          </div>
        ) : (
          <button type="button" id={ADD_BUTTON_ID} onClick={() => open('new')}>
            {t('category-add')}
          </button>
        ))}
    </section>
  );
}
