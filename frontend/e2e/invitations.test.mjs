// Consent through the real backend: a coordinator invites an existing demo resident to a private
// neighbourhood by e-mail; the resident, on a small phone, finds the invitation in their inbox,
// accepts it and sees the neighbourhood. Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  createNeighbourhood,
  demoUser,
  makeUser,
  openAs,
  region,
  sharedBrowser,
  signInAsDemo,
  signUp,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

test(
  'invitations: a coordinator invites a resident by e-mail; the resident accepts and sees the private neighbourhood',
  { timeout: 120_000 },
  async () => {
    const suffix = uniqueSuffix();
    const ada = makeUser('Ada', suffix);
    const name = `Hidden Court ${suffix}`;
    const A = await openAs(browser(), 'coordinator');
    const R = await openAs(browser(), 'resident', { viewport: { width: 360, height: 740 } });

    await withScreenshots('invitations accept', [A, R], async () => {
      await signUp(A.page, ada);
      const url = await createNeighbourhood(A.page, {
        name,
        description: 'A close that keeps itself to itself.',
        visibility: 'Private',
        joinPolicy: 'By approval',
        lat: Number((50 + Math.random() * 5).toFixed(5)),
        lon: Number((-4 + Math.random() * 4).toFixed(5)),
        radius: 200,
      });
      const neighbourhoodId = url.split('/').pop();

      // Before any invitation the resident cannot even see that it exists.
      await signInAsDemo(R.page, 'mei', `/neighbourhoods/${neighbourhoodId}`);
      await R.page.getByRole('heading', { level: 1, name: 'Neighbourhood not found' }).waitFor();

      // The coordinator invites by e-mail and is told only that the person joins if they accept.
      const invite = region(A.page, 'Invite by e-mail');
      await invite.getByLabel('Email address').fill(demoUser('mei'));
      await invite.getByRole('button', { name: 'Send invitation' }).click();
      await invite
        .getByRole('status')
        .getByText(`Invitation sent to ${demoUser('mei')}. If they accept, they'll join.`)
        .waitFor();
      await invite.getByRole('button', { name: `Withdraw (invitation to ${demoUser('mei')})` }).waitFor();
      assert.equal(await invite.getByLabel('Email address').inputValue(), '');

      // The resident's inbox has the invitation; it leads to the invitations page.
      await R.page.goto(`${BASE_URL}/notifications`);
      await R.page
        .getByRole('link', { name: `You are invited to join ${name}. Accept or decline it.` })
        .click();
      await R.page.getByRole('heading', { level: 1, name: 'Your invitations' }).waitFor();
      await R.page.getByText(`You are invited to join ${name}`).waitFor();
      await R.page.getByRole('button', { name: `Accept (invitation to ${name})` }).click();
      await R.page.getByRole('status').getByText(`You joined ${name}.`).waitFor();
      await R.page.getByRole('link', { name: `Go to ${name}` }).click();
      await R.page.getByRole('heading', { level: 1, name }).waitFor();

      // Nothing is wider than the phone's screen.
      const overflow = await R.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px at 360px`);

      // The coordinator's open page hears of the answer live: the pending list empties.
      await region(A.page, 'Invite by e-mail')
        .getByText('No invitations are waiting for an answer.')
        .waitFor();
    });
    await A.context.close();
    await R.context.close();
  },
);
