// Following an issue by e-mail without an account, through the real backend, signed out on a
// small phone: the form on a public issue (how often included), then the pages the e-mail's
// links lead to. The e2e
// server sends no e-mail (no SMTP) and nothing here can read the signed links it would carry, so
// the confirm page is driven with a link that is not valid (the server's refusal is shown); the
// valid-link path is covered by tests/api/follows.rs with the real SMTP sink and by the pages'
// Vitest tests. Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  PHONE,
  demoIds,
  openAs,
  region,
  sharedBrowser,
  uniqueSuffix,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

test(
  'follow by e-mail: a signed-out visitor follows a public issue and meets the confirm and unsubscribe pages',
  { timeout: 120_000 },
  async () => {
    const { millLaneId } = await demoIds();
    const issues = await (
      await fetch(`${BASE_URL}/api/v1/neighbourhoods/${millLaneId}/issues?limit=1`)
    ).json();
    const issueId = issues.items?.[0]?.id;
    assert.ok(issueId, 'the demo has an issue in Mill Lane');
    const V = await openAs(browser(), 'visitor', PHONE);

    await withScreenshots('follow by email', [V], async () => {
      await V.page.goto(`${BASE_URL}/issues/${issueId}`);
      const follow = region(V.page, 'Follow by e-mail');
      await follow.getByLabel('Email address').fill(`neighbour-${uniqueSuffix()}@example.org`);
      await follow.getByLabel('Language of the e-mails').selectOption('pl');
      // How often, by keyboard: the radio group is one stop, the arrow key moves the choice.
      await follow.getByLabel('An e-mail each time it changes').focus();
      await V.page.keyboard.press('ArrowDown');
      assert.ok(await follow.getByLabel('One e-mail a day at most, in the morning').isChecked());
      const sent = V.page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/follows'));
      await follow.getByRole('button', { name: 'Follow' }).click();
      const body = (await sent).postDataJSON();
      assert.equal(body.frequency, 'daily');
      assert.equal(body.locale, 'pl');
      // The browser's own zone, so the one daily e-mail comes in the follower's morning.
      assert.equal(
        body.time_zone,
        await V.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
      );
      await follow.getByRole('status').getByText('Check your inbox', { exact: false }).waitFor();
      assert.equal(await follow.getByLabel('Email address').inputValue(), '');
      // Nothing at 360 px is wider than the screen.
      const overflow = await V.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);

      // Opening a confirmation link changes nothing by itself; a bad one is refused in words.
      await V.page.goto(`${BASE_URL}/follow/confirm#token=not-a-real-link`);
      await V.page.getByRole('heading', { level: 1, name: 'Confirm following an issue' }).waitFor();
      await V.page.getByRole('button', { name: 'Confirm' }).click();
      await V.page.getByRole('alert').getByText('This link is not valid', { exact: false }).waitFor();

      // A whole but forged link: choosing one e-mail a day is refused in words, nothing changes.
      await V.page.goto(`${BASE_URL}/follow/unsubscribe#token=not-a-real-link`);
      const fewer = region(V.page, 'Fewer e-mails, or more');
      assert.ok(await fewer.getByLabel('One e-mail a day at most, in the morning').isChecked());
      await fewer.getByRole('button', { name: 'Save' }).click();
      await fewer.getByRole('alert').getByText('This link is not valid', { exact: false }).waitFor();

      // An unsubscribe link cut short says so and offers no button.
      await V.page.goto(`${BASE_URL}/follow/unsubscribe`);
      await V.page.getByRole('heading', { level: 1, name: 'Stop e-mails about an issue' }).waitFor();
      await V.page.getByRole('alert').getByText('This link is incomplete', { exact: false }).waitFor();
      assert.equal(await V.page.getByRole('button', { name: 'Unsubscribe' }).count(), 0);
    });
  },
);
