// The front end's catalogues are complete and every message the code asks for exists. Fails
// (exit 1), listing each problem, when:
// - a catalogue file does not parse (Fluent "junk");
// - Polish or Arabic lacks a message English has, or has one English lacks;
// - a translation uses a variable English does not pass, or drops or renames a markup tag
//   (`<directory>…</directory>`: `Markup` turns those into links);
// - the code asks for a message (`t('id')`, `<Markup id="id">`) English does not define, or asks
//   with an id that is not a literal string (which this check could not follow);
// - English defines a message nothing asks for;
// - the prose of a resident-facing English catalogue reads above a 9-year-old's level (the
//   Flesch-Kincaid grade of its sentences above 4, `readability.mjs`) or has a sentence longer
//   than 25 words. Residents read the front end's catalogues, except the staff pages'
//   (`STAFF_ONLY`), and the server's e-mails (`RESIDENT_MAIL`); the grade of the server's error
//   catalogues, which API clients read too, is printed but not held to it.
// Run by `npm run check:i18n` (in `make test` and `make lint`); docs/i18n.md.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@fluent/syntax';
import { MAX_GRADE, MAX_SENTENCE_WORDS, isProse, measure, proseOf } from './readability.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogues = join(root, 'src', 'i18n', 'locales');
const LOCALES = ['en', 'pl', 'ar'];
const serverCatalogues = join(root, '..', 'src', 'i18n', 'locales');
/** Front-end catalogues only service managers and organisation staff read. */
const STAFF_ONLY = new Set(['dashboard.ftl', 'organisations.ftl']);
/** The server's catalogues of e-mails residents and followers receive. */
const RESIDENT_MAIL = new Set(['notifications.ftl', 'follows.ftl']);

/** The prose (sentences, not labels) of each English catalogue file in `dir`. */
function proseByFile(dir) {
  return readdirSync(join(dir, 'en'))
    .filter((name) => name.endsWith('.ftl'))
    .map((file) => {
      const resource = parse(readFileSync(join(dir, 'en', file), 'utf8'), { withSpans: false });
      const texts = resource.body
        .filter((entry) => entry.type === 'Message')
        .map((entry) => proseOf(entry.value))
        .filter(isProse);
      return { file, ...measure(texts) };
    });
}

/** Problems with how hard resident-facing English is to read, and a line per file. */
export function readabilityReport() {
  const problems = [];
  const lines = [];
  const files = [
    ...proseByFile(catalogues).map((f) => ({ ...f, where: 'frontend', held: !STAFF_ONLY.has(f.file) })),
    ...proseByFile(serverCatalogues).map((f) => ({ ...f, where: 'server', held: RESIDENT_MAIL.has(f.file) })),
  ];
  for (const { file, where, held, grade, word, long } of files) {
    lines.push(
      `${where}/en/${file}: grade ${grade.toFixed(1)} over ${word} words${held ? '' : ' (not held)'}`,
    );
    if (!held) continue;
    if (grade > MAX_GRADE)
      problems.push(
        `${where}/en/${file}: reads at grade ${grade.toFixed(1)}; plain words for residents stay at ${MAX_GRADE} or below`,
      );
    for (const sentence of long)
      problems.push(`${where}/en/${file}: over ${MAX_SENTENCE_WORDS} words: "${sentence.slice(0, 80)}…"`);
  }
  return { problems, lines };
}

/** Variables and markup tags a pattern uses. */
function collect(node, into) {
  if (!node || typeof node !== 'object') return into;
  if (Array.isArray(node)) {
    node.forEach((child) => collect(child, into));
    return into;
  }
  if (node.type === 'VariableReference') into.variables.add(node.id.name);
  if (node.type === 'TextElement') {
    for (const [, name] of node.value.matchAll(/<([a-z][a-z0-9-]*)>/g)) into.tags.add(name);
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'span') collect(value, into);
  return into;
}

/** id -> { variables, tags, file } for one locale, plus parse problems. */
export function readLocale(locale, dir = catalogues) {
  const messages = new Map();
  const problems = [];
  for (const file of readdirSync(join(dir, locale)).filter((name) => name.endsWith('.ftl'))) {
    const resource = parse(readFileSync(join(dir, locale, file), 'utf8'), { withSpans: false });
    for (const entry of resource.body) {
      if (entry.type === 'Junk')
        problems.push(`${locale}/${file}: does not parse: ${entry.content.trim().slice(0, 80)}`);
      if (entry.type !== 'Message') continue;
      if (messages.has(entry.id.name)) problems.push(`${locale}/${file}: ${entry.id.name} is defined twice`);
      messages.set(entry.id.name, {
        ...collect(entry.value, { variables: new Set(), tags: new Set() }),
        file,
      });
    }
  }
  return { messages, problems };
}

