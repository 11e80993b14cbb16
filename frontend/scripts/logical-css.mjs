// Right-to-left languages (Arabic) mirror the whole layout by `dir="rtl"` alone, which works only
// if no style names a physical side: `margin-inline-start`, not `margin-left`. Fails (exit 1),
// listing each offender, when a style sheet under src/ or the app shell's inline style in
// index.html names one. Run by `npm run check:css` (in `make test` and `make lint`).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const PHYSICAL =
  /(?:^|[{;])\s*((?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:^|[{;])\s*(?:text-align|float|clear)\s*:\s*(?:left|right)\b/;

/** The declarations of `css` that name a physical side, as "line: text". */
export function physicalSides(css) {
  return css
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => PHYSICAL.test(line))
    .map(({ line, number }) => `${number}: ${line.trim()}`);
}

// The check checks: each kind of physical side is caught, and logical ones pass.
assert.equal(
  physicalSides(
    [
      'a { margin-left: 1px; }',
      '  padding-right: 2px;',
      '  border-left-width: 3px;',
      '  left: 0;',
      '  text-align: right;',
      '  float: left;',
      '  border-top-left-radius: 4px;',
    ].join('\n'),
  ).length,
  7,
);
assert.deepEqual(
  physicalSides('  margin-inline-start: 1px;\n  inset-inline-end: 0;\n  text-align: start;'),
  [],
);

const sheets = readdirSync(join(root, 'src'), { recursive: true })
  .filter((name) => name.endsWith('.css'))
  .map((name) => join(root, 'src', name));
const shell = readFileSync(join(root, 'index.html'), 'utf8').match(/<style>([\s\S]*?)<\/style>/)?.[1];
assert.ok(sheets.length > 0 && shell, 'the style sheets and the app shell style were found');

const offenders = [
  ...sheets.flatMap((file) =>
    physicalSides(readFileSync(file, 'utf8')).map((line) => `${relative(root, file)}:${line}`),
  ),
  ...physicalSides(shell).map((line) => `index.html <style>:${line}`),
];
if (offenders.length > 0) {
  console.error(`Styles that name a physical side (use logical properties, so dir="rtl" mirrors them):`);
  for (const line of offenders) console.error(`  ${line}`);
  process.exit(1);
}
console.log(`logical CSS: ${sheets.length} style sheets and the app shell name no physical side`);
