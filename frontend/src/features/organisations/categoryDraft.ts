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

export const datatypeLabel: Record<AttributeDatatype, string> = {
  string: 'Short text',
  text: 'Long text',
  number: 'Number',
  datetime: 'Date and time',
  singlevaluelist: 'One choice from a list',
  multivaluelist: 'Any choices from a list',
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
  code: 'Code',
  name: 'Name',
  description: 'Description (optional)',
  group: 'Group (optional)',
  keywords: 'Keywords (optional)',
  target_days: 'Target days to resolve (optional)',
  attributes: 'Extra questions',
};

export const QUESTION_LABELS: Record<QuestionField, string> = {
  code: 'Code',
  description: 'Question',
  datatype: 'Answer type',
  required: 'Reporters must answer it',
  datatype_description: 'Help with answering (optional)',
  order: 'Order',
  values: 'Choices',
};

/** Labels for the error summary, by field name: "Question 2: Code". */
export function categoryFormLabels(questions: readonly QuestionDraft[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [field, label] of Object.entries(CATEGORY_LABELS)) {
    labels[categoryField(field as CategoryField)] = label;
  }
  questions.forEach((q, i) => {
    for (const [field, label] of Object.entries(QUESTION_LABELS)) {
      labels[questionField(q, field as QuestionField)] = `Question ${i + 1}: ${label}`;
    }
    q.values.forEach((c, j) => {
      labels[choiceField(q, c, 'key')] = `Question ${i + 1}: Choice ${j + 1} key`;
      labels[choiceField(q, c, 'name')] = `Question ${i + 1}: Choice ${j + 1} name`;
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
    errors[categoryField('attributes')] = `Ask at most ${QUESTIONS_MAX} questions.`;
  }
  const codes = new Set<string>();
  return questions.map((q, index) => {
    const code = q.code.trim();
    const description = q.description.trim();
    const helpText = q.datatype_description.trim();
    const order = q.order.trim();
    if (!code) errors[questionField(q, 'code')] = 'Enter a code for the question.';
    else if (length(code) > CODE_MAX || !QUESTION_CODE.test(code)) {
      errors[questionField(q, 'code')] = `Use 1 to ${CODE_MAX} letters, digits, _ or -.`;
    } else if (codes.has(code)) {
      errors[questionField(q, 'code')] = 'Another question already has this code.';
    }
    codes.add(code);
    if (!description) errors[questionField(q, 'description')] = 'Enter the question reporters will see.';
    else if (length(description) > QUESTION_MAX) {
      errors[questionField(q, 'description')] = `Use at most ${QUESTION_MAX} characters.`;
    }
    if (order && !SIGNED_WHOLE.test(order)) {
      errors[questionField(q, 'order')] = 'Enter the order as a whole number.';
    }

    const isList = isListDatatype(q.datatype);
    // Rows left entirely blank are ignored rather than reported.
    const choices = isList ? q.values.filter((c) => c.key.trim() || c.name.trim()) : [];
    if (isList && choices.length === 0) {
      errors[questionField(q, 'values')] = 'Add at least one choice.';
    }
    const keys = new Set<string>();
    for (const c of choices) {
      const key = c.key.trim();
      if (!key) errors[choiceField(q, c, 'key')] = 'Enter a key for this choice.';
      else if (keys.has(key)) errors[choiceField(q, c, 'key')] = 'Another choice already has this key.';
      keys.add(key);
      if (!c.name.trim()) errors[choiceField(q, c, 'name')] = 'Enter the name reporters will see.';
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
    if (!code) errors[categoryField('code')] = 'Enter a code, such as pothole.';
    else if (length(code) > CODE_MAX || !CATEGORY_CODE.test(code)) {
      errors[categoryField('code')] = `Use 1 to ${CODE_MAX} characters: a to z, 0 to 9, _ and -.`;
    }
  }
  if (length(name) < NAME_MIN || length(name) > NAME_MAX) {
    errors[categoryField('name')] = `Use ${NAME_MIN} to ${NAME_MAX} characters.`;
  }
  if (length(description) > DESCRIPTION_MAX) {
    errors[categoryField('description')] = `Use at most ${DESCRIPTION_MAX} characters.`;
  }
  if (length(group) > GROUP_MAX) errors[categoryField('group')] = `Use at most ${GROUP_MAX} characters.`;
  if (keywords.length > KEYWORDS_MAX || keywords.some((k) => length(k) > KEYWORD_MAX)) {
    errors[categoryField('keywords')] =
      `Use at most ${KEYWORDS_MAX} keywords of at most ${KEYWORD_MAX} characters each.`;
  }
  let target_days: number | null = null;
  if (target) {
    const days = WHOLE.test(target) ? Number(target) : Number.NaN;
    if (!(days >= 1 && days <= TARGET_DAYS_MAX)) {
      errors[categoryField('target_days')] = `Enter a whole number of days from 1 to ${TARGET_DAYS_MAX}.`;
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
