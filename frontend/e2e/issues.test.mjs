// Reports pooling into one shared issue, through the real backend with the demo data loaded
// (`commonground demo` on the same data directory before `serve`; tests/support/e2e.sh does it).
// Two residents report the same pothole; the council's manager finds it on the neighbourhood map
// and resolves it; both residents' open issue pages follow without reloading.
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

let browser;
let millLaneId;

before(async () => {
  await assertBackendUp();
  const response = await fetch(`${BASE_URL}/api/v1/neighbourhoods?q=${encodeURIComponent('Mill Lane')}`);
  const found = (await response.json()).items?.find((n) => n.name === MILL_LANE);
  assert.ok(
    found,
    `the demo neighbourhood "${MILL_LANE}" is missing: run \`commonground demo\` against the server's data directory first`,
  );
  millLaneId = found.id;
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

/** Fills in the report form and continues; resolves once the next step (suggestions or issue) shows. */
async function fillReport(page, { lat, lon, description }) {
  await page.getByRole('heading', { level: 1, name: `Report a problem in ${MILL_LANE}` }).waitFor();
  await page.getByLabel('What kind of problem is it?').selectOption({ label: 'Pothole' });
  await page.getByLabel('Latitude').fill(String(lat));
  await page.getByLabel('Longitude').fill(String(lon));
  await page.getByLabel('Describe the problem').fill(description);
  await page.getByText(`${description.length} of 4000 characters`).waitFor();
  assert.equal(await page.getByLabel('Show my name publicly with this report').isChecked(), false);
  await page.getByRole('button', { name: 'Continue' }).click();
}

const issueIdFromUrl = (url) => new URL(url).pathname.match(/^\/issues\/([^/]+)$/)?.[1];

async function waitForLive(page) {
  await page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();
}

/** Marks the page so that `assertNotReloaded` can tell a live update from a reload. */
async function markNotReloaded(page) {
  await page.evaluate(() => {
    window.__commongroundNotReloaded = true;
  });
}

async function assertNotReloaded({ label, page }) {
  assert.equal(
    await page.evaluate(() => window.__commongroundNotReloaded === true),
    true,
    `${label}'s page reloaded`,
  );
}

/** A resident's open issue page shows the manager's change without reloading. */
async function seesResolvedLive(actor, issueId) {
  const { page } = actor;
  await page.getByText('This issue is now resolved.').waitFor();
  await page.locator('.issue-status-line').getByText('Resolved').waitFor();
  await page
    .getByRole('region', { name: 'Updates' })
    .getByText('Filled and resurfaced this morning.', { exact: false })
    .waitFor();
  // The notice says which issue changed and what the council said.
  const notice = page.getByRole('status').filter({ has: page.getByRole('link', { name: 'See the issue' }) });
  await notice
    .getByText(
      /^“Pothole(, .+)?” in .+ is now resolved\. The council says: “Filled and resurfaced this morning\./,
    )
    .waitFor();
  assert.equal(
    await notice.getByRole('link', { name: 'See the issue' }).getAttribute('href'),
    `/issues/${issueId}`,
  );
  await assertNotReloaded(actor);
}

test(
  'issues: two residents report one pothole, the council finds it on the map and resolves it, both residents see it live',
  { timeout: 120_000 },
  async () => {
    const tom = await openAs(browser, 'tom');
    const priya = await openAs(browser, 'priya');
    const dana = await openAs(browser, 'dana');
    const reportPath = `/neighbourhoods/${millLaneId}/report`;
    const point = freshSpotInMillLane();

    await withScreenshots('issues pooled and resolved', [tom, priya, dana], async () => {
      // Tom reports a new pothole.
      await signIn(tom.page, 'tom', reportPath);
      await fillReport(tom.page, { ...point, description: 'A pothole has opened by the bus stop.' });
      const pooling = tom.page.getByRole('heading', { name: 'Is it one of these?' });
      const issueHeading = tom.page.getByRole('heading', { level: 1, name: 'Pothole' });
      await pooling.or(issueHeading).waitFor();
      if (await pooling.isVisible()) {
        // Something left by an earlier run is within 150 m: this is a different pothole.
        await tom.page.getByRole('button', { name: 'It’s something else' }).click();
      }
      await issueHeading.waitFor();
      await tom.page.getByText(/^Thank you\. Your report started a new shared issue/).waitFor();
      const issueId = issueIdFromUrl(tom.page.url());
      assert.ok(issueId, `not on an issue page: ${tom.page.url()}`);
      await waitForLive(tom.page);
      await markNotReloaded(tom.page);
      const tomSupport = tom.page.getByRole('region', { name: /neighbours? affected$/ });
      await tomSupport.getByText('You’re affected.').waitFor();
      const before = Number((await tomSupport.getByRole('heading').textContent()).match(/^\d+/)[0]);

      // Priya reports the same pothole a few metres away and picks Tom's issue from the suggestions.
      await signIn(priya.page, 'priya', reportPath);
      await fillReport(priya.page, {
        lat: point.lat + 0.00004,
        lon: point.lon,
        description: 'Deep hole near the bus stop, cars swerve round it.',
      });
      const suggestions = priya.page.getByRole('region', { name: 'Is it one of these?' });
      await suggestions.waitFor();
      const suggestion = suggestions.getByRole('listitem').filter({
        has: priya.page.locator(`a[href="/issues/${issueId}"]`),
      });
      await suggestion.getByText(/neighbours? affected/).waitFor();
      await suggestion.getByRole('button', { name: /^Add my report to this/ }).click();
      await priya.page.getByRole('heading', { level: 1, name: 'Pothole' }).waitFor();
      assert.equal(issueIdFromUrl(priya.page.url()), issueId);
      const after = before + 1;
      await priya.page
        .getByText(`you’re one of ${after} neighbours reporting this`, { exact: false })
        .waitFor();
      await priya.page.getByRole('region', { name: `${after} neighbours affected` }).waitFor();
      assert.ok(after >= 2);
      // Priya keeps the issue page open too.
      await waitForLive(priya.page);
      await markNotReloaded(priya.page);

      // Tom's open page counts Priya at once.
      await tom.page.getByRole('region', { name: `${after} neighbours affected` }).waitFor();

      // The council's manager finds it on the neighbourhood map, beside the list, and opens it from
      // the keyboard: the marker is named, Enter opens its popup, whose link leads to the issue.
      await signIn(dana.page, 'dana.council', `/neighbourhoods/${millLaneId}`);
      await dana.page.getByRole('heading', { level: 1, name: MILL_LANE }).waitFor();
      const map = dana.page.getByRole('region', { name: `Map of problems in ${MILL_LANE}` });
      await map.waitFor();
      const marker = map.locator(`path.leaflet-interactive[data-issue-id="${issueId}"]`);
      await marker.waitFor();
      assert.ok((await map.locator('path.leaflet-interactive').count()) >= 1);
      const markerName = new RegExp(
        `^Pothole: (Open|Acknowledged|In progress), ${after} neighbours affected$`,
      );
      assert.match(await marker.getAttribute('aria-label'), markerName);
      assert.match(await marker.locator('title').textContent(), markerName);
      await dana.page
        .getByRole('region', { name: 'Problems reported here' })
        .locator(`.issue-list a[href="/issues/${issueId}"]`)
        .waitFor();
      await marker.focus();
      await marker.press('Enter');
      const popupLink = map.locator('.issue-map-popup').getByRole('link', { name: 'Pothole' });
      await popupLink.waitFor();
      assert.equal(await popupLink.getAttribute('href'), `/issues/${issueId}`);
      assert.equal(await popupLink.evaluate((link) => link === document.activeElement), true);
      await popupLink.press('Enter');

      // It resolves it with a public note.
      await dana.page.waitForURL(`${BASE_URL}/issues/${issueId}`);
      const form = dana.page.getByRole('region', { name: 'Update the status' });
      await form.waitFor();
      await form.getByLabel('New status').selectOption({ label: 'Resolved' });
      await form
        .getByLabel('Public note')
        .fill('Filled and resurfaced this morning. Thank you for reporting.');
      await form.getByRole('button', { name: 'Update status' }).click();
      await dana.page.getByText('Status changed to resolved.', { exact: false }).waitFor();

      // Both residents see it without reloading: the status, the note in the timeline, and a notice.
      await Promise.all([seesResolvedLive(tom, issueId), seesResolvedLive(priya, issueId)]);
    });

    for (const actor of [tom, priya, dana]) await actor.context.close();
  },
);
