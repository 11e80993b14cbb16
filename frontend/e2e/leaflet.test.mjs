// A coordinator prints a leaflet for their neighbourhood: from the neighbourhood page by keyboard
// alone, at 360 px and at 1280 px. The QR code, as Chromium draws it, decodes (jsQR) to the
// neighbourhood's page; on paper only the leaflet is left. A member who does not run the
// neighbourhood is told that coordinators print it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import jsQR from 'jsqr';
import { PNG as PngImage } from 'pngjs';
import { auditPage } from './audit.mjs';
import {
  BASE_URL,
  DESKTOP,
  PHONE,
  api,
  makeUser,
  openAs,
  randomPlace,
  registerByApi,
  sharedBrowser,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

/** A neighbourhood of a fresh coordinator, made through the API (the journey is the leaflet). */
async function coordinatorWithNeighbourhood() {
  const person = makeUser('Rosa');
  const { token, refresh } = await registerByApi(person);
  const hood = await api('POST', '/neighbourhoods', {
    token,
    body: {
      name: `Lock Gates ${person.displayName.split(' ')[1]}`,
      description: 'Neighbours of the canal lock and the towpath.',
      visibility: 'public',
      join_policy: 'open',
      center: randomPlace(),
      radius_m: 400,
    },
  });
  return { person, token, refresh, hood };
}

/** Signs the page's context in with a refresh token, as the app keeps it after signing in. */
async function signedIn(actor, refresh) {
  await actor.context.addInitScript((value) => {
    if (!localStorage.getItem('commonground.refresh_token'))
      localStorage.setItem('commonground.refresh_token', value);
  }, refresh);
}

/** Decodes the QR code as the browser shows it, from a screenshot of the image alone. */
async function decodeQr(image) {
  const png = PngImage.sync.read(await image.screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(found, 'jsQR found a QR code in the image');
  return found.data;
}

for (const [width, screen] of [
  [360, PHONE],
  [1280, DESKTOP],
]) {
  test(
    `leaflet at ${width} px: a coordinator opens it by keyboard, the QR code leads to the neighbourhood, only the leaflet prints`,
    {
      timeout: 90_000,
    },
    async () => {
      const { refresh, hood } = await coordinatorWithNeighbourhood();
      const rosa = await openAs(browser(), `rosa-leaflet-${width}`, screen);
      await signedIn(rosa, refresh);
      const { page } = rosa;
      await withScreenshots(`leaflet ${width}`, [rosa], async () => {
        await page.goto(`${BASE_URL}/neighbourhoods/${hood.id}`);
        await page.getByRole('heading', { level: 1, name: hood.name }).waitFor();
        const link = page
          .getByRole('region', { name: 'Reach more neighbours' })
          .getByRole('link', { name: 'Print a leaflet' });
        await link.focus();
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 1, name: `A leaflet for ${hood.name}` }).waitFor();

        const leaflet = page.getByRole('article', { name: hood.name });
        const address = `${BASE_URL}/neighbourhoods/${hood.id}`;
        await leaflet.getByText(address, { exact: true }).waitFor();
        await leaflet.getByText('Neighbours of the canal lock and the towpath.').waitFor();
        const qr = leaflet.getByRole('img', { name: `QR code for ${address}` });
        await qr.waitFor();
        await page.waitForFunction(() =>
          [...document.querySelectorAll('img.leaflet__qr')].every(
            (img) => img.complete && img.naturalWidth > 0,
          ),
        );
        assert.equal(await decodeQr(qr), address);

        // The contact line, typed by keyboard, is printed as typed.
        await page.getByRole('textbox', { name: 'Contact to print (optional)' }).focus();
        await page.keyboard.type('Rosa at number 12, 07700 900123');
        await leaflet.getByText('Rosa at number 12, 07700 900123').waitFor();
        await auditPage(page, 'leaflet');

        // On paper: the leaflet alone, with its QR code, and nothing of the site around it.
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.getByRole('banner').isVisible(), false, 'the site header is not printed');
        assert.equal(await page.getByRole('contentinfo').isVisible(), false, 'the footer is not printed');
        assert.equal(await page.getByRole('button', { name: 'Print the leaflet' }).isVisible(), false);
        assert.equal(await page.getByRole('heading', { level: 1 }).isVisible(), false);
        assert.ok(await leaflet.isVisible());
        assert.equal(await decodeQr(qr), address, 'the printed QR code decodes too');
        const pdf = await page.pdf({ format: 'A4' });
        assert.ok(pdf.subarray(0, 5).toString() === '%PDF-', 'Chromium prints it to a PDF');
        await page.emulateMedia({ media: 'screen' });
      });
      await rosa.context.close();
    },
  );
}

test(
  'leaflet: a member who does not run the neighbourhood is told that coordinators print it',
  { timeout: 60_000 },
  async () => {
    const { hood } = await coordinatorWithNeighbourhood();
    const { token, refresh } = await registerByApi(makeUser('Ben'));
    await api('POST', `/neighbourhoods/${hood.id}/join`, { token });
    const actor = await openAs(browser(), 'ben-leaflet', PHONE);
    await signedIn(actor, refresh);
    await withScreenshots('leaflet member', [actor], async () => {
      await actor.page.goto(`${BASE_URL}/neighbourhoods/${hood.id}`);
      await actor.page.getByRole('heading', { level: 1, name: hood.name }).waitFor();
      assert.equal(await actor.page.getByRole('link', { name: 'Print a leaflet' }).count(), 0);
      await actor.page.goto(`${BASE_URL}/neighbourhoods/${hood.id}/leaflet`);
      await actor.page.getByText('Only the neighbourhood’s coordinators print its leaflet.').waitFor();
      assert.equal(await actor.page.getByRole('article').count(), 0);
    });
    await actor.context.close();
  },
);
