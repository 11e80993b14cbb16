// Right-to-left languages (Arabic) mirror the whole layout by `dir="rtl"` alone, which works
// only if no style names a physical side: `margin-inline-start`, not `margin-left`.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every style sheet of the app, and the app shell's inline style in index.html, read from disk
 * (Vitest hands CSS imports to tests as empty strings), relative to `frontend/`, where `npm test` runs.
 */
function styleSources(): { file: string; text: string }[] {
  const read = (file: string) => readFileSync(file, 'utf8');
  const sheets = (readdirSync('src', { recursive: true }) as string[])
    .filter((name) => name.endsWith('.css'))
    .map((name) => `src/${name}`);
  const shell = read('index.html').match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
  return [...sheets.map((file) => ({ file, text: read(file) })), { file: 'index.html', text: shell }];
}

/** Declarations that name a physical side, with their line: what `dir="rtl"` cannot mirror. */
function physicalSides(css: string): string[] {
  const physical =
    /(?:^|[{;])\s*((?:margin|padding|border)-(?:left|right)(?:-[a-z]+)?|left|right|border-(?:top|bottom)-(?:left|right)-radius)\s*:|(?:^|[{;])\s*(?:text-align|float|clear)\s*:\s*(?:left|right)\b/;
  return css
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => physical.test(line))
    .map(({ line, number }) => `${number}: ${line.trim()}`);
}

describe('styles for right-to-left languages', () => {
  it('name no physical side anywhere (logical properties mirror with dir="rtl")', () => {
    const sources = styleSources();
    expect(sources.length).toBeGreaterThan(2);
    expect(sources.every(({ text }) => text.length > 0)).toBe(true);
    const offenders = sources.flatMap(({ file, text }) =>
      physicalSides(text).map((line) => `${file}:${line}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself catches each kind of physical side', () => {
    expect(
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
      ),
    ).toHaveLength(7);
    expect(
      physicalSides('  margin-inline-start: 1px;\n  inset-inline-end: 0;\n  text-align: start;'),
    ).toEqual([]);
  });
});
