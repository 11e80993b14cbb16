// By keyboard alone: focus goes somewhere sensible after "Near me" and after "Join" (not the page
// body); the triage keys work as soon as the queue opens; the dashboard's map points can be
// reached with Tab and opened with Enter. Runs on the demo data (tests/support/e2e.sh).
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DEMO_PASSWORD,
  assertBackendUp,
  demoIds,
  demoUser,
  freshSpotInMillLane,
  launchBrowser,
  makeUser,
  openAs,
  signInAsDemo,
  signUp,
  withScreenshots,
} from './helpers.mjs';

let browser;
let millLaneId;
let councilId;

before(async () => {
  await assertBackendUp();
  ({ millLaneId, councilId } = await demoIds());
  await reportTwoProblems();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Two more issues (of two categories, so they never pool), so the triage queue has rows to move through. */
async function reportTwoProblems() {
  const call = async (method, path, token, body) => {
    const response = await fetch(`${BASE_URL}/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
    return response.json();
  };
  const { access_token: token } = await call('POST', '/auth/login', null, {
    email: demoUser('tom'),
    password: DEMO_PASSWORD,
  });
  const categories = await call('GET', `/neighbourhoods/${millLaneId}/categories`, token);
  for (const [index, category] of categories.slice(0, 2).entries()) {
    await call('POST', `/neighbourhoods/${millLaneId}/reports`, token, {
      category_id: category.id,
      location: freshSpotInMillLane(),
      description: `Reported for the keyboard journey (${index + 1}).`,
    });
  }
}

/** The focused element, described: its id, or its tag and name. */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id || `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim()}`;
  });

test(
  'keyboard: after "Near me" and after "Join", focus is on what changed, not the page',
  { timeout: 90_000 },
  async () => {
    const ana = await openAs(browser, 'ana-keyboard', {
      geolocation: { latitude: 51.4545, longitude: -2.5879 },
      permissions: ['geolocation'],
    });
    await withScreenshots('keyboard focus', [ana], async () => {
      const { page } = ana;
      await signUp(page, makeUser('Ana'));

      await page.goto(`${BASE_URL}/neighbourhoods`);
      await page.getByRole('button', { name: 'Near me' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/near=/);
      await page.waitForFunction(() => document.activeElement?.id === 'results-heading', null, {
        timeout: 5000,
      });

      await page.goto(`${BASE_URL}/neighbourhoods/${millLaneId}`);
      const join = page.getByRole('button', { name: /^(Join neighbourhood|Request to join)$/ });
      await join.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /^(Leave neighbourhood|Withdraw request)$/ }).waitFor();
      assert.equal(await focused(page), 'membership-heading');
    });
    await ana.context.close();
  },
);

test('keyboard: the triage keys work as soon as the queue opens', { timeout: 60_000 }, async () => {
  const dana = await openAs(browser, 'dana-triage-keys');
  await withScreenshots('keyboard triage', [dana], async () => {
    const { page } = dana;
    await signInAsDemo(page, 'dana.council', `/organisations/${councilId}/triage`);
    await page.getByRole('heading', { level: 1, name: 'Triage queue' }).waitFor();
    const rows = page.locator('.triage-table tbody tr');
    await rows.nth(1).waitFor();
    assert.equal(await rows.nth(0).getAttribute('aria-current'), 'true');
    // No Tab presses: straight to the keys.
    await page.keyboard.press('j');
    await page.waitForFunction(
      () => document.querySelectorAll('.triage-table tbody tr')[1]?.getAttribute('aria-current') === 'true',
      null,
      { timeout: 5000 },
    );
    await page.keyboard.press('x');
    assert.equal(await rows.nth(1).getByRole('checkbox').isChecked(), true);
    assert.equal(await rows.nth(0).getByRole('checkbox').isChecked(), false);
  });
  await dana.context.close();
});

test(
  'keyboard: the dashboard’s map points are reached with Tab and opened with Enter',
  { timeout: 60_000 },
  async () => {
    const dana = await openAs(browser, 'dana-map-keys');
    await withScreenshots('keyboard map', [dana], async () => {
      const { page } = dana;
      await signInAsDemo(page, 'dana.council', `/organisations/${councilId}/dashboard`);
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      const point = page
        .getByRole('region', { name: /^Map of/ })
        .getByRole('link')
        .first();
      await point.waitFor();
      // Tab from the map's heading until a point has focus (a bounded walk).
      await page.locator('#map-heading').evaluate((h) => {
        h.setAttribute('tabindex', '-1');
        h.focus();
      });
      let reached = null;
      for (let i = 0; i < 40 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() =>
          document.activeElement?.getAttribute('role') === 'link' &&
          document.activeElement.closest('.dashboard-map')
            ? document.activeElement.getAttribute('aria-label')
            : null,
        );
      }
      assert.ok(reached, 'no map point was reached with Tab');
      assert.match(reached, /affected$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/issues\/[^/]+$/);
    });
    await dana.context.close();
  },
);
