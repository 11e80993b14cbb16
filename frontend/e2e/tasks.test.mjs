// Volunteer tasks through the real backend: a coordinator posts a two-place task (set up through
// the API); two volunteers open it in their own browsers; as each takes a place, the other's open
// page shows the places filled without reloading, ending "2 of 2", fully staffed.
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  api,
  makeUser,
  openAs,
  randomPlace,
  registerByApi,
  sharedBrowser,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

// ---- Set-up through the API -----------------------------------------------------------------

// ---- Steps in the browser -------------------------------------------------------------------

async function signInAt(page, user, next) {
  await page.goto(`${BASE_URL}/signin?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('banner').getByText(user.displayName).waitFor();
}

/** The places line of the task page: "1 of 2" in bold. */
const placesFilled = (page, text) => page.getByText(text, { exact: true });

async function waitForLive(page) {
  // Shown as "Live"; the whole sentence (for screen readers) is "Live updates on".
  await page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();
}

async function markDocument(page) {
  await page.evaluate(() => {
    window.__commongroundNotReloaded = true;
  });
}

async function assertNotReloaded(page) {
  assert.equal(
    await page.evaluate(() => window.__commongroundNotReloaded === true),
    true,
    'the page was reloaded',
  );
}

test(
  'tasks: two volunteers take the two places of a task and each sees the other’s live',
  { timeout: 120_000 },
  async () => {
    const suffix = uniqueSuffix();
    const cat = makeUser('Cat', suffix);
    const ada = makeUser('Ada', suffix);
    const bob = makeUser('Bob', suffix);
    const title = `Bulb planting ${suffix}`;

    // The coordinator starts an open neighbourhood and posts a two-place task; the volunteers join.
    const catToken = (await registerByApi(cat)).token;
    const neighbourhood = await api('POST', '/neighbourhoods', {
      token: catToken,
      body: {
        name: `Task Terrace ${suffix}`,
        description: 'Where the bulbs go in.',
        center: randomPlace(),
        radius_m: 300,
      },
    });
    const task = await api('POST', `/neighbourhoods/${neighbourhood.id}/tasks`, {
      token: catToken,
      body: { title, description: 'Daffodils along the path.', slots: 2, skills: ['gardening'] },
    });
    assert.equal(task.status, 'open', 'a coordinator’s task is open at once');
    for (const volunteer of [ada, bob]) {
      const token = (await registerByApi(volunteer)).token;
      await api('POST', `/neighbourhoods/${neighbourhood.id}/join`, { token });
    }

    const A = await openAs(browser(), 'ada', { viewport: { width: 375, height: 812 } });
    const B = await openAs(browser(), 'bob');
    const taskPath = `/tasks/${task.id}`;

    await withScreenshots('tasks two volunteers', [A, B], async () => {
      for (const [actor, user] of [
        [A, ada],
        [B, bob],
      ]) {
        await signInAt(actor.page, user, taskPath);
        await actor.page.getByRole('heading', { level: 1, name: title }).waitFor();
        await placesFilled(actor.page, '0 of 2').waitFor();
        await waitForLive(actor.page);
        await markDocument(actor.page);
      }

      // Ada takes the first place; Bob's open page shows it without reloading.
      const adaPlace = A.page.getByRole('region', { name: 'Your place' });
      await adaPlace.getByRole('button', { name: 'Take a place' }).click();
      await adaPlace.getByText('You have a place.', { exact: true }).waitFor();
      await placesFilled(A.page, '1 of 2').waitFor();
      // The hold on an open-ended task counts down (48 hours by default).
      await adaPlace.getByText(/^expires in \d+ h( \d+ min)?$/).waitFor();

      await placesFilled(B.page, '1 of 2').waitFor();
      await B.page.getByRole('region', { name: 'Who is helping' }).getByText(ada.displayName).waitFor();
      await assertNotReloaded(B.page);

      // Bob takes the second: both see the task fully staffed.
      const bobPlace = B.page.getByRole('region', { name: 'Your place' });
      await bobPlace.getByRole('button', { name: 'Take a place' }).click();
      await bobPlace.getByText('You have a place.', { exact: true }).waitFor();
      for (const { page } of [A, B]) {
        await placesFilled(page, '2 of 2').waitFor();
        await page.locator('.lede').getByText('Fully staffed').waitFor();
      }
      await A.page.getByRole('region', { name: 'Who is helping' }).getByText(bob.displayName).waitFor();
      await assertNotReloaded(A.page);
      await assertNotReloaded(B.page);

      // The board agrees: the task no longer needs people.
      await A.page.goto(`${BASE_URL}/neighbourhoods/${neighbourhood.id}/tasks`);
      await A.page.getByText('No tasks need people right now.').waitFor();
    });

    await A.context.close();
    await B.context.close();
  },
);

// Checking in early and a second volunteer still taking a free place are part of the volunteer's
// journey in roles.test.mjs.
