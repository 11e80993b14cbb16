// A cheap phone, 360 x 740: no page of the journeys scrolls sideways, and no page shows a raw
// value of the API (`in_progress`, `checked_in`) where people read words. Runs on the demo data
// (tests/support/e2e.sh runs `commonground demo` first): a resident's pages as Tom, the service
// manager's as Dana.
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  MILL_LANE,
  PHONE,
  assertBackendUp,
  demoIds,
  launchBrowser,
  openAs,
  signInAsDemo,
  withScreenshots,
} from './helpers.mjs';

let browser;
let millLaneId;
let councilId;
let issueId;
let taskId;

before(async () => {
  await assertBackendUp();
  ({ millLaneId, councilId } = await demoIds());
  const get = async (path) => (await fetch(`${BASE_URL}/api/v1${path}`)).json();
  issueId = (await get(`/neighbourhoods/${millLaneId}/issues?limit=1`)).items?.[0]?.id;
  taskId = (await get(`/neighbourhoods/${millLaneId}/tasks?limit=1`)).items?.[0]?.id;
  assert.ok(issueId && taskId, 'the demo has an issue and a task in Mill Lane');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** How wide the page is against the screen, and any raw API value (`snake_case`) it shows. */
async function measure(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    // The widest elements, to say what to fix when the page is too wide.
    culprits: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    headerHeight: document.querySelector('header.site-header')?.getBoundingClientRect().height ?? 0,
    raw: (document.body.innerText.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? []).slice(0, 5),
  }));
}

async function checkPage(page, path, heading) {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
  // Let the page's data arrive (lists, figures) before measuring.
  await page.waitForLoadState('networkidle').catch(() => {});
  const m = await measure(page);
  assert.ok(
    m.scrollWidth <= 360,
    `${path} scrolls sideways at 360 px: ${m.scrollWidth} px wide (${m.culprits.join(', ')})`,
  );
  assert.deepEqual(m.raw, [], `${path} shows raw values`);
  // A compact header: at most 15% of the screen, signed in or not.
  assert.ok(m.headerHeight <= 740 * 0.15, `${path}: the header is ${m.headerHeight} px tall`);
}

test(
  'phone: no page of the journeys scrolls sideways at 360 px or shows raw values',
  { timeout: 120_000 },
  async () => {
    const tom = await openAs(browser, 'tom-phone', PHONE);
    const dana = await openAs(browser, 'dana-phone', PHONE);
    await withScreenshots('phone 360', [tom, dana], async () => {
      await checkPage(tom.page, '/', /.+/);
      await signInAsDemo(tom.page, 'tom', `/neighbourhoods/${millLaneId}`);
      await tom.page.getByRole('heading', { level: 1, name: MILL_LANE }).waitFor();
      await checkPage(tom.page, '/', /.+/);
      await checkPage(tom.page, `/neighbourhoods/${millLaneId}`, MILL_LANE);
      await checkPage(tom.page, `/neighbourhoods/${millLaneId}/report`, `Report a problem in ${MILL_LANE}`);
      await checkPage(tom.page, `/issues/${issueId}`, /.+/);
      await checkPage(tom.page, `/tasks/${taskId}`, /.+/);

      await signInAsDemo(dana.page, 'dana.council', `/organisations/${councilId}/dashboard`);
      await dana.page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
      await checkPage(dana.page, `/organisations/${councilId}/dashboard`, 'Dashboard');
      await checkPage(dana.page, `/organisations/${councilId}/triage`, /Triage/);
    });
    await tom.context.close();
    await dana.context.close();
  },
);

test(
  'phone: the latitude and longitude boxes keep their layout when an error shows',
  { timeout: 60_000 },
  async () => {
    const tom = await openAs(browser, 'tom-coordinates', PHONE);
    await withScreenshots('phone coordinates', [tom], async () => {
      await signInAsDemo(tom.page, 'tom', `/neighbourhoods/${millLaneId}/report`);
      const page = tom.page;
      await page.getByRole('heading', { level: 1, name: `Report a problem in ${MILL_LANE}` }).waitFor();
      // Both boxes measured in one frame: focusing the error summary scrolls the page (smoothly),
      // and two separate measurements could straddle a scroll step.
      const boxes = () =>
        page.evaluate(() =>
          ['Latitude', 'Longitude'].map((text) => {
            const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === text);
            const { y, width } = document.getElementById(label.htmlFor).getBoundingClientRect();
            return { y, width };
          }),
        );
      // The form's place fields come with the page's data, after the heading.
      await page.getByLabel('Latitude').waitFor();
      await page.getByLabel('Longitude').waitFor();
      const [latBefore, lonBefore] = await boxes();
      await page.getByLabel('Latitude').fill('north-ish');
      await page.getByLabel('Longitude').fill('-2.5');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page
        .getByText(/latitude/i)
        .filter({ hasText: /number|between|must/i })
        .first()
        .waitFor();
      const [latAfter, lonAfter] = await boxes();
      // Side by side as before, the same size, level with each other, and nothing wider than the screen.
      assert.equal(Math.round(latAfter.width), Math.round(latBefore.width));
      assert.equal(Math.round(lonAfter.width), Math.round(lonBefore.width));
      assert.equal(Math.round(latAfter.y), Math.round(lonAfter.y), 'the boxes are no longer level');
      const m = await measure(page);
      assert.ok(
        m.scrollWidth <= 360,
        `the report form is ${m.scrollWidth} px wide with an error (${m.culprits})`,
      );
    });
    await tom.context.close();
  },
);
