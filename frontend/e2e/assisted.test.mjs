// Reporting for a neighbour without an account, through the real backend with the demo data
// loaded: a new resident of Mill Lane reports a pothole for Mrs Patel at the door (on a phone,
// 360 px), recording her agreement and her phone number; other residents see only "on behalf of a
// neighbour"; Amina, a coordinator, sees who and how to reach her, and removes her details when
// she asks; the report and its support stay.
// Run: bash tests/support/e2e.sh e2e/assisted.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  PHONE,
  api,
  demoIds,
  freshSpotInMillLane,
  makeUser,
  openAs,
  registerByApi,
  sharedBrowser,
  signInAsDemo,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });
const NEIGHBOUR = 'Mrs Patel';
const NEIGHBOUR_PHONE = '0117 496 0000';

test(
  'assisted: a member reports for a neighbour, residents see no name, a coordinator sees it and removes it',
  { timeout: 120_000 },
  async () => {
    const { millLaneId } = await demoIds();
    const helper = makeUser('Hana');
    const { token } = await registerByApi(helper);
    await api('POST', `/neighbourhoods/${millLaneId}/join`, { token });
    const member = await openAs(browser(), 'helper', PHONE);
    const resident = await openAs(browser(), 'resident');
    const coordinator = await openAs(browser(), 'coordinator');
    const point = freshSpotInMillLane();

    await withScreenshots('assisted report', [member, resident, coordinator], async () => {
      const { page } = member;
      await page.goto(
        `${BASE_URL}/signin?next=${encodeURIComponent(`/neighbourhoods/${millLaneId}/report`)}`,
      );
      await page.getByLabel('Email').fill(helper.email);
      await page.getByLabel('Password').fill(helper.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: /^Report a problem in / }).waitFor();
      await page.getByLabel('What kind of problem is it?').selectOption({ label: 'Pothole' });
      await page.getByLabel('Latitude').fill(String(point.lat));
      await page.getByLabel('Longitude').fill(String(point.lon));
      await page
        .getByLabel('Describe the problem')
        .fill('Deep pothole outside number 12; an elderly neighbour nearly fell.');
      // Reporting for her, by keyboard as much as by touch.
      await page.getByLabel('I am reporting this for a neighbour').check();
      await page.getByLabel('Their name').fill(NEIGHBOUR);
      await page.getByLabel('Their phone number (optional)').fill(NEIGHBOUR_PHONE);
      await page.getByRole('button', { name: 'Continue' }).click();
      // Without her agreement nothing is sent.
      await page.getByText('Ask them first: report for them only if they agree.').first().waitFor();
      await page.getByLabel('They agreed that I report this for them').check();
      await page.getByRole('button', { name: 'Continue' }).click();
      const pooling = page.getByRole('heading', { name: 'Is it one of these?' });
      const issueHeading = page.getByRole('heading', { level: 1, name: 'Pothole' });
      await pooling.or(issueHeading).waitFor();
      if (await pooling.isVisible()) await page.getByRole('button', { name: 'It’s something else' }).click();
      await issueHeading.waitFor();
      const issuePath = new URL(page.url()).pathname;
      // The member sees the name they typed; the page fits the phone's width.
      await page
        .getByRole('region', { name: /^Reports/ })
        .getByText(NEIGHBOUR)
        .waitFor();
      assert.ok(
        (await page.evaluate(() => document.documentElement.scrollWidth)) <= 360,
        'no sideways scrolling at 360 px',
      );

      // Another resident (Mei) sees only that it was reported for a neighbour.
      await signInAsDemo(resident.page, 'mei', issuePath);
      const theirReports = resident.page.getByRole('region', { name: /^Reports/ });
      await theirReports.getByText('Reported on behalf of a neighbour').waitFor();
      assert.equal(await resident.page.getByText(NEIGHBOUR).count(), 0, 'a resident sees no name');
      assert.equal(await resident.page.getByText(NEIGHBOUR_PHONE).count(), 0, 'nor the phone');

      // Amina, a coordinator, sees who and how to reach her, then removes it on her request.
      await signInAsDemo(coordinator.page, 'amina', issuePath);
      const reports = coordinator.page.getByRole('region', { name: /^Reports/ });
      await reports.getByText(NEIGHBOUR).waitFor();
      await reports.getByRole('link', { name: NEIGHBOUR_PHONE }).waitFor();
      await reports.getByText(`Recorded by ${helper.displayName}`, { exact: false }).waitFor();
      const supportersBefore = await coordinator.page.locator('#support-heading').textContent();
      await reports.getByRole('button', { name: 'Remove their details' }).click();
      await reports.getByRole('button', { name: 'Remove', exact: true }).click();
      await coordinator.page
        .getByText(`${NEIGHBOUR}’s details were removed. The report and its support stay.`)
        .waitFor();
      await reports.getByText(/Their details were removed on request/).waitFor();
      assert.equal(await reports.getByText(NEIGHBOUR_PHONE).count(), 0);
      assert.equal(
        await coordinator.page.locator('#support-heading').textContent(),
        supportersBefore,
        'the support count stays',
      );
      // The member no longer sees the name either.
      await page.reload();
      await page
        .getByRole('region', { name: /^Reports/ })
        .getByText(/Their details were removed/)
        .waitFor();
    });
    for (const actor of [member, resident, coordinator]) await actor.context.close();
  },
);
