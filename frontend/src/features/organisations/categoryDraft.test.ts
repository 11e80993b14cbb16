import { describe, expect, it } from 'vitest';
import {
  categoryField,
  choiceField,
  draftFromCategory,
  emptyCategory,
  newChoice,
  newQuestion,
  questionField,
  serverFieldAliases,
  validateCategoryChange,
  validateNewCategory,
  type QuestionDraft,
} from './categoryDraft';
import type { ManagedCategory } from './api';
import { categories } from '../../test/issueFixtures';

const listQuestion = (overrides: Partial<QuestionDraft> = {}): QuestionDraft => ({
  ...newQuestion([]),
  code: 'lane',
  datatype: 'singlevaluelist',
  description: ' Where is it? ',
  values: [
    { ...newChoice(), key: 'road', name: 'Road' },
    { ...newChoice(), key: '', name: '' }, // left blank: ignored
    { ...newChoice(), key: ' cycle ', name: 'Cycle lane' },
  ],
  ...overrides,
});

const category: ManagedCategory = {
  ...categories[0],
  keywords: ['road', 'hole'],
  target_days: 10,
  attributes: [
    { code: 'b', datatype: 'text', required: false, description: 'Second', order: 2, values: [] },
    {
      code: 'a',
      datatype: 'number',
      required: true,
      description: 'First',
      datatype_description: 'In cm',
      order: 1,
      values: [],
    },
  ],
};

describe('new categories', () => {
  it('builds the request, leaving out empty optional fields and blank choices', () => {
    const checked = validateNewCategory({ ...emptyCategory, code: ' Pothole ', name: ' Pothole ' }, [
      listQuestion(),
    ]);
    expect(checked).toEqual({
      ok: true,
      value: {
        code: 'pothole',
        name: 'Pothole',
        attributes: [
          {
            code: 'lane',
            datatype: 'singlevaluelist',
            required: false,
            description: 'Where is it?',
            order: 1,
            values: [
              { key: 'road', name: 'Road' },
              { key: 'cycle', name: 'Cycle lane' },
            ],
          },
        ],
      },
    });
  });

  it('keys each problem by the field at fault', () => {
    const question = listQuestion({ code: 'lane!', order: 'first', values: [] });
    const twin = listQuestion({ code: 'x', datatype: 'string' });
    const dupes = listQuestion({
      code: 'x',
      values: [
        { ...newChoice(), key: 'a', name: 'A' },
        { ...newChoice(), key: 'a', name: '' },
      ],
    });
    const checked = validateNewCategory(
      { ...emptyCategory, code: 'pot hole', name: 'P', target_days: '366', keywords: 'a'.repeat(41) },
      [question, twin, dupes],
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(
      [
        categoryField('code'),
        categoryField('name'),
        categoryField('target_days'),
        categoryField('keywords'),
        questionField(question, 'code'),
        questionField(question, 'order'),
        questionField(question, 'values'),
        questionField(dupes, 'code'),
        choiceField(dupes, dupes.values[1], 'key'),
        choiceField(dupes, dupes.values[1], 'name'),
      ].sort(),
    );
    expect(checked.errors[questionField(dupes, 'code')]).toBe('Another question already has this code.');
  });

  it('drops choices from questions that are not lists', () => {
    const checked = validateNewCategory({ ...emptyCategory, code: 'a', name: 'Ab' }, [
      listQuestion({ datatype: 'number' }),
    ]);
    expect(checked.ok && checked.value.attributes?.[0].values).toEqual([]);
  });
});

describe('editing categories', () => {
  it('starts from the category, questions in their order', () => {
    const { fields, questions } = draftFromCategory(category);
    expect(fields).toEqual({
      code: 'pothole',
      name: 'Pothole',
      description: '',
      group: 'Roads',
      keywords: 'road, hole',
      target_days: '10',
    });
    expect(questions.map((q) => [q.code, q.order, q.datatype_description])).toEqual([
      ['a', '1', 'In cm'],
      ['b', '2', ''],
    ]);
  });

  it('sends every editable field but the code; an empty target clears it', () => {
    const { fields, questions } = draftFromCategory(category);
    const checked = validateCategoryChange({ ...fields, target_days: ' ' }, questions);
    expect(checked).toEqual({
      ok: true,
      value: {
        name: 'Pothole',
        description: '',
        group: 'Roads',
        keywords: ['road', 'hole'],
        target_days: null,
        attributes: [category.attributes[1], category.attributes[0]],
      },
    });
  });

  it('orders a new question after the others', () => {
    const { questions } = draftFromCategory(category);
    expect(newQuestion(questions).order).toBe('3');
  });
});

describe('server errors', () => {
  it('places question errors on the questions group and ignores unknown fields', () => {
    expect(
      serverFieldAliases({ name: ['x'], attributes: ['y'], 'attributes[0].code': ['z'], other: ['w'] }),
    ).toEqual({
      name: categoryField('name'),
      attributes: categoryField('attributes'),
      'attributes[0].code': categoryField('attributes'),
    });
  });
});
