// Muting "mentions of me" through the preferences page, against the real backend: a mention no
// longer notifies (no banner, not unread) while a reply still does. The page once muted `mention`
// while the server sends `mentioned`, so this could not work. Run: E2E_BASE_URL=... npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  createNeighbourhood,
  makeUser,
  openAs,
  randomPlace,
  sharedBrowser,
  signUp,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

/** Starts a thread from the neighbourhood's discussions page; answers the thread's address. */
async function startThread(page, neighbourhoodUrl, name, title, write) {
  await page.goto(`${neighbourhoodUrl}/threads`);
  await page.getByRole('heading', { level: 1, name: `Discussions · ${name}` }).waitFor();
  await page.getByLabel('Title').fill(title);
  const body = page.getByRole('combobox', { name: 'First post' });
  await body.click();
  await write(body);
  await page.getByRole('button', { name: 'Start the thread' }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return page.url();
}

test(
  'notifications: Bob mutes mentions of him; Ada mentions him (no notice) and replies to him (a notice)',
  { timeout: 150_000 },
  async () => {
    const suffix = uniqueSuffix();
    const ada = makeUser('Ada', suffix);
    const bob = makeUser('Bob', suffix);
    const name = `Quiet Lane ${suffix}`;
    const A = await openAs(browser(), 'ada');
    const B = await openAs(browser(), 'bob');

    await withScreenshots('notifications mute mentions', [A, B], async () => {
      await signUp(A.page, ada);
      const url = await createNeighbourhood(A.page, {
        name,
        description: 'A street that likes its peace.',
        visibility: 'Public',
        joinPolicy: 'Open',
        ...randomPlace(),
        radius: 300,
      });

      // Bob joins and starts a thread of his own, which Ada will reply to.
      await signUp(B.page, bob);
      await B.page.goto(url);
      await B.page.getByRole('button', { name: 'Join neighbourhood' }).click();
      await B.page.getByRole('status').getByText(`You joined ${name}.`).waitFor();
      const bobsThread = await startThread(B.page, url, name, 'Hedge on the corner', (body) =>
        body.fill('The hedge hides the crossing. Shall we ask for a trim?'),
      );

      // Bob mutes mentions of him on the preferences page, and the server keeps it.
      await B.page.goto(`${BASE_URL}/notifications/preferences`);
      await B.page.getByRole('heading', { level: 1, name: 'Notification settings' }).waitFor();
      const mentions = B.page.getByRole('checkbox', { name: 'Mentions of me in discussions' });
      const replies = B.page.getByRole('checkbox', { name: 'Replies to my posts' });
      assert.equal(await mentions.isChecked(), false);
      await mentions.check();
      await B.page.getByRole('button', { name: 'Save', exact: true }).click();
      await B.page.getByRole('status').getByText('Saved.', { exact: true }).waitFor();
      await B.page.reload();
      await mentions.waitFor();
      assert.equal(await mentions.isChecked(), true, 'the mute was not saved');
      assert.equal(await replies.isChecked(), false);

      // From here on Bob's page stays put, live, and records every notice its banner shows
      // (the banner keeps only the latest, so one replaced by the next would go unseen).
      await B.page.getByRole('banner').getByText('Live updates on', { exact: true }).waitFor();
      await B.page.evaluate(() => {
        window.__notices = [];
        const record = () => {
          for (const region of document.querySelectorAll('.notice[role="status"] p')) {
            const text = region.textContent ?? '';
            if (text && !window.__notices.includes(text)) window.__notices.push(text);
          }
        };
        new MutationObserver(record).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });

      // Ada mentions Bob in a thread of hers, picking him from the completion list...
      await startThread(A.page, url, name, 'Bins left out on Sunday', async (body) => {
        await body.pressSequentially('Could you check the bins, @Bo', { delay: 20 });
        await A.page.getByRole('option', { name: new RegExp(bob.displayName) }).click();
        await body.pressSequentially('? Thanks.', { delay: 10 });
      });
      // ...then replies to Bob's post in his thread.
      await A.page.goto(bobsThread);
      await A.page.getByRole('heading', { level: 1, name: 'Hedge on the corner' }).waitFor();
      await A.page.getByRole('button', { name: `Reply to ${bob.displayName}` }).click();
      await A.page
        .getByRole('combobox', { name: `Reply to ${bob.displayName}` })
        .fill('Yes, I will write to them.');
      await A.page.getByRole('button', { name: 'Reply', exact: true }).click();
      await A.page.getByText('Yes, I will write to them.').waitFor();

      // The reply reaches Bob at once. His channel delivers in order, so a mention sent before it
      // would have shown first: none did.
      const replied = `${ada.displayName} replied to your post in ${name}.`;
      await B.page.getByRole('status').getByText(replied).waitFor();
      const notices = await B.page.evaluate(() => window.__notices);
      assert.ok(
        notices.some((text) => text.includes(replied)),
        `notices seen: ${JSON.stringify(notices)}`,
      );
      assert.ok(
        !notices.some((text) => text.includes('mentioned you')),
        `a muted mention notified: ${JSON.stringify(notices)}`,
      );
      await B.page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor();

      // The inbox keeps the mention, already read and marked muted; only the reply is unread.
      await B.page.goto(`${BASE_URL}/notifications?unread=true`);
      const inbox = B.page.getByRole('region', { name: 'Your notifications' });
      await inbox.getByRole('link', { name: replied }).waitFor();
      assert.equal(await inbox.getByText('mentioned you').count(), 0, 'the muted mention is unread');
      assert.equal(await inbox.getByRole('listitem').count(), 1);
      await B.page.goto(`${BASE_URL}/notifications`);
      const mention = inbox.getByRole('listitem').filter({ hasText: `${ada.displayName} mentioned you` });
      await mention.waitFor();
      await mention.getByText('Muted', { exact: true }).waitFor();
    });

    await A.context.close();
    await B.context.close();
  },
);
