import type {
  AttributeDatatype,
  CategoryAttribute,
  CreateCategoryRequest,
  ManagedCategory,
  UpdateCategoryRequest,
} from './api';
import { isListDatatype } from './api';
import type { FieldErrors } from '../../api';
import type { FormErrors, Validated } from '../../lib/validation';
import { t } from '../../i18n';

/**
 * The category form as typed (every input a string or a checkbox until checked), the quick
 * checks made before it is sent, and the field names its errors are keyed by. The server stays
 * the authority: its per-field errors are placed on the same fields.
 */

export const CODE_MAX = 40;
export const NAME_MIN = 2;
export const NAME_MAX = 80;
export const DESCRIPTION_MAX = 1000;
export const GROUP_MAX = 80;
export const KEYWORDS_MAX = 20;
export const KEYWORD_MAX = 40;
export const TARGET_DAYS_MAX = 365;
export const QUESTIONS_MAX = 20;
export const QUESTION_MAX = 500;

// Labels are getters: each read gives the words of the language active at that moment.

export const datatypeLabel: Record<AttributeDatatype, string> = {
  get string() {
    return t('category-datatype-string');
  },
  get text() {
    return t('category-datatype-text');
  },
  get number() {
    return t('category-datatype-number');
  },
  get datetime() {
    return t('category-datatype-datetime');
  },
  get singlevaluelist() {
    return t('category-datatype-singlevaluelist');
  },
  get multivaluelist() {
    return t('category-datatype-multivaluelist');
  },
};

/** The flat fields, as text inputs hold them. */
export interface CategoryFieldsDraft {
  code: string;
  name: string;
  description: string;
  group: string;
  /** Comma-separated. */
  keywords: string;
  /** Empty for no target. */
  target_days: string;
}

export interface ChoiceDraft {
  /** Stable across edits, for element ids and list keys. */
  uid: string;
  key: string;
  name: string;
}

export interface QuestionDraft {
  uid: string;
  code: string;
  datatype: AttributeDatatype;
  required: boolean;
  description: string;
  datatype_description: string;
  order: string;
  values: ChoiceDraft[];
}

let nextUid = 0;
const uid = () => `u${(nextUid += 1)}`;

export const emptyCategory: CategoryFieldsDraft = {
  code: '',
  name: '',
  description: '',
  group: '',
  keywords: '',
  target_days: '',
};

export const newChoice = (): ChoiceDraft => ({ uid: uid(), key: '', name: '' });

/** A blank question, ordered after the `existing` ones. */
export function newQuestion(existing: readonly QuestionDraft[]): QuestionDraft {
  const orders = existing.map((q) => Number.parseInt(q.order, 10)).filter(Number.isFinite);
  const order = orders.length > 0 ? Math.max(...orders) + 1 : 1;
  return {
    uid: uid(),
    code: '',
    datatype: 'string',
    required: false,
    description: '',
    datatype_description: '',
    order: String(order),
    values: [],
  };
}

/** The form's starting point for editing a category. */
export function draftFromCategory(category: ManagedCategory): {
  fields: CategoryFieldsDraft;
  questions: QuestionDraft[];
} {
  return {
    fields: {
      code: category.code,
      name: category.name,
      description: category.description,
      group: category.group,
      keywords: category.keywords.join(', '),
      target_days: category.target_days === null ? '' : String(category.target_days),
    },
    questions: [...(category.attributes ?? [])]
      .sort((a, b) => a.order - b.order)
      .map((a) => ({
        uid: uid(),
        code: a.code,
        datatype: a.datatype,
        required: a.required,
        description: a.description,
        datatype_description: a.datatype_description ?? '',
        order: String(a.order),
        values: a.values.map((v) => ({ uid: uid(), key: v.key, name: v.name })),
      })),
  };
}

// ---- Field names ----------------------------------------------------------------------------
// Prefixed, so they cannot clash with other forms on the page (field ids derive from names).

export type CategoryField = keyof CategoryFieldsDraft | 'attributes';

export const categoryField = (name: CategoryField) => `category-${name}`;

export type QuestionField =
  'code' | 'datatype' | 'required' | 'description' | 'datatype_description' | 'order' | 'values';

export const questionField = (q: Pick<QuestionDraft, 'uid'>, name: QuestionField) =>
  `category-q-${q.uid}-${name}`;

export const choiceField = (
  q: Pick<QuestionDraft, 'uid'>,
  c: Pick<ChoiceDraft, 'uid'>,
  name: 'key' | 'name',
) => `category-q-${q.uid}-c-${c.uid}-${name}`;

