// The service manager's live dashboard, through the real backend with the demo data loaded
// (tests/support/e2e.sh runs `commonground demo` first). The council's manager keeps the
// dashboard open; a resident reports a new pothole; the dashboard's figures follow without a
// reload.
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE_URL, assertBackendUp, launchBrowser, openAs, withScreenshots } from './helpers.mjs';

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
      await omar.page.getByLabel('Latitude').fill(String((51.4525 - Math.random() * 0.0015).toFixed(6)));
      await omar.page.getByLabel('Longitude').fill(String((-2.5895 - Math.random() * 0.0015).toFixed(6)));
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

/** Clicks a download link and answers the saved file's name and text. */
async function downloadText(page, linkName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { filename: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test(
  'dashboard: the CSV and GeoJSON downloads arrive as a browser performs them, not a raw 401',
  { timeout: 60_000 },
  async () => {
    const dana = await openAs(browser, 'dana-downloads');
    await withScreenshots('dashboard downloads', [dana], async () => {
      await signIn(dana.page, 'dana.council', `/organisations/${councilId}/dashboard`);
      await dana.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();

      const csv = await downloadText(dana.page, 'Spreadsheet (CSV)');
      assert.equal(csv.filename, 'issues.csv');
      const [header, ...rows] = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      assert.match(header, /^id,/);
      assert.ok(rows.length > 0, 'the demo council has issues to export');
      await dana.page.getByText('The spreadsheet is downloaded.').waitFor();

      const geo = await downloadText(dana.page, 'Map data (GeoJSON)');
      assert.equal(geo.filename, 'issues.geojson');
      const collection = JSON.parse(geo.text);
      assert.equal(collection.type, 'FeatureCollection');
      assert.ok(collection.features.length > 0);
      assert.equal(await dana.page.getByRole('alert').count(), 0, 'an error was shown');
    });
    await dana.context.close();
  },
);
