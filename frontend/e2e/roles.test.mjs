// Every role's journey end to end, as several people in their own browsers at once, on a 1280 px
// screen and on a 360 px phone (the same journey at both widths). A new resident registers, finds
// Mill Lane and joins; reports a pothole with two photos and the category's question; a neighbour
// says it affects them too and the reporter's open page counts it live; a volunteer claims a
// place on a task and checks in early, and the new resident still takes a free place; the
// resident flags a post, its coordinator is told live, hides it and restores it; the council's
// manager reads the dashboard, downloads the CSV and GeoJSON as a browser does, and triages the
// new issue by keyboard alone; the resident is told live which issue changed and what the
// council said. axe-core (and on the phone the touch-target and width checks) runs on every page
// the journeys visit: see audit.mjs. Runs on the demo data (tests/support/e2e.sh).
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { auditPage } from './audit.mjs';
import {
  BASE_URL,
  DESKTOP,
  MILL_LANE,
  PHONE,
  PNG,
  api,
  assertNotReloaded,
  demoIds,
  demoToken,
  downloadText,
  freshSpotInMillLane,
  makeUser,
  markNotReloaded,
  openAs,
  region,
  registerByApi,
  searchDirectory,
  sharedBrowser,
  signInAsDemo,
  signUp,
  uniqueSuffix,
  waitForLive,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });
let ids;
before(async () => {
  ids = await demoIds();
});

/** The issue's id from an issue page's address. */
const issueIdOf = (url) => new URL(url).pathname.match(/^\/issues\/([^/]+)$/)?.[1];

/** Rosa, new here: registers, finds Mill Lane by name and joins it. */
async function registerFindJoin({ page }, rosa) {
  await page.goto(`${BASE_URL}/signup`);
  await auditPage(page, 'sign-up');
  await signUp(page, rosa);
  await searchDirectory(page, 'Mill Lane');
  await page.getByRole('link', { name: MILL_LANE }).click();
  await page.getByRole('heading', { level: 1, name: MILL_LANE }).waitFor();
  await auditPage(page, 'neighbourhood before joining');
  await page.getByRole('button', { name: 'Join neighbourhood' }).click();
  await page.getByRole('status').getByText(`You joined ${MILL_LANE}.`).waitFor();
  await auditPage(page, 'neighbourhood after joining');
}

