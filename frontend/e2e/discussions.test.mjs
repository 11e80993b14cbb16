// Discussions through the real backend: one resident mentions another, who sees the mention
// arrive live and opens the thread. Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createNeighbourhood,
  makeUser,
  openAs,
  sharedBrowser,
  signUp,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

test(
  'discussions: Ada mentions Bob in a new thread; Bob sees the mention arrive live and opens the thread',
  { timeout: 120_000 },
  async () => {
    const suffix = uniqueSuffix();
    const ada = makeUser('Ada', suffix);
    const bob = makeUser('Bob', suffix);
    const name = `Talk Lane ${suffix}`;
    const A = await openAs(browser(), 'ada');
    const B = await openAs(browser(), 'bob');

    await withScreenshots('discussions mention', [A, B], async () => {
      await signUp(A.page, ada);
      const url = await createNeighbourhood(A.page, {
        name,
        description: 'A street that talks things over.',
        visibility: 'Public',
        joinPolicy: 'Open',
        lat: Number((50 + Math.random() * 5).toFixed(5)),
        lon: Number((-4 + Math.random() * 4).toFixed(5)),
        radius: 300,
      });

      // Bob joins and stays on the neighbourhood page, connected live.
      await signUp(B.page, bob);
      await B.page.goto(url);
      await B.page.getByRole('button', { name: 'Join neighbourhood' }).click();
      await B.page.getByRole('status').getByText(`You joined ${name}.`).waitFor();
      await B.page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();

      // Ada starts a thread and mentions Bob, picking him from the completion list.
      await A.page.goto(`${url}/threads`);
      await A.page.getByRole('heading', { level: 1, name: `Discussions · ${name}` }).waitFor();
      await A.page.getByLabel('Title').fill('Bins left out on Sunday');
      const body = A.page.getByRole('combobox', { name: 'First post' });
      await body.click();
      await body.pressSequentially('Could you **check** the bins, @Bo', { delay: 20 });
      await A.page.getByRole('option', { name: new RegExp(bob.displayName) }).click();
      await body.pressSequentially('? Thanks.', { delay: 10 });
      await A.page.getByRole('button', { name: 'Preview' }).click();
      await A.page.getByLabel('Preview').locator('.mention').waitFor();
      await A.page.getByRole('button', { name: 'Start the thread' }).click();
      await A.page.getByRole('heading', { level: 1, name: 'Bins left out on Sunday' }).waitFor();

      // Bob's page, never reloaded, announces the mention; he opens the thread from it.
      const notice = B.page.getByRole('status').filter({ hasText: 'mentioned you' });
      await notice.getByText(`${ada.displayName} mentioned you in ${name}.`).waitFor();
      await notice.getByRole('link', { name: 'Open the thread' }).click();
      await B.page.getByRole('heading', { level: 1, name: 'Bins left out on Sunday' }).waitFor();
      const post = B.page.locator('.post__body').first();
      await post.locator('strong', { hasText: 'check' }).waitFor();
      const mention = await post.locator('.mention').textContent();
      assert.equal(mention?.toLowerCase(), `@bob_${suffix}`.toLowerCase());

      // Bob replies; Ada, on the thread page, gets a "1 new post" button rather than a jump.
      await B.page.getByRole('button', { name: `Reply to ${ada.displayName}` }).click();
      await B.page.getByRole('combobox', { name: `Reply to ${ada.displayName}` }).fill('On it!');
      await B.page.getByRole('button', { name: 'Reply', exact: true }).click();
      await B.page.getByText('On it!').waitFor();
      await A.page.getByRole('button', { name: '1 new post' }).click();
      await A.page.getByText('On it!').waitFor();
    });

    await A.context.close();
    await B.context.close();
  },
);
