// Shared set-up for the end-to-end journeys: a headless Chromium driven by playwright-core,
// fresh users with unique emails, and screenshots in /tmp when a journey fails.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:18080').replace(/\/+$/, '');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's Chromium with the agreed flags. `chromium.launch` runs it on a fresh temporary
 * user-data-dir of its own, deleted on close, so no state leaks between runs.
 */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

/**
 * One browser for the tests of a file, launched once the backend answers and closed after them.
 * Call at the top level of a test file; use the answered function inside tests.
 */
export function sharedBrowser(hooks) {
  let browser;
  hooks.before(async () => {
    await assertBackendUp();
    browser = await launchBrowser();
  });
  hooks.after(async () => {
    await browser?.close();
  });
  return () => browser;
}

/** Somewhere in Britain, at random, so neighbourhoods of different runs do not overlap. */
export const randomPlace = () => ({
  lat: Number((50 + Math.random() * 5).toFixed(5)),
  lon: Number((-4 + Math.random() * 4).toFixed(5)),
});

/**
 * Points of Mill Lane (the demo's circle of 600 m around 51.4545,-2.5879) on a grid of about 55 m,
 * within 520 m of the centre and at least 200 m from the demo's own pothole (51.4546,-2.5879).
 * Reports pool into an active issue within 30 m, so two grid points never pool.
 */
const MILL_LANE_GRID = (() => {
  const centre = { lat: 51.4545, lon: -2.5879 };
  const metresNorth = 111_200;
  const metresEast = 69_400; // one degree of longitude at 51.45° N
  const points = [];
  for (let row = -10; row <= 10; row += 1) {
    for (let column = -10; column <= 10; column += 1) {
      const north = row * 55;
      const east = column * 55;
      const fromCentre = Math.hypot(north, east);
      const fromPothole = Math.hypot(north - 0.0001 * metresNorth, east);
      if (fromCentre > 520 || fromPothole < 200) continue;
      points.push({
        lat: Number((centre.lat + north / metresNorth).toFixed(6)),
        lon: Number((centre.lon + east / metresEast).toFixed(6)),
      });
    }
  }
  return points;
})();

/**
 * Where the journeys claim their points: `tests/support/e2e.sh` gives each run (a fresh database)
 * a folder of its own. Run by hand against a server that lives on, the folder belongs to that
 * server's address and is kept, so later runs skip the points earlier runs reported at.
 */
const SPOTS_DIR =
  process.env.E2E_SPOTS_DIR ??
  join(
    tmpdir(),
    `commonground-e2e-spots-${createHash('sha256').update(BASE_URL).digest('hex').slice(0, 12)}`,
  );

/**
 * A point in Mill Lane that no other journey of this run reports at, so a report there starts an
 * issue of its own instead of pooling into another journey's. Journeys run in parallel processes,
 * so each point is claimed with an atomic `mkdir`; a claimed point is skipped.
 */
export function freshSpotInMillLane() {
  mkdirSync(SPOTS_DIR, { recursive: true });
  for (const [index, point] of MILL_LANE_GRID.entries()) {
    try {
      mkdirSync(join(SPOTS_DIR, `mill-lane-${index}`));
      return point;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  }
  throw new Error(
    `all ${MILL_LANE_GRID.length} points of Mill Lane are taken in ${SPOTS_DIR} (remove it for a fresh database)`,
  );
}

/** Fails fast, with a readable message, when the backend is not there. */
export async function assertBackendUp() {
  try {
    const response = await fetch(`${BASE_URL}/healthz`, { signal: AbortSignal.timeout(5000) });
    if (response.ok) return;
    throw new Error(`GET /healthz answered ${response.status}`);
  } catch (error) {
    throw new Error(`The backend is not reachable at ${BASE_URL} (set E2E_BASE_URL): ${error.message}`);
  }
}

/** A short random suffix so that users and neighbourhoods never clash with earlier runs. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

export function makeUser(firstName, suffix = uniqueSuffix()) {
  return {
    email: `${firstName.toLowerCase()}-${suffix}@example.org`,
    displayName: `${firstName} ${suffix}`,
    password: `correct horse ${suffix}`,
  };
}

/** A browser context of its own (its own storage, so its own session) with one page. */
export async function openAs(browser, label, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...contextOptions });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`[${label}] page error: ${error.message}`));
  return { label, context, page };
}

/** Runs a journey; on failure saves a screenshot of every page to /tmp, then rethrows. */
export async function withScreenshots(testName, actors, journey) {
  try {
    await journey();
  } catch (error) {
    const slug = testName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    for (const { label, page } of actors) {
      const path = `/tmp/commonground-e2e-${slug}-${label}.png`;
      await page.screenshot({ path, fullPage: true }).then(
        () => console.error(`screenshot: ${path} (at ${page.url()})`),
        () => {},
      );
    }
    throw error;
  }
}

