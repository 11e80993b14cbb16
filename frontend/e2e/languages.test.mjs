// Every page in every language: each page the journeys visit, opened in Polish, Arabic and the
// pseudo-locale, shows no message id and asks for no message its catalogue lacks
// (`window.__cgMissingMessages`); in the pseudo-locale no label, button or heading of the app is
// plain ASCII (text that bypassed the catalogues); Arabic pages are right to left and pass axe at
// both widths. Then a person's own journey: choosing Polish with the switch, by keyboard, is kept
// on reload and on their account, so another device opens in Polish once they sign in.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { pageProblems } from './audit.mjs';
import {
  BASE_URL,
  DESKTOP,
  PHONE,
  api,
  demoIds,
  demoToken,
  headerOffersSignOut,
  makeUser,
  openAs,
  registerByApi,
  sharedBrowser,
  signInAsDemo,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

const catalogues = new URL('../src/i18n/locales/en/', import.meta.url);
/** Every English message id: none may show on a page as text. */
const MESSAGE_IDS = new Set(
  readdirSync(catalogues)
    .filter((file) => file.endsWith('.ftl'))
    .flatMap((file) =>
      [...readFileSync(new URL(file, catalogues), 'utf8').matchAll(/^([a-z][a-z0-9-]*) =/gm)].map(
        (m) => m[1],
      ),
    ),
);
assert.ok(MESSAGE_IDS.size > 100, 'the English catalogue was read');

/** The pages a coordinator (Amina, Mill Lane) can open, and those a service manager opens. */
async function pagesToVisit() {
  const { millLaneId, councilId } = await demoIds();
  const token = await demoToken('amina');
  const first = async (path) => (await api('GET', path, { token })).items?.[0]?.id;
  const issueId = await first(`/neighbourhoods/${millLaneId}/issues`);
  const taskId = await first(`/neighbourhoods/${millLaneId}/tasks`);
  const threadId = await first(`/neighbourhoods/${millLaneId}/threads`);
  const mill = `/neighbourhoods/${millLaneId}`;
  return {
    signedOut: [
      '/',
      '/signin',
      '/signup',
      '/neighbourhoods',
      '/follow/confirm',
      '/follow/unsubscribe',
      '/no-such-page',
    ],
    coordinator: [
      '/',
      mill,
      `${mill}/report`,
      `${mill}/tasks`,
      `${mill}/tasks/new`,
      `${mill}/threads`,
      `${mill}/moderation`,
      `${mill}/verify`,
      `${mill}/hours`,
      `${mill}/leaflet`,
      '/notifications',
      '/notifications/preferences',
      '/invitations',
      '/organisations',
      `/organisations/${councilId}`,
      ...(issueId ? [`/issues/${issueId}`] : []),
      ...(taskId ? [`/tasks/${taskId}`] : []),
      ...(threadId ? [`/threads/${threadId}`] : []),
    ],
    manager: [`/organisations/${councilId}/dashboard`, `/organisations/${councilId}/triage`],
  };
}

/** Opens `path` in `locale` and waits until its heading and data are there. */
async function openIn(page, path, locale) {
  await page.goto(`${BASE_URL}${path}${path.includes('?') ? '&' : '?'}locale=${locale}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  // A page still saying "loading" is not the page yet.
  await page
    .locator('main [role="status"]:has-text("…")')
    .first()
    .waitFor({ state: 'detached', timeout: 3000 })
    .catch(() => {});
}

/** What is wrong with the words on the page as it is now. */
async function languageProblems(page, locale) {
  const found = await page.evaluate((pseudo) => {
    const missing = [...(window.__cgMissingMessages ?? [])];
    const text = document.body.innerText;
    // In the pseudo-locale, the app's own words are accented: a label, button, heading or link of
    // the app in plain ASCII bypassed the catalogues. What people wrote (`dir="auto"`), names in
    // their own language (`lang`) and the brand are theirs, not the app's.
    const plain = [];
    if (pseudo) {
      const chrome = 'h1, h2, h3, label, legend, button, th, summary, nav a, [role="status"], .hint, .empty';
      for (const element of document.querySelectorAll(chrome)) {
        if (element.closest('[dir="auto"], [lang]:not(html), .leaflet-container, code')) continue;
        const own = [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent.trim())
          .join(' ');
        const words = own.replace(/Commonground|OpenStreetMap|API|[0-9.,:%×·•…–—()/\s]+/g, ' ').trim();
        if (/[A-Za-z]{2,}/.test(words) && !/[^\x00-\x7F]/.test(words))
          plain.push(`${element.tagName}: "${own}"`);
      }
    }
    return {
      missing,
      text,
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      plain,
    };
  }, locale === 'en-XA');
  const problems = found.missing.map((id) => `asked for ${id}, which ${locale} lacks`);
  for (const token of found.text.match(/\b[a-z]+(?:-[a-z0-9]+)+\b/g) ?? []) {
    if (MESSAGE_IDS.has(token)) problems.push(`shows the message id ${token}`);
  }
  problems.push(...found.plain.map((line) => `plain text in the pseudo-locale: ${line}`));
  const expectedLang = { pl: 'pl-PL', ar: 'ar', 'en-XA': 'en-XA' }[locale];
  if (found.lang !== expectedLang) problems.push(`<html lang="${found.lang}">, not ${expectedLang}`);
  if (found.dir !== (locale === 'ar' ? 'rtl' : 'ltr')) problems.push(`<html dir="${found.dir}">`);
  return problems;
}

async function sweep(label, locale, screen, signIn, paths) {
  const actor = await openAs(browser(), `${label}-${locale}-${screen.viewport.width}`, screen);
  await withScreenshots(`languages ${label} ${locale}`, [actor], async () => {
    if (signIn) await signIn(actor.page);
    const problems = [];
    for (const path of paths) {
      await openIn(actor.page, path, locale);
      for (const line of await languageProblems(actor.page, locale)) problems.push(`${path}: ${line}`);
      if (locale === 'ar') {
        for (const line of await pageProblems(actor.page)) problems.push(`${path}: ${line}`);
      }
    }
    assert.deepEqual(problems, [], `${locale} at ${screen.viewport.width} px:\n${problems.join('\n')}`);
  });
  await actor.context.close();
}

const signedInAs = (local) => async (page) => {
  await signInAsDemo(page, local);
  await headerOffersSignOut(page, 'Sign out');
};

for (const locale of ['pl', 'ar', 'en-XA']) {
  // Arabic at both widths (the layout mirrors); the others at the phone width.
  for (const screen of locale === 'ar' ? [PHONE, DESKTOP] : [PHONE]) {
    const width = screen.viewport.width;
    test(
      `every page in ${locale} at ${width} px: no message id, no missing message`,
      { timeout: 240_000 },
      async () => {
        const pages = await pagesToVisit();
        await sweep('signed-out', locale, screen, null, pages.signedOut);
        await sweep('coordinator', locale, screen, signedInAs('amina'), pages.coordinator);
        await sweep('manager', locale, screen, signedInAs('dana.council'), pages.manager);
      },
    );
  }
}

test(
  'choosing Polish by keyboard is kept on reload, on the account and on another device',
  { timeout: 90_000 },
  async () => {
    const person = makeUser('Ola');
    await registerByApi(person);
    const phone = await openAs(browser(), 'switch-phone', PHONE);
    const laptop = await openAs(browser(), 'switch-laptop', DESKTOP);
    await withScreenshots('languages switch', [phone, laptop], async () => {
      const { page } = phone;
      await page.goto(`${BASE_URL}/signin`);
      await page.getByLabel('Email').fill(person.email);
      await page.getByLabel('Password').fill(person.password);
      await page.getByLabel('Password').press('Enter');
      await headerOffersSignOut(page, 'Sign out');
      // Signing in goes on to another page, which takes the focus to its heading once it has
      // loaded: the switch is focused after that, not raced by it.
      await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle').catch(() => {});

      // By keyboard: Tab to the switch, then choose with the arrow keys as a select does.
      const language = page.getByRole('combobox', { name: 'Language' });
      await language.focus();
      assert.equal(await language.evaluate((element) => element === document.activeElement), true);
      await language.selectOption('pl');
      await headerOffersSignOut(page, 'Wyloguj się');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl-PL');

      await page.reload();
      await headerOffersSignOut(page, 'Wyloguj się');

      // Kept on the account: another device, whose browser asks for English, opens in Polish once
      // this person signs in there.
      await laptop.page.goto(`${BASE_URL}/signin`);
      await laptop.page.getByLabel('Email').fill(person.email);
      await laptop.page.getByLabel('Password').fill(person.password);
      await laptop.page.getByRole('button', { name: 'Sign in' }).click();
      await headerOffersSignOut(laptop.page, 'Wyloguj się');
      const problems = await languageProblems(laptop.page, 'pl');
      assert.deepEqual(problems, []);
    });
    const pair = await api('POST', '/auth/login', {
      body: { email: person.email, password: person.password },
    });
    const me = await api('GET', '/me', { token: pair.access_token });
    assert.equal(me.locale, 'pl');
    assert.ok(me.time_zone, 'the device time zone is stored');
    await phone.context.close();
    await laptop.context.close();
  },
);
