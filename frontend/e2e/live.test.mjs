// Live updates through the real backend: a coordinator's open page changes as others act,
// without reloading. Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createNeighbourhood,
  makeUser,
  openAs,
  region,
  sharedBrowser,
  signUp,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

const somewhere = () => ({
  lat: Number((50 + Math.random() * 5).toFixed(5)),
  lon: Number((-4 + Math.random() * 4).toFixed(5)),
});

/** Waits until the page is connected and subscribed: the header says "Live", the count shows. */
async function waitForLive(page) {
  // Shown as "Live"; the whole sentence (for screen readers) is "Live updates on".
  await page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();
  await page.getByText(/^\d+ neighbours? online$/).waitFor();
}

/** Marks the document, so that a later check can tell it was never reloaded. */
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
  'live: B joins an open neighbourhood; A sees B in the members and the feed without reloading',
  { timeout: 90_000 },
  async () => {
    const suffix = uniqueSuffix();
    const ada = makeUser('Ada', suffix);
    const bob = makeUser('Bob', suffix);
    const name = `Live Lane ${suffix}`;
    const A = await openAs(browser(), 'ada');
    const B = await openAs(browser(), 'bob');

    await withScreenshots('live open neighbourhood', [A, B], async () => {
      await signUp(A.page, ada);
      const url = await createNeighbourhood(A.page, {
        name,
        description: 'A street that watches itself change.',
        visibility: 'Public',
        joinPolicy: 'Open',
        ...somewhere(),
        radius: 300,
      });
      await waitForLive(A.page);
      await A.page.getByText('1 neighbour online', { exact: true }).waitFor();
      const feed = region(A.page, 'Recent activity');
      await feed.getByText('Changes appear here as they happen.').waitFor();
      await markDocument(A.page);

      // B joins through the UI, in another browser context.
      await signUp(B.page, bob);
      await B.page.goto(url);
      await B.page.getByRole('heading', { level: 1, name }).waitFor();
      await B.page.getByRole('button', { name: 'Join neighbourhood' }).click();
      await B.page.getByRole('status').getByText(`You joined ${name}.`).waitFor();

      // A's page, never reloaded, shows B among the members, in the feed, and in the count.
      const members = region(A.page, 'Members');
      await members.getByText(bob.displayName, { exact: true }).waitFor();
      await members.getByRole('button', { name: `Make coordinator (${bob.displayName})` }).waitFor();
      await feed.getByText(`${bob.displayName} joined`).waitFor();
      await A.page.getByText('2 members').first().waitFor();
      await A.page.getByText(/^\d+ neighbours? online$/).waitFor();
      await assertNotReloaded(A.page);
    });

    await A.context.close();
    await B.context.close();
  },
);

test(
  'live: B asks to join; A sees the request arrive and approves it without reloading',
  { timeout: 90_000 },
  async () => {
    const suffix = uniqueSuffix();
    const ada = makeUser('Ada', suffix);
    const bob = makeUser('Bob', suffix);
    const name = `Live Close ${suffix}`;
    const A = await openAs(browser(), 'ada');
    const B = await openAs(browser(), 'bob');

    await withScreenshots('live approval neighbourhood', [A, B], async () => {
      await signUp(A.page, ada);
      const url = await createNeighbourhood(A.page, {
        name,
        description: '',
        visibility: 'Public',
        joinPolicy: 'By approval',
        ...somewhere(),
        radius: 200,
      });
      await waitForLive(A.page);
      const pending = region(A.page, 'Pending requests');
      await pending.getByText('No one is waiting to join.').waitFor();
      await markDocument(A.page);

      await signUp(B.page, bob);
      await B.page.goto(url);
      await B.page.getByRole('button', { name: 'Request to join' }).click();
      await region(B.page, 'Your membership').getByText('Request pending').waitFor();

      // The request appears on A's open page.
      await region(A.page, 'Recent activity').getByText(`${bob.displayName} asked to join`).waitFor();
      await pending.getByRole('button', { name: `Approve (${bob.displayName})` }).click();
      await region(A.page, 'Members').getByText(bob.displayName, { exact: true }).waitFor();
      await region(A.page, 'Recent activity').getByText(`${bob.displayName} became a member`).waitFor();
      await assertNotReloaded(A.page);

      // B's open page follows the approval too (B receives member events once a member).
      await region(B.page, 'Your membership').getByText('You are a member here.').waitFor();
    });

    await A.context.close();
    await B.context.close();
  },
);
