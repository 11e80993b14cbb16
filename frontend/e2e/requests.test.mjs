// One fetch per resource per view: each main page, loaded fresh by a signed-in person (live
// updates on, so the subscriptions' own reloads are counted too), asks the API for each address
// once. A page that fetched its data on mount and again when its live channel said `subscribed`,
// or that mounted twice, fails here with the addresses it asked for twice.
// Run: bash tests/support/e2e.sh frontend/e2e/requests.test.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as hooks from 'node:test';
import { BASE_URL, demoIds, openAs, sharedBrowser, signInAsDemo, withScreenshots } from './helpers.mjs';

const browser = sharedBrowser(hooks);

/** How long after the page's content is shown to keep counting (live reloads are debounced). */
const SETTLE_MS = 2500;

/**
 * Loads `path` afresh and counts the API GETs (and static files) it makes until `ready` has
 * appeared and SETTLE_MS have passed; answers the addresses asked for more than once.
 */
async function duplicateRequests(page, path, ready) {
  const counts = new Map();
  const count = (request) => {
    if (request.method() !== 'GET') return;
    const url = new URL(request.url());
    if (url.origin !== BASE_URL) return;
    const key = `${url.pathname}${url.search}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  page.on('request', count);
  try {
    await page.goto(`${BASE_URL}${path}`);
    await ready(page).waitFor();
    await page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();
    await page.waitForTimeout(SETTLE_MS);
  } finally {
    page.off('request', count);
  }
  assert.ok(counts.size > 1, `${path}: no requests were seen`);
  return [...counts].filter(([, n]) => n > 1).map(([url, n]) => `${n}× ${url}`);
}

test('each main page asks for each resource once', { timeout: 180_000 }, async () => {
  const { millLaneId, councilId } = await demoIds();
  const tom = await openAs(browser(), 'tom');
  const dana = await openAs(browser(), 'dana');
  await withScreenshots('one fetch per resource', [tom, dana], async () => {
    await signInAsDemo(tom.page, 'tom', '/');
    await tom.page.getByRole('heading', { level: 1, name: 'Commonground' }).waitFor();
    await signInAsDemo(dana.page, 'dana.council', '/');
    await dana.page.getByRole('heading', { level: 1, name: 'Commonground' }).waitFor();

    const pages = [
      [tom.page, '/', (p) => p.getByRole('heading', { name: 'Your neighbourhoods' })],
      [tom.page, `/neighbourhoods/${millLaneId}`, (p) => p.locator('.issue-map__count')],
      [
        tom.page,
        `/neighbourhoods/${millLaneId}/report`,
        (p) => p.getByRole('heading', { level: 1, name: /^Report a problem/ }),
      ],
      [
        dana.page,
        `/organisations/${councilId}/dashboard`,
        (p) => p.getByRole('group', { name: 'Open issues' }),
      ],
    ];
    const found = [];
    for (const [page, path, ready] of pages) {
      const duplicates = await duplicateRequests(page, path, ready);
      if (duplicates.length > 0) found.push(`${path}: ${duplicates.join(', ')}`);
    }
    assert.deepEqual(found, [], `pages asked for the same address more than once:\n${found.join('\n')}`);
  });
});
