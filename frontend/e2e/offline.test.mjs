// Offline: a report being written survives a reload (photo included); sent while offline it is
// queued, and sent exactly once when the connection returns, the resident told where it went;
// the service worker opens the app shell with no connection at all. Runs on the demo data.
// Run: bash tests/support/e2e.sh frontend/e2e/offline.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  DEMO_PASSWORD,
  PNG,
  assertBackendUp,
  demoIds,
  demoUser,
  freshSpotInMillLane,
  launchBrowser,
  openAs,
  signInAsDemo,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

// A 4x4 PNG: small, but a real image the server decodes and re-encodes.
let browser;
let millLaneId;

before(async () => {
  await assertBackendUp();
  ({ millLaneId } = await demoIds());
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The API as the demo's `local` person sees it, from outside the browser (never offline). */
async function apiAs(local) {
  const login = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: demoUser(local), password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200);
  const { access_token } = await login.json();
  return async (path) => {
    const response = await fetch(`${BASE_URL}/api/v1${path}`, {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    assert.equal(response.status, 200, `GET ${path}`);
    return response.json();
  };
}

/** The reports in Mill Lane whose description contains `words`, across the issues found. */
async function reportsSaying(get, words) {
  const issues = await get(`/neighbourhoods/${millLaneId}/issues?q=${encodeURIComponent(words)}&limit=50`);
  const found = [];
  for (const issue of issues.items) {
    const detail = await get(`/issues/${issue.id}`);
    for (const report of detail.reports) {
      if (report.description.includes(words)) found.push({ issue: detail, report });
    }
  }
  return found;
}

test(
  'offline: a draft survives a reload, a report sent offline goes once when back online, the shell opens offline',
  { timeout: 120_000 },
  async () => {
    const amina = await openAs(browser, 'amina-offline', { serviceWorkers: 'allow' });
    const { page, context } = amina;
    const words = `offline-${uniqueSuffix()}`;
    const description = `Broken kerb by the lock gates (${words}).`;
    await withScreenshots('offline report', [amina], async () => {
      await signInAsDemo(page, 'amina', `/neighbourhoods/${millLaneId}/report`);
      await page.getByRole('heading', { level: 1, name: /^Report a problem in / }).waitFor();
      // The shell is precached once the worker is active.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

      await page.getByLabel('What kind of problem is it?').selectOption({ label: 'Pothole' });
      await page
        .getByRole('group', { name: /^Where is it\?/ })
        .getByLabel('Cycle lane')
        .check();
      // Away from every other report of the run, so it starts an issue of its own.
      const spot = freshSpotInMillLane();
      const lat = String(spot.lat);
      const lon = String(spot.lon);
      await page.getByLabel('Latitude').fill(lat);
      await page.getByLabel('Longitude').fill(lon);
      await page.getByLabel('Describe the problem').fill(description);
      await page
        .getByLabel('Photos (up to 3)')
        .setInputFiles({ name: 'kerb.png', mimeType: 'image/png', buffer: PNG });
      await page
        .getByRole('list', { name: 'Photos to send' })
        .getByRole('button', { name: 'Remove kerb.png' })
        .waitFor();
      // Written to the device a moment after the last change.
      await page.waitForTimeout(800);

      // A reload keeps everything, the photo too, and says so.
      await page.reload();
      await page.getByText('Your unsent report was restored').waitFor();
      assert.equal(await page.getByLabel('Describe the problem').inputValue(), description);
      assert.equal(await page.getByLabel('Latitude').inputValue(), lat);
      assert.ok(
        await page
          .getByRole('group', { name: /^Where is it\?/ })
          .getByLabel('Cycle lane')
          .isChecked(),
      );
      const picked = page.getByRole('list', { name: 'Photos to send' });
      await picked.getByRole('button', { name: 'Remove kerb.png' }).waitFor();
      assert.equal(await picked.locator('img').count(), 1, 'the restored photo has its preview');

      // Sent with no connection: kept, and the resident is told.
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('Saved — it will be sent when you’re back online.').waitFor();
      const get = await apiAs('amina');
      assert.equal((await reportsSaying(get, words)).length, 0, 'nothing reached the server yet');

      // With no connection at all, a reload still opens the app (the worker serves the shell).
      await page.reload();
      await page
        .getByRole('contentinfo')
        .getByText(/open-source software/)
        .waitFor();
      await page.getByRole('banner').waitFor();

      // Back online: sent once, and the resident is told where it went.
      await context.setOffline(false);
      const told = page.getByText('Your report saved while you were offline has been sent.');
      await told.waitFor({ timeout: 30_000 });
      const link = page.getByRole('link', { name: 'See the issue' });
      const href = await link.getAttribute('href');
      assert.match(href, /^\/issues\/[0-9a-f-]+\?reported=new$/);

      // Another start (which flushes the queue again) sends nothing more.
      await page.reload();
      await page.getByRole('banner').waitFor();
      await page.waitForTimeout(1000);
      const found = await reportsSaying(get, words);
      assert.equal(found.length, 1, `one report, not ${found.length}`);
      assert.equal(found[0].issue.photos.length, 1, 'its photo went with it');
      assert.equal(href.split('?')[0], `/issues/${found[0].issue.id}`);

      // The draft went with it: the form opens empty.
      await page.goto(`${BASE_URL}/neighbourhoods/${millLaneId}/report`);
      await page.getByLabel('Describe the problem').waitFor();
      assert.equal(await page.getByLabel('Describe the problem').inputValue(), '');
      assert.equal(await page.getByText('Your unsent report was restored').count(), 0);
    });
    await context.close();
  },
);