export const CATEGORY_LABELS: Record<CategoryField, string> = {
  get code() {
    return t('category-label-code');
  },
  get name() {
    return t('category-label-name');
  },
  get description() {
    return t('category-label-description');
  },
  get group() {
    return t('category-label-group');
  },
  get keywords() {
    return t('category-label-keywords');
  },
  get target_days() {
    return t('category-label-target-days');
  },
  get attributes() {
    return t('category-label-attributes');
  },
};

export const QUESTION_LABELS: Record<QuestionField, string> = {
  get code() {
    return t('category-label-code');
  },
  get description() {
    return t('category-question-label-description');
  },
  get datatype() {
    return t('category-question-label-datatype');
  },
  get required() {
    return t('category-question-label-required');
  },
  get datatype_description() {
    return t('category-question-label-help');
  },
  get order() {
    return t('category-question-label-order');
  },
  get values() {
    return t('category-question-label-values');
  },
};

/** Labels for the error summary, by field name: "Question 2: Code". */
export function categoryFormLabels(questions: readonly QuestionDraft[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [field, label] of Object.entries(CATEGORY_LABELS)) {
    labels[categoryField(field as CategoryField)] = label;
  }
  questions.forEach((q, i) => {
    for (const [field, label] of Object.entries(QUESTION_LABELS)) {
      labels[questionField(q, field as QuestionField)] = t('category-summary-question-field', {
        question: i + 1,
        label,
      });
    }
    q.values.forEach((c, j) => {
      labels[choiceField(q, c, 'key')] = t('category-summary-choice-key', { question: i + 1, choice: j + 1 });
      labels[choiceField(q, c, 'name')] = t('category-summary-choice-name', {
        question: i + 1,
        choice: j + 1,
      });
    });
  });
  return labels;
}

/**
 * Where the server's per-field errors go on this form: each top-level field onto its input, and
 * anything about the questions (`attributes`, `attributes[0].code`, ...) onto the questions' group.
 */
export function serverFieldAliases(errors: FieldErrors): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const key of Object.keys(errors)) {
    const field = /^attributes\b/.test(key) ? 'attributes' : key;
    if (field in CATEGORY_LABELS) aliases[key] = categoryField(field as CategoryField);
  }
  return aliases;
}

export const ALL_CATEGORY_FIELDS = Object.keys(CATEGORY_LABELS).map((f) => categoryField(f as CategoryField));

// ---- Checks ---------------------------------------------------------------------------------

const CATEGORY_CODE = /^[a-z0-9_-]+$/;
const QUESTION_CODE = /^[A-Za-z0-9_-]+$/;
const WHOLE = /^\d+$/;
const SIGNED_WHOLE = /^-?\d+$/;

const length = (text: string) => [...text].length;

export function parseKeywords(text: string): string[] {
  return text
    .split(',')
    .map((k) => k.trim())
    .filter((k) => k.length > 0);
}

function checkQuestions(questions: readonly QuestionDraft[], errors: FormErrors): CategoryAttribute[] {
  if (questions.length > QUESTIONS_MAX) {
    errors[categoryField('attributes')] = t('category-error-too-many-questions', { count: QUESTIONS_MAX });
  }
  const codes = new Set<string>();
  return questions.map((q, index) => {
    const code = q.code.trim();
    const description = q.description.trim();
    const helpText = q.datatype_description.trim();
    const order = q.order.trim();
    if (!code) errors[questionField(q, 'code')] = t('category-error-question-code-missing');
    else if (length(code) > CODE_MAX || !QUESTION_CODE.test(code)) {
      errors[questionField(q, 'code')] = t('category-error-question-code-format', { count: CODE_MAX });
    } else if (codes.has(code)) {
      errors[questionField(q, 'code')] = t('category-error-question-code-taken');
    }
    codes.add(code);
    if (!description) errors[questionField(q, 'description')] = t('category-error-question-missing');
    else if (length(description) > QUESTION_MAX) {
      errors[questionField(q, 'description')] = t('category-error-at-most-characters', {
        count: QUESTION_MAX,
      });
    }
    if (order && !SIGNED_WHOLE.test(order)) {
      errors[questionField(q, 'order')] = t('category-error-order');
    }

    const isList = isListDatatype(q.datatype);
    // Rows left entirely blank are ignored rather than reported.
    const choices = isList ? q.values.filter((c) => c.key.trim() || c.name.trim()) : [];
    if (isList && choices.length === 0) {
      errors[questionField(q, 'values')] = t('category-error-no-choices');
    }
    const keys = new Set<string>();
    for (const c of choices) {
      const key = c.key.trim();
      if (!key) errors[choiceField(q, c, 'key')] = t('category-error-choice-key-missing');
      else if (keys.has(key)) errors[choiceField(q, c, 'key')] = t('category-error-choice-key-taken');
      keys.add(key);
      if (!c.name.trim()) errors[choiceField(q, c, 'name')] = t('category-error-choice-name-missing');
    }

    return {
      code,
      datatype: q.datatype,
      required: q.required,
      description,
      ...(helpText ? { datatype_description: helpText } : {}),
      order: order && SIGNED_WHOLE.test(order) ? Number.parseInt(order, 10) : index + 1,
      values: choices.map((c) => ({ key: c.key.trim(), name: c.name.trim() })),
    };
  });
}