// ---- Steps that read like what a person does ----------------------------------------------

export async function signUp(page, user) {
  await page.goto(`${BASE_URL}/signup`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Display name').fill(user.displayName);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  // Signing up signs in and lands on the directory.
  await page.getByRole('heading', { level: 1, name: 'Neighbourhoods' }).waitFor();
  await page.getByRole('banner').getByText(user.displayName).waitFor();
}

/** The main navigation, opened first on a phone, where its links fold behind "Menu". */
export async function mainNav(page) {
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  return page.getByRole('navigation', { name: 'Main' });
}

export async function createNeighbourhood(
  page,
  { name, description, visibility, joinPolicy, lat, lon, radius },
) {
  await (await mainNav(page)).getByRole('link', { name: 'Start a neighbourhood' }).click();
  await page.getByRole('heading', { level: 1, name: 'Start a neighbourhood' }).waitFor();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Description (optional)').fill(description);
  await page.getByRole('radio', { name: visibility }).check();
  await page.getByRole('radio', { name: joinPolicy }).check();
  await page.getByLabel('Centre latitude').fill(String(lat));
  await page.getByLabel('Centre longitude').fill(String(lon));
  await page.getByLabel('Radius in metres').fill(String(radius));
  await page.getByRole('button', { name: 'Create neighbourhood' }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
  return page.url();
}

export async function searchDirectory(page, query) {
  await (await mainNav(page)).getByRole('link', { name: 'Neighbourhoods' }).click();
  await page.getByLabel('Name, street or postcode').fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

export const region = (page, name) => page.getByRole('region', { name });

/** The password of every account `commonground demo` makes. */
export const DEMO_PASSWORD = 'commonground-demo';
export const demoUser = (local) => `${local}@demo.commonground.example`;

/**
 * Waits until the header offers signing out, worded `name`: the button is in the account's row,
 * or behind "Menu" on a phone, so it is waited for in the page rather than on screen.
 */
export const headerOffersSignOut = (page, name = 'Sign out') =>
  page.locator('header.site-header button', { hasText: name }).first().waitFor({ state: 'attached' });

/** Signs in as one of the demo's people and goes on to `next`. */
export async function signInAsDemo(page, local, next = '/') {
  await page.goto(`${BASE_URL}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(demoUser(local));
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export const MILL_LANE = 'Mill Lane & Canal Side';
export const COUNCIL = 'Riverside Borough Council';

/** A cheap phone's screen. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

/** The ids of the demo's Mill Lane and of the council serving it; fails when the demo is missing. */
export async function demoIds() {
  const get = async (path) => (await fetch(`${BASE_URL}/api/v1${path}`)).json();
  const hoods = await get(`/neighbourhoods?q=${encodeURIComponent('Mill Lane')}`);
  const orgs = await get('/organisations?limit=100');
  const millLaneId = hoods.items?.find((n) => n.name === MILL_LANE)?.id;
  const councilId = orgs.items?.find((o) => o.name === COUNCIL)?.id;
  if (!millLaneId || !councilId) throw new Error('the demo data is missing: run `commonground demo` first');
  return { millLaneId, councilId };
}

/** A desktop screen, the other width every journey runs at. */
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

/** A 4x4 PNG: small, but a real image the server decodes and re-encodes. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4YSMHRwzEcQDiIxIhbVeJpgAAAABJRU5ErkJggg==',
  'base64',
);

/** A JSON call to the API (set-up a journey does not need to show); fails on any error status. */
export async function api(method, path, { token, body } = {}) {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Registers a new person (from `makeUser`) and signs them in through the API: their tokens. */
export async function registerByApi(person) {
  await api('POST', '/auth/register', {
    body: { email: person.email, display_name: person.displayName, password: person.password },
  });
  const pair = await api('POST', '/auth/login', { body: { email: person.email, password: person.password } });
  return { token: pair.access_token, refresh: pair.refresh_token };
}

/** An access token for one of the demo's people. */
export async function demoToken(local) {
  const pair = await api('POST', '/auth/login', {
    body: { email: demoUser(local), password: DEMO_PASSWORD },
  });
  return pair.access_token;
}

/** Waits until the page's live connection is up (the header says "Live"). */
export async function waitForLive(page) {
  await page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();
}

/** Marks the document, so that `assertNotReloaded` can tell a live update from a reload. */
export async function markNotReloaded(page) {
  await page.evaluate(() => {
    window.__commongroundNotReloaded = true;
  });
}

export async function assertNotReloaded(page, who = 'the') {
  assert.equal(
    await page.evaluate(() => window.__commongroundNotReloaded === true),
    true,
    `${who} page reloaded`,
  );
}

/** Clicks a download link and answers the saved file's name and text, as a browser saves it. */
export async function downloadText(page, linkName) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: linkName }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { filename: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
