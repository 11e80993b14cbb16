// How hard the English a resident reads is: the Flesch-Kincaid grade of each catalogue's prose
// (issue 17: "the reading age of a resident page at most that of a 9-year-old in English"; a
// US grade 4 reader is 9 to 10 years old). Run by `i18n-check.mjs` on the front end's and the
// server's English catalogues; docs/i18n.md says how to write to it.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The highest grade a resident-facing catalogue's prose may reach on average. */
export const MAX_GRADE = 4;
/** The most words one sentence may have, however easy its words: long sentences lose people. */
export const MAX_SENTENCE_WORDS = 25;

/**
 * The service's own words (docs/glossary.md): a resident meets them on every page, each with one
 * meaning, so they count as familiar words of at most two syllables, as "neighbour" does.
 */
const GLOSSARY = new Set([
  'neighbourhood',
  'neighbourhoods',
  'coordinator',
  'coordinators',
  'notification',
  'notifications',
  'organisation',
  'organisations',
  'volunteer',
  'volunteers',
  'supporter',
  'supporters',
  'invitation',
  'invitations',
  'e-mail',
  'e-mails',
  'email',
  'commonground',
]);

/** The prose of a Fluent pattern: its text, each placeable read as one short word ("it"), and of
 * a select expression its default variant (the one most people read). Markup tags are dropped. */
export function proseOf(pattern) {
  if (!pattern) return '';
  return pattern.elements
    .map((element) => {
      if (element.type === 'TextElement') return element.value;
      const expression = element.expression;
      if (expression?.type === 'SelectExpression') {
        const fallback = expression.variants.find((variant) => variant.default);
        return proseOf(fallback?.value);
      }
      return 'it';
    })
    .join('')
    .replace(/<\/?[a-z][a-z0-9-]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the text is prose (ends like a sentence), not a label, a button or a heading. */
export const isProse = (text) => /[.!?]["”’)]?$/.test(text);

/** The words of a sentence. An address, a number or code (`name@example.org`, `U+0000`,
 * `Content-Type`) is read as a whole, not sounded out, so it is not counted as words. */
const wordsOf = (sentence) =>
  sentence
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word) && !/[@/\d`+_]/.test(word));

const syllables = (word) => {
  const count = syllable(word);
  return GLOSSARY.has(word.toLowerCase()) ? Math.min(count, 2) : count;
};

export const sentencesOf = (text) => text.split(/(?<=[.!?]["”’)]?)\s+/).filter((s) => wordsOf(s).length > 0);

/** Counts over many texts: what the grade is computed from. */
export function measure(texts) {
  const counts = { sentence: 0, word: 0, syllable: 0 };
  const long = [];
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const words = wordsOf(sentence);
      counts.sentence += 1;
      counts.word += words.length;
      counts.syllable += words.reduce((sum, word) => sum + syllables(word), 0);
      if (words.length > MAX_SENTENCE_WORDS) long.push(sentence);
    }
  }
  return { ...counts, grade: counts.word === 0 ? 0 : fleschKincaid(counts), long };
}
