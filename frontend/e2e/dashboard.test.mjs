// The service manager's live dashboard, through the real backend with the demo data loaded
// (tests/support/e2e.sh runs `commonground demo` first). The council's manager keeps the
// dashboard open; a resident reports a new pothole; the dashboard's figures follow without a
// reload.
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  assertBackendUp,
  freshSpotInMillLane,
  launchBrowser,
  openAs,
  withScreenshots,
} from './helpers.mjs';

const DEMO_PASSWORD = 'commonground-demo';
const demoUser = (local) => `${local}@demo.commonground.example`;
const MILL_LANE = 'Mill Lane & Canal Side';
const COUNCIL = 'Riverside Borough Council';

let browser;
let millLaneId;
let councilId;

before(async () => {
  await assertBackendUp();
  const hoods = await (
    await fetch(`${BASE_URL}/api/v1/neighbourhoods?q=${encodeURIComponent('Mill Lane')}`)
  ).json();
  millLaneId = hoods.items?.find((n) => n.name === MILL_LANE)?.id;
  const orgs = await (await fetch(`${BASE_URL}/api/v1/organisations?limit=100`)).json();
  councilId = orgs.items?.find((o) => o.name === COUNCIL)?.id;
  assert.ok(millLaneId && councilId, 'the demo data is missing: run `commonground demo` first');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function signIn(page, local, next) {
  await page.goto(`${BASE_URL}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(demoUser(local));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The number a dashboard tile shows. */
async function tileValue(page, name) {
  const text = await page.getByRole('group', { name }).locator('.tile__value').textContent();
  return Number(text);
}

test(
  'dashboard: a resident’s new report appears on the manager’s open dashboard without a reload',
  { timeout: 120_000 },
  async () => {
    const dana = await openAs(browser, 'dana');
    const omar = await openAs(browser, 'omar');
    await withScreenshots('dashboard live', [dana, omar], async () => {
      await signIn(dana.page, 'dana.council', `/organisations/${councilId}/dashboard`);
      await dana.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await dana.page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();
      const open = dana.page.getByRole('group', { name: 'Open issues' });
      await open.waitFor();
      // Let the refetch after `subscribed` settle before reading the figures.
      await dana.page.waitForTimeout(1000);
      const beforeOpen = await tileValue(dana.page, 'Open issues');
      const beforeToday = await tileValue(dana.page, 'New today');
      await dana.page.evaluate(() => {
        window.__commongroundNotReloaded = true;
      });

      // A resident reports a new pothole far from the others (it starts a new issue).
      await signIn(omar.page, 'tom', `/neighbourhoods/${millLaneId}/report`);
      await omar.page.getByRole('heading', { level: 1, name: `Report a problem in ${MILL_LANE}` }).waitFor();
      await omar.page.getByLabel('What kind of problem is it?').selectOption({ label: 'Pothole' });
      const spot = freshSpotInMillLane();
      await omar.page.getByLabel('Latitude').fill(String(spot.lat));
      await omar.page.getByLabel('Longitude').fill(String(spot.lon));
      await omar.page.getByLabel('Describe the problem').fill('A new pothole by the canal bridge.');
      await omar.page.getByRole('button', { name: 'Continue' }).click();
      const pooling = omar.page.getByRole('heading', { name: 'Is it one of these?' });
      const issueHeading = omar.page.getByRole('heading', { level: 1, name: 'Pothole' });
      await pooling.or(issueHeading).waitFor();
      if (await pooling.isVisible())
        await omar.page.getByRole('button', { name: 'It’s something else' }).click();
      await issueHeading.waitFor();

      // The manager's open dashboard counts it, without reloading.
      await dana.page.waitForFunction(
        ([name, wanted]) => {
          const group = [...document.querySelectorAll('[role="group"]')].find(
            (g) => g.getAttribute('aria-label') === name,
          );
          return Number(group?.querySelector('.tile__value')?.textContent) === wanted;
        },
        ['New today', beforeToday + 1],
        { timeout: 10_000 },
      );
      assert.equal(await tileValue(dana.page, 'Open issues'), beforeOpen + 1);
      assert.equal(
        await dana.page.evaluate(() => window.__commongroundNotReloaded === true),
        true,
        'the dashboard reloaded',
      );
    });
  },
);

// The CSV and GeoJSON downloads, as a browser performs them, are part of the manager's journey in
// roles.test.mjs.
