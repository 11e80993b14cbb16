// A resident reports on a phone with the category's questions and two photos picked one after
// the other; the issue page shows the answer in words and both photos. Runs on the demo data
// (tests/support/e2e.sh runs `commonground demo`; the demo's Pothole asks "Where is it?").
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  MILL_LANE,
  PHONE,
  assertBackendUp,
  demoIds,
  launchBrowser,
  openAs,
  signInAsDemo,
  withScreenshots,
} from './helpers.mjs';

// A 4x4 PNG: small, but a real image the server decodes and re-encodes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4YSMHRwzEcQDiIxIhbVeJpgAAAABJRU5ErkJggg==',
  'base64',
);

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

test(
  'report: the category’s question and two photos picked one after the other reach the issue page',
  { timeout: 90_000 },
  async () => {
    const amina = await openAs(browser, 'amina-report', PHONE);
    await withScreenshots('report questions photos', [amina], async () => {
      const { page } = amina;
      await signInAsDemo(page, 'amina', `/neighbourhoods/${millLaneId}/report`);
      await page.getByRole('heading', { level: 1, name: `Report a problem in ${MILL_LANE}` }).waitFor();
      await page.getByLabel('What kind of problem is it?').selectOption({ label: 'Pothole' });

      // The category's question, asked in the web form.
      const where = page.getByRole('group', { name: /^Where is it\?/ });
      await where.getByLabel('Cycle lane').check();

      // Far from the demo's pothole, so it starts an issue of its own.
      await page.getByLabel('Latitude').fill((51.4515 - Math.random() * 0.001).toFixed(6));
      await page.getByLabel('Longitude').fill((-2.5905 - Math.random() * 0.001).toFixed(6));
      await page.getByLabel('Describe the problem').fill('A pothole in the cycle lane by the lock gates.');

      // The picker is a 44 px touch target; a second pick adds to the first.
      const picker = page.getByLabel('Photos (up to 3)');
      assert.ok((await picker.boundingBox()).height >= 44, 'the file control is under 44 px tall');
      await picker.setInputFiles({ name: 'first.png', mimeType: 'image/png', buffer: PNG });
      await picker.setInputFiles({ name: 'second.png', mimeType: 'image/png', buffer: PNG });
      const picked = page.getByRole('list', { name: 'Photos to send' });
      await picked.getByRole('button', { name: 'Remove second.png' }).waitFor();
      assert.equal(await picked.getByRole('listitem').count(), 2);
      assert.equal(await picked.locator('img').count(), 2, 'each photo has a preview');
      // With the questions and the photos shown, the form still fits the phone.
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `the report form is ${width} px wide`);

      await page.getByRole('button', { name: 'Continue' }).click();
      const pooling = page.getByRole('heading', { name: 'Is it one of these?' });
      const issueHeading = page.getByRole('heading', { level: 1, name: 'Pothole' });
      await pooling.or(issueHeading).waitFor();
      if (await pooling.isVisible()) await page.getByRole('button', { name: 'It’s something else' }).click();
      await issueHeading.waitFor();

      const reports = page.getByRole('region', { name: /^Reports/ });
      await reports.getByText('Where is it?').waitFor();
      await reports.getByText('Cycle lane', { exact: true }).waitFor();
      const photos = page.getByRole('region', { name: 'Photos' });
      await photos.locator('img').nth(1).waitFor();
      assert.equal(await photos.locator('img').count(), 2);
    });
    await amina.context.close();
  },
);
