// End-to-end journeys through the real backend and the built front end.
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  createNeighbourhood,
  makeUser,
  openAs,
  region,
  searchDirectory,
  sharedBrowser,
  signUp,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

/** A centre no earlier run used, so "nearest first" puts this run's neighbourhood on top. */
function somewhere() {
  return {
    lat: Number((50 + Math.random() * 5).toFixed(5)),
    lon: Number((-4 + Math.random() * 4).toFixed(5)),
  };
}

test(
  'open neighbourhood: A creates it, B finds it by name and joins, A sees B among members',
  { timeout: 90_000 },
  async () => {
    const suffix = uniqueSuffix();
    const ada = makeUser('Ada', suffix);
    const bob = makeUser('Bob', suffix);
    const name = `Elm Street ${suffix}`;
    const A = await openAs(browser(), 'ada');
    const B = await openAs(browser(), 'bob');

    await withScreenshots('open neighbourhood', [A, B], async () => {
      // A signs up and creates a public, open neighbourhood.
      await signUp(A.page, ada);
      await createNeighbourhood(A.page, {
        name,
        description: 'Tree pits, the playground and the corner shop.',
        visibility: 'Public',
        joinPolicy: 'Open',
        ...somewhere(),
        radius: 400,
      });
      await region(A.page, 'Your membership').getByText('You are a coordinator here.').waitFor();
      await region(A.page, 'Pending requests').getByText('No one is waiting to join.').waitFor();
      await region(A.page, 'Members').getByText(`${ada.displayName} (you)`).waitFor();

      // B signs up in another browser context, finds it by name, opens it and joins.
      await signUp(B.page, bob);
      await searchDirectory(B.page, name);
      await B.page.getByRole('status').getByText(`Showing 1 neighbourhood matching “${name}”.`).waitFor();
      await B.page.getByRole('link', { name }).click();
      await B.page.getByRole('heading', { level: 1, name }).waitFor();
      assert.equal(await region(B.page, 'Pending requests').count(), 0, 'B is not a coordinator');
      await B.page.getByRole('button', { name: 'Join neighbourhood' }).click();
      await B.page.getByRole('status').getByText(`You joined ${name}.`).waitFor();
      await region(B.page, 'Your membership').getByRole('button', { name: 'Leave neighbourhood' }).waitFor();
      await region(B.page, 'Members').getByText(`${bob.displayName} (you)`).waitFor();

      // A reloads (the session survives the reload through the refresh token) and sees B.
      await A.page.reload();
      await A.page.getByRole('heading', { level: 1, name }).waitFor();
      const members = region(A.page, 'Members');
      await members.getByText(bob.displayName, { exact: true }).waitFor();
      await members.getByRole('button', { name: `Make coordinator (${bob.displayName})` }).waitFor();
      await A.page.getByText('2 members').first().waitFor();
    });

    await A.context.close();
    await B.context.close();
  },
);

test(
  'approval neighbourhood: B asks to join, A approves, B becomes a member',
  { timeout: 90_000 },
  async () => {
    const suffix = uniqueSuffix();
    const ada = makeUser('Ada', suffix);
    const bob = makeUser('Bob', suffix);
    const name = `Oak Close ${suffix}`;
    const A = await openAs(browser(), 'ada');
    const B = await openAs(browser(), 'bob');

    await withScreenshots('approval neighbourhood', [A, B], async () => {
      await signUp(A.page, ada);
      const url = await createNeighbourhood(A.page, {
        name,
        description: 'Residents of Oak Close.',
        visibility: 'Public',
        joinPolicy: 'By approval',
        ...somewhere(),
        radius: 250,
      });

      // B opens the page directly by its address and asks to join.
      await signUp(B.page, bob);
      await B.page.goto(url);
      await B.page.getByRole('heading', { level: 1, name }).waitFor();
      await B.page.getByRole('button', { name: 'Request to join' }).click();
      const bobsMembership = region(B.page, 'Your membership');
      await bobsMembership.getByText('Request pending').waitFor();
      await bobsMembership.getByRole('button', { name: 'Withdraw request' }).waitFor();

      // A sees the request and approves it.
      await A.page.reload();
      const pending = region(A.page, 'Pending requests');
      await pending.getByRole('button', { name: `Approve (${bob.displayName})` }).click();
      await A.page.getByRole('status').getByText(`${bob.displayName} is now a member.`).waitFor();
      await pending.getByText('No one is waiting to join.').waitFor();
      await region(A.page, 'Members').getByText(bob.displayName, { exact: true }).waitFor();

      // B's membership is now active.
      await B.page.reload();
      await bobsMembership.getByText('You are a member here.').waitFor();
      await bobsMembership.getByRole('button', { name: 'Leave neighbourhood' }).waitFor();
      assert.equal(await bobsMembership.getByText('Request pending').count(), 0);
    });

    await A.context.close();
    await B.context.close();
  },
);

test('directory: "Near me" orders by distance and shows it', { timeout: 60_000 }, async () => {
  const suffix = uniqueSuffix();
  const ada = makeUser('Ada', suffix);
  const name = `Ash Grove ${suffix}`;
  const centre = somewhere();
  const A = await openAs(browser(), 'ada', {
    geolocation: { latitude: centre.lat, longitude: centre.lon + 0.01 }, // about 650 m east
    permissions: ['geolocation'],
  });

  await withScreenshots('near me', [A], async () => {
    await signUp(A.page, ada);
    await createNeighbourhood(A.page, {
      name,
      description: '',
      visibility: 'Public',
      joinPolicy: 'Open',
      ...centre,
      radius: 300,
    });
    await searchDirectory(A.page, name);
    await A.page.getByRole('button', { name: 'Near me' }).click();
    await A.page.waitForURL(/near=/);
    await A.page
      .getByRole('status')
      .getByText(/nearest first/)
      .waitFor();
    const card = A.page.getByRole('listitem').filter({ has: A.page.getByRole('link', { name }) });
    await card.getByText(/^(\d[\d,]* m|[\d.,]+ km) away$|^here$/).waitFor();
    assert.equal(await A.page.getByLabel('Latitude').inputValue(), String(centre.lat));
  });

  await A.context.close();
});

test('the API docs page loads Swagger UI from the built front end', { timeout: 30_000 }, async () => {
  const response = await fetch(`${BASE_URL}/vendor/swagger-ui/swagger-ui-bundle.js`);
  assert.equal(response.status, 200);
  const A = await openAs(browser(), 'docs');
  await withScreenshots('api docs', [A], async () => {
    await A.page.goto(`${BASE_URL}/api/docs`);
    await A.page.locator('.swagger-ui .info .title').waitFor();
  });
  await A.context.close();
});
