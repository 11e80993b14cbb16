// A resident on a phone finds their neighbourhood by a street's name ("Lock Road" of the demo) and
// reports a problem by typing an address, with no map and no GPS: the place box lists the demo's
// streets (imported by `commonground demo` through `commonground places import`'s path), the pick
// places the report, and the issue page says where it is in words ("outside 3 Lock Road").
// Runs on the demo data (tests/support/e2e.sh runs `commonground demo`).
// Run: bash tests/support/e2e.sh e2e/places.test.mjs
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MILL_LANE, PHONE, openAs, sharedBrowser, signInAsDemo, withScreenshots } from './helpers.mjs';

const browser = sharedBrowser({ before, after });

test(
  'places: find the neighbourhood by street name and report by typing an address, on a phone',
  { timeout: 90_000 },
  async () => {
    const resident = await openAs(browser(), 'amina-places', PHONE);
    await withScreenshots('places report by address', [resident], async () => {
      const { page } = resident;
      // Straight to the directory after signing in (on a phone the main menu may be folded away).
      await signInAsDemo(page, 'amina', '/neighbourhoods');

      // The directory finds the neighbourhood from a street that is not in its name: Lock Road
      // is one of the demo's own (made-up) streets, inside Mill Lane & Canal Side's area.
      await page.getByLabel('Name, street or postcode').fill('Lock Road');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const byPlace = page.getByRole('region', { name: 'By street, postcode or place' });
      await byPlace.getByText('Covers Lock Road').waitFor();
      assert.match(await page.getByText(/No neighbourhoods match/).textContent(), /Lock Road/);
      assert.ok(
        (await byPlace.getByText(/Made-up demo streets/).count()) > 0,
        'the place data’s attribution shows, and it does not claim to be OpenStreetMap’s',
      );
      await byPlace.getByRole('link', { name: MILL_LANE }).click();
      await page.getByRole('heading', { level: 1, name: MILL_LANE }).waitFor();
      await page.getByRole('link', { name: 'Report a problem' }).first().click();
      await page.getByRole('heading', { level: 1, name: `Report a problem in ${MILL_LANE}` }).waitFor();

      await page.getByLabel('What kind of problem is it?').selectOption({ label: 'Broken streetlight' });
      await page.getByLabel('Describe the problem').fill('The lamp outside has been dark all week.');

      // The third way: no GPS, no map, just the address, picked by keyboard from the matches.
      const box = page.getByRole('combobox', { name: 'Address or landmark' });
      await box.fill('3 Lock Rd');
      const listbox = page.getByRole('listbox', { name: 'Matching places' });
      await listbox.waitFor();
      const options = listbox.getByRole('option');
      assert.ok((await options.count()) > 0, 'the place box lists matches');
      const first = (await options.first().textContent()).trim();
      assert.match(first, /^3 Lock Road, RB1 4LR$/);
      assert.ok(
        (await page.getByText(/Made-up demo streets/).count()) > 0,
        'the matches carry the data’s attribution',
      );
      assert.ok((await options.first().boundingBox()).height >= 44, 'a match is a 44 px touch target');
      await box.press('ArrowDown');
      assert.equal(await box.getAttribute('aria-activedescendant'), await options.first().getAttribute('id'));
      await box.press('Enter');
      assert.equal(await box.inputValue(), first);
      assert.equal(await listbox.isVisible(), false, 'the list closes after a pick');
      assert.notEqual(await page.getByLabel('Latitude').inputValue(), '', 'the pick placed the report');

      await page.getByRole('button', { name: 'Continue' }).click();
      // Placed like any report: if neighbours reported something near, it is offered first.
      const offered = page.getByRole('heading', { name: 'Is it one of these?' });
      const issuePage = page.getByRole('heading', { name: 'Details' });
      await offered.or(issuePage).first().waitFor();
      if (await offered.isVisible()) await page.getByRole('button', { name: 'It’s something else' }).click();
      await issuePage.waitFor();
      const where = page.locator('dt', { hasText: 'Where' }).locator('xpath=following-sibling::dd[1]');
      assert.match(await where.textContent(), /outside 3 Lock Road/);
      // Credited to the data it came from: the demo's made-up streets, not OpenStreetMap.
      assert.match(await where.textContent(), /Made-up demo streets/);
    });
  },
);
