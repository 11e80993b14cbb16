// Every page of the app on a cheap phone (360 x 740), signed out and signed in as each of the
// demo's roles (resident, coordinator, volunteer, service manager, platform admin): none scrolls
// sideways, every touch target is at least 44 x 44 px, and axe-core finds no WCAG 2.2 A/AA
// violation. One failure lists every offender on every page. Runs on the demo data
// (tests/support/e2e.sh runs `commonground demo` first).
// Run: E2E_BASE_URL=http://127.0.0.1:18080 npm run e2e
import assert from 'node:assert/strict';
import { before, after, test } from 'node:test';
import { pageProblems } from './audit.mjs';
import {
  BASE_URL,
  DEMO_PASSWORD,
  PHONE,
  demoIds,
  demoUser,
  headerOffersSignOut,
  openAs,
  sharedBrowser,
  signInAsDemo,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });
let paths;

async function api(method, path, token, body) {
  const response = await fetch(`${BASE_URL}/api/v1${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  return response.json();
}

before(async () => {
  const { millLaneId, councilId } = await demoIds();
  const first = async (path) => (await api('GET', path)).items?.[0]?.id;
  const issueId = await first(`/neighbourhoods/${millLaneId}/issues?limit=1`);
  const taskId = await first(`/neighbourhoods/${millLaneId}/tasks?limit=1`);
  // The demo has no discussion: Tom starts one, so the thread page has something to show.
  const { access_token: token } = await api('POST', '/auth/login', null, {
    email: demoUser('tom'),
    password: DEMO_PASSWORD,
  });
  const thread = await api('POST', `/neighbourhoods/${millLaneId}/threads`, token, {
    title: 'Summer street party',
    body: 'Who can lend a **gazebo**? See [the plan](https://example.org/plan).',
  });
  assert.ok(issueId && taskId && thread.id, 'the demo has an issue and a task in Mill Lane');
  const hood = `/neighbourhoods/${millLaneId}`;
  const org = `/organisations/${councilId}`;
  const everyone = [
    '/',
    '/neighbourhoods',
    '/organisations',
    org,
    hood,
    `/issues/${issueId}`,
    `/tasks/${taskId}`,
  ];
  const member = [
    ...everyone,
    '/neighbourhoods/new',
    `${hood}/report`,
    `${hood}/tasks`,
    `${hood}/hours`,
    `${hood}/threads`,
    `/threads/${thread.id}`,
    '/notifications',
    '/notifications/preferences',
    '/invitations',
  ];
  paths = {
    // Signed out: the pages that differ for a visitor, and the forms to get in (the rest as Tom).
    null: ['/', hood, `/issues/${issueId}`, '/signin', '/signup', '/no-such-page'],
    tom: member,
    // Mill Lane's coordinator sees the coordinator's panels and queues.
    amina: [
      hood,
      `${hood}/tasks`,
      `${hood}/tasks/new`,
      `${hood}/verify`,
      `${hood}/moderation`,
      `${hood}/leaflet`,
      `/tasks/${taskId}`,
    ],
    // A volunteer who holds a place on the demo's task.
    priya: [`/tasks/${taskId}`, `${hood}/tasks`, `${hood}/hours`],
    'dana.council': [org, `${org}/dashboard`, `${org}/triage`, `/issues/${issueId}`, hood],
    admin: ['/organisations', org],
  };
});

test(
  'every page, as every role, on a 360 px phone: no sideways scroll, 44 px targets, no axe violation',
  { timeout: 240_000 },
  async () => {
    const problems = [];
    for (const [who, list] of Object.entries(paths)) {
      const actor = await openAs(browser(), `pages-${who}`, PHONE);
      await withScreenshots(`pages ${who}`, [actor], async () => {
        const { page } = actor;
        if (who !== 'null') {
          await signInAsDemo(page, who, '/');
          await headerOffersSignOut(page);
        }
        for (const path of list) {
          await page.goto(`${BASE_URL}${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
          for (const line of await pageProblems(page))
            problems.push(`[${who === 'null' ? 'signed out' : who}] ${path}: ${line}`);
        }
      });
      await actor.context.close();
    }
    const unique = [...new Set(problems)];
    assert.deepEqual(unique, [], `${unique.length} problem(s):\n${unique.join('\n')}`);
  },
);