interface CheckedCategory {
  code: string;
  name: string;
  description: string;
  group: string;
  keywords: string[];
  target_days: number | null;
  attributes: CategoryAttribute[];
}

function checkCategory(
  fields: CategoryFieldsDraft,
  questions: readonly QuestionDraft[],
  withCode: boolean,
): Validated<CheckedCategory> {
  const errors: FormErrors = {};
  const code = fields.code.trim().toLowerCase();
  const name = fields.name.trim();
  const description = fields.description.trim();
  const group = fields.group.trim();
  const keywords = parseKeywords(fields.keywords);
  const target = fields.target_days.trim();

  if (withCode) {
    if (!code) errors[categoryField('code')] = t('category-error-code-missing');
    else if (length(code) > CODE_MAX || !CATEGORY_CODE.test(code)) {
      errors[categoryField('code')] = t('category-error-code-format', { count: CODE_MAX });
    }
  }
  if (length(name) < NAME_MIN || length(name) > NAME_MAX) {
    errors[categoryField('name')] = t('category-error-name-length', { min: NAME_MIN, count: NAME_MAX });
  }
  if (length(description) > DESCRIPTION_MAX) {
    errors[categoryField('description')] = t('category-error-at-most-characters', { count: DESCRIPTION_MAX });
  }
  if (length(group) > GROUP_MAX) {
    errors[categoryField('group')] = t('category-error-at-most-characters', { count: GROUP_MAX });
  }
  if (keywords.length > KEYWORDS_MAX || keywords.some((k) => length(k) > KEYWORD_MAX)) {
    errors[categoryField('keywords')] = t('category-error-keywords', {
      count: KEYWORDS_MAX,
      characters: KEYWORD_MAX,
    });
  }
  let target_days: number | null = null;
  if (target) {
    const days = WHOLE.test(target) ? Number(target) : Number.NaN;
    if (!(days >= 1 && days <= TARGET_DAYS_MAX)) {
      errors[categoryField('target_days')] = t('category-error-target-days', { count: TARGET_DAYS_MAX });
    } else {
      target_days = days;
    }
  }
  const attributes = checkQuestions(questions, errors);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { code, name, description, group, keywords, target_days, attributes } };
}

/** Checks the form for a new category; empty optional fields are left out of the request. */
export function validateNewCategory(
  fields: CategoryFieldsDraft,
  questions: readonly QuestionDraft[],
): Validated<CreateCategoryRequest> {
  const checked = checkCategory(fields, questions, true);
  if (!checked.ok) return checked;
  const { code, name, description, group, keywords, target_days, attributes } = checked.value;
  return {
    ok: true,
    value: {
      code,
      name,
      ...(description ? { description } : {}),
      ...(group ? { group } : {}),
      ...(keywords.length > 0 ? { keywords } : {}),
      ...(target_days !== null ? { target_days } : {}),
      ...(attributes.length > 0 ? { attributes } : {}),
    },
  };
}

/**
 * Checks the form for an edit. Every editable field is sent (the code cannot change), so what is
 * saved is what the form shows: an empty target clears it (`null`), no questions removes them all.
 */
export function validateCategoryChange(
  fields: CategoryFieldsDraft,
  questions: readonly QuestionDraft[],
): Validated<UpdateCategoryRequest> {
  const checked = checkCategory(fields, questions, false);
  if (!checked.ok) return checked;
  const { code: _code, ...change } = checked.value;
  return { ok: true, value: change };
}