/** Rosa reports a pothole with the category's question answered and two photos; answers its issue id. */
async function reportWithPhotos({ page }) {
  await page.goto(`${BASE_URL}/neighbourhoods/${ids.millLaneId}/report`);
  await page.getByRole('heading', { level: 1, name: `Report a problem in ${MILL_LANE}` }).waitFor();
  await page.getByLabel('What kind of problem is it?').selectOption({ label: 'Pothole' });
  await page
    .getByRole('group', { name: /^Where is it\?/ })
    .getByLabel('Pavement')
    .check();
  const { lat, lon } = freshSpotInMillLane();
  await page.getByLabel('Latitude').fill(String(lat));
  await page.getByLabel('Longitude').fill(String(lon));
  await page.getByLabel('Describe the problem').fill('A deep pothole on the pavement by the lock gates.');
  const picker = page.getByLabel('Photos (up to 3)');
  await picker.setInputFiles({ name: 'near.png', mimeType: 'image/png', buffer: PNG });
  await picker.setInputFiles({ name: 'far.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('list', { name: 'Photos to send' }).locator('img').nth(1).waitFor();
  await auditPage(page, 'report form, filled in');
  await page.getByRole('button', { name: 'Continue' }).click();
  const pooling = page.getByRole('heading', { name: 'Is it one of these?' });
  const issueHeading = page.getByRole('heading', { level: 1, name: 'Pothole' });
  await pooling.or(issueHeading).waitFor();
  if (await pooling.isVisible()) {
    await auditPage(page, 'suggested issues');
    await page.getByRole('button', { name: 'It’s something else' }).click();
  }
  await issueHeading.waitFor();
  await region(page, /^Reports/)
    .getByText('Pavement', { exact: true })
    .waitFor();
  await region(page, 'Photos').locator('img').nth(1).waitFor();
  assert.equal(await region(page, 'Photos').locator('img').count(), 2);
  await auditPage(page, 'new issue');
  return issueIdOf(page.url());
}

/** Tom says the issue affects him too; Rosa's open issue page counts him without reloading. */
async function affectsMeToo(tom, rosa, issueId) {
  await waitForLive(rosa.page);
  await markNotReloaded(rosa.page);
  await signInAsDemo(tom.page, 'tom', `/issues/${issueId}`);
  await tom.page.getByRole('heading', { level: 1, name: 'Pothole' }).waitFor();
  await auditPage(tom.page, 'issue, before affects me too');
  await tom.page.getByRole('button', { name: 'Affects me too' }).click();
  await region(tom.page, '2 neighbours affected').waitFor();
  await region(rosa.page, '2 neighbours affected').waitFor();
  await assertNotReloaded(rosa.page, 'Rosa’s');
  await auditPage(tom.page, 'issue, after affects me too');
}

/** A volunteer takes a place on a three-place task and checks in early; Rosa still takes a free one. */
async function claimCheckInAndTakeAFreePlace(volunteer, rosa, suffix) {
  const starts = new Date(Date.now() + 2 * 86_400_000);
  const title = `Lock gates clear-up ${suffix}`;
  const task = await api('POST', `/neighbourhoods/${ids.millLaneId}/tasks`, {
    token: await demoToken('amina'),
    body: {
      title,
      description: 'Gloves and bags provided.',
      slots: 3,
      starts_at: starts.toISOString(),
      ends_at: new Date(starts.getTime() + 2 * 3_600_000).toISOString(),
    },
  });
  // A volunteer of this run (the demo's people already hold places and hit the per-person limit).
  const vic = makeUser('Vic', suffix);
  const { token: vicToken } = await registerByApi(vic);
  await api('POST', `/neighbourhoods/${ids.millLaneId}/join`, { token: vicToken });
  await volunteer.page.goto(`${BASE_URL}/signin?next=${encodeURIComponent(`/tasks/${task.id}`)}`);
  await volunteer.page.getByLabel('Email').fill(vic.email);
  await volunteer.page.getByLabel('Password').fill(vic.password);
  await volunteer.page.getByRole('button', { name: 'Sign in' }).click();
  await volunteer.page.getByRole('heading', { level: 1, name: title }).waitFor();
  await auditPage(volunteer.page, 'task, before taking a place');
  const place = region(volunteer.page, 'Your place');
  await place.getByRole('button', { name: 'Take a place' }).click();
  await place.getByText('You have a place.', { exact: true }).waitFor();
  await place.getByRole('button', { name: 'Check in' }).click();
  await place.getByText('You are checked in.', { exact: true }).waitFor();
  await auditPage(volunteer.page, 'task, checked in');

  await rosa.page.goto(`${BASE_URL}/tasks/${task.id}`);
  const rosasPlace = region(rosa.page, 'Your place');
  await rosasPlace.getByText('Work has begun. 2 places are free.').waitFor();
  await auditPage(rosa.page, 'task, after another volunteer checked in');
  await rosasPlace.getByRole('button', { name: 'Take a place' }).click();
  await rosasPlace.getByText('You have a place.', { exact: true }).waitFor();
  await rosa.page.getByText('2 of 3', { exact: true }).waitFor();
}

/** Tom posts; Rosa flags it; Amina, Mill Lane's coordinator, is told live, hides it and restores it. */
async function flagHideRestore(tom, rosa, amina, suffix) {
  const title = `Street party gazebo ${suffix}`;
  const thread = await api('POST', `/neighbourhoods/${ids.millLaneId}/threads`, {
    token: await demoToken('tom'),
    body: { title, body: 'Selling cheap gazebos, message me for prices!' },
  });
  await signInAsDemo(amina.page, 'amina', `/neighbourhoods/${ids.millLaneId}`);
  await amina.page.getByRole('heading', { level: 1, name: MILL_LANE }).waitFor();
  await waitForLive(amina.page);
  await auditPage(amina.page, 'neighbourhood, as its coordinator');

  await rosa.page.goto(`${BASE_URL}/neighbourhoods/${ids.millLaneId}/threads`);
  await rosa.page.getByRole('link', { name: title }).click();
  await rosa.page.getByRole('heading', { level: 1, name: title }).waitFor();
  await auditPage(rosa.page, 'thread');
  await rosa.page.getByRole('button', { name: 'Flag the post by Tom Hughes' }).click();
  await rosa.page.getByLabel('Why should the coordinators look at this?').fill('Advertising');
  await rosa.page.getByRole('button', { name: 'Flag', exact: true }).click();
  await rosa.page.getByText('You flagged this.').waitFor();

  const notice = amina.page.getByRole('status').filter({ hasText: 'flagged for review' });
  await notice.getByText(`A post in ${MILL_LANE} was flagged for review: Advertising`).waitFor();
  await auditPage(amina.page, 'neighbourhood, with the flag notice');
  await notice.getByRole('link', { name: 'Open the moderation queue' }).click();
  await amina.page.getByRole('heading', { level: 1, name: `Moderation · ${MILL_LANE}` }).waitFor();
  const item = amina.page.getByRole('listitem').filter({ hasText: thread.title });
  await item.getByText('Advertising').first().waitFor();
  await auditPage(amina.page, 'moderation queue');
  await item.getByLabel('Reason for your decision (the author is told)').fill('No selling here, sorry.');
  await item.getByRole('button', { name: 'Hide the post by Tom Hughes' }).click();
  await amina.page.getByText('Post by Tom Hughes hidden.').waitFor();
  // A hidden post leaves the queue; the coordinator restores it from the thread.
  await amina.page.goto(`${BASE_URL}/threads/${thread.id}`);
  await amina.page.getByRole('heading', { level: 1, name: title }).waitFor();
  await auditPage(amina.page, 'thread with a hidden post');
  await amina.page.getByRole('button', { name: 'Restore the post by Tom Hughes' }).click();
  await amina.page
    .getByRole('button', { name: 'Restore the post by Tom Hughes' })
    .waitFor({ state: 'detached' });
  await tom.page.goto(`${BASE_URL}/threads/${thread.id}`);
  await tom.page.getByText('Selling cheap gazebos').waitFor();
}

/** Dana reads the dashboard and downloads both files, as a browser saves them. */
async function dashboardAndDownloads({ page }) {
  await signInAsDemo(page, 'dana.council', `/organisations/${ids.councilId}/dashboard`);
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  await page.getByRole('group', { name: 'Open issues' }).waitFor();
  await auditPage(page, 'dashboard');
  const csv = await downloadText(page, 'Spreadsheet (CSV)');
  assert.equal(csv.filename, 'issues.csv');
  const [header, ...rows] = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  assert.match(header, /^id,/);
  assert.ok(rows.length > 0, 'the CSV has no issues');
  const geo = await downloadText(page, 'Map data (GeoJSON)');
  assert.equal(geo.filename, 'issues.geojson');
  const collection = JSON.parse(geo.text);
  assert.equal(collection.type, 'FeatureCollection');
  assert.ok(collection.features.length > 0, 'the GeoJSON has no issues');
  assert.equal(await page.getByRole('alert').count(), 0, 'an error was shown');
}

/**
 * Dana triages Rosa's issue by keyboard alone: j moves down the queue to it, Tab reaches the
 * public note and the status, and `s` sets it.
 */
async function triageByKeyboard({ page }, issueId, note) {
  await page.goto(`${BASE_URL}/organisations/${ids.councilId}/triage?sort=newest`);
  await page.getByRole('heading', { level: 1, name: 'Triage queue' }).waitFor();
  const rows = page.locator('.triage-table tbody tr');
  await rows.first().waitFor();
  await auditPage(page, 'triage queue');
  const focusedIssue = () =>
    page.evaluate(() =>
      document.querySelector('.triage-table tbody tr[aria-current="true"] a')?.getAttribute('href'),
    );
  for (let i = 0; i < 30 && (await focusedIssue()) !== `/issues/${issueId}`; i += 1) {
    await page.keyboard.press('j');
  }
  assert.equal(await focusedIssue(), `/issues/${issueId}`, 'j never reached the new issue');
  const active = () =>
    page.evaluate(() => document.activeElement?.closest('label')?.textContent?.trim() ?? '');
  for (let i = 0; i < 40 && !(await active()).startsWith('Public note'); i += 1)
    await page.keyboard.press('Tab');
  assert.match(await active(), /^Public note/, 'Tab never reached the public note');
  await page.keyboard.type(note);
  await page.keyboard.press('Tab'); // the new status
  await page.keyboard.type('In progress');
  await page.keyboard.press('Tab'); // leaves the form fields for the first action button
  await page.keyboard.press('s');
  await page.getByRole('status').getByText('1 issue done.').waitFor();
  await page
    .locator('.triage-table tbody tr[aria-current="true"]')
    .getByText('In progress', { exact: true })
    .waitFor();
  await auditPage(page, 'triage queue after setting a status');
}

/** Rosa, wherever she is, is told which issue changed and what the council said. */
async function toldWhatChanged({ page }, issueId, note) {
  const notice = page.getByRole('status').filter({ has: page.getByRole('link', { name: 'See the issue' }) });
  const escaped = note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await notice
    .getByText(
      new RegExp(`^“Pothole(, .+)?” in ${MILL_LANE} is now in progress\\. The council says: “${escaped}`),
    )
    .waitFor();
  assert.equal(
    await notice.getByRole('link', { name: 'See the issue' }).getAttribute('href'),
    `/issues/${issueId}`,
  );
  await auditPage(page, 'page with the status notice');
}

for (const [width, options] of [
  ['1280 px', DESKTOP],
  ['360 px', PHONE],
]) {
  test(
    `roles at ${width}: resident, neighbour, volunteer, coordinator and manager, each journey end to end`,
    { timeout: 240_000 },
    async () => {
      const suffix = uniqueSuffix();
      const people = {};
      for (const who of ['rosa', 'tom', 'volunteer', 'amina', 'dana'])
        people[who] = await openAs(browser(), `${who}-${width}`, options);
      const { rosa, tom, volunteer, amina, dana } = people;
      await withScreenshots(`roles ${width}`, Object.values(people), async () => {
        await registerFindJoin(rosa, makeUser('Rosa', suffix));
        const issueId = await reportWithPhotos(rosa);
        assert.ok(issueId, `not on an issue page: ${rosa.page.url()}`);
        await affectsMeToo(tom, rosa, issueId);
        await claimCheckInAndTakeAFreePlace(volunteer, rosa, suffix);
        await flagHideRestore(tom, rosa, amina, suffix);
        await dashboardAndDownloads(dana);
        await waitForLive(rosa.page);
        const note = `We will fill it this week (${suffix}).`;
        await triageByKeyboard(dana, issueId, note);
        await toldWhatChanged(rosa, issueId, note);
      });
      for (const { context } of Object.values(people)) await context.close();
    },
  );
}