export function compareLocales(english, other, locale) {
  const problems = [];
  for (const [id, { variables, tags, file }] of english) {
    const translated = other.get(id);
    if (!translated) {
      problems.push(`${locale}: lacks ${id} (en/${file})`);
      continue;
    }
    for (const name of translated.variables)
      if (!variables.has(name))
        problems.push(`${locale}/${translated.file}: ${id} uses $${name}, which English does not pass`);
    const same = tags.size === translated.tags.size && [...tags].every((tag) => translated.tags.has(tag));
    if (!same)
      problems.push(
        `${locale}/${translated.file}: ${id} has tags <${[...translated.tags]}>, English <${[...tags]}>`,
      );
  }
  for (const id of other.keys()) if (!english.has(id)) problems.push(`${locale}: ${id} is not in English`);
  return problems;
}

const CALL = /\bt\(\s*([^,)\s]+)|<Markup\b[^>]*?\bid=(\{[^}]*\}|"[^"]*"|'[^']*')/g;

/** The message ids a source file asks for, and the calls whose id is not a literal. */
export function messageIds(source) {
  const ids = [];
  const dynamic = [];
  for (const match of source.matchAll(CALL)) {
    const raw = (match[1] ?? match[2]).replace(/^\{|\}$/g, '').trim();
    const literal = /^(['"])([a-z0-9-]+)\1$/.exec(raw);
    if (literal) ids.push(literal[2]);
    else dynamic.push(raw);
  }
  return { ids, dynamic };
}

/** Where `t` and `Markup` are defined: they pass ids through, they do not ask for one. */
const DEFINITIONS = new Set([join('src', 'i18n', 'index.ts'), join('src', 'i18n', 'Markup.tsx')]);

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// The check checks: literal ids are found in both forms, and other ids are reported, not missed.
assert.deepEqual(
  messageIds(`t('a-b'); t("c", { n }); <Markup id="d" /> <Markup id={'e'} elements={{}} />`).ids,
  ['a-b', 'c', 'd', 'e'],
);
assert.deepEqual(messageIds('t(`x-${y}`); t(name)').dynamic, ['`x-${y}`', 'name']);
assert.deepEqual(
  compareLocales(
    new Map([['a', { variables: new Set(['n']), tags: new Set(['b']), file: 'x.ftl' }]]),
    new Map([
      ['a', { variables: new Set(['m']), tags: new Set(), file: 'x.ftl' }],
      ['z', { variables: new Set(), tags: new Set(), file: 'x.ftl' }],
    ]),
    'pl',
  ).length,
  3,
);

// The reading check tells hard prose from plain, reads a select's default variant, and does not
// sound out addresses.
assert.ok(
  measure([
    'Notwithstanding prior authorisation, municipal infrastructure remediation necessitates documentation.',
  ]).grade > MAX_GRADE,
);
assert.ok(measure(['The light is out. We will fix it soon.']).grade < MAX_GRADE);
assert.equal(
  proseOf(parse('m = { $n ->\n    [one] One hole.\n   *[other] Some holes.\n}\n', {}).body[0].value),
  'Some holes.',
);
assert.equal(measure(['Write to sam@example.org today.']).word, 3);

function main() {
  const problems = [];
  const read = Object.fromEntries(LOCALES.map((locale) => [locale, readLocale(locale)]));
  for (const locale of LOCALES) problems.push(...read[locale].problems);
  const english = read.en.messages;
  assert.ok(english.size > 0, 'no English messages were read');
  for (const locale of LOCALES.slice(1))
    problems.push(...compareLocales(english, read[locale].messages, locale));

  const used = new Set();
  const files = sourceFiles(join(root, 'src')).filter((file) => !DEFINITIONS.has(relative(root, file)));
  for (const file of files) {
    const { ids, dynamic } = messageIds(readFileSync(file, 'utf8'));
    const name = relative(root, file);
    for (const id of ids) {
      used.add(id);
      if (!english.has(id)) problems.push(`${name}: asks for ${id}, which English does not define`);
    }
    for (const raw of dynamic) problems.push(`${name}: t(${raw}): message ids must be literal strings`);
  }
  for (const id of english.keys())
    if (!used.has(id)) problems.push(`en/${english.get(id).file}: ${id} is not used`);
  const readability = readabilityReport();
  problems.push(...readability.problems);
  if (process.env.I18N_READABILITY) console.log(readability.lines.join('\n'));

  if (problems.length > 0) {
    console.error(`Catalogue problems (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `Catalogues complete: ${english.size} messages in ${LOCALES.join(', ')}; ${used.size} asked for in ${files.length} files.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
