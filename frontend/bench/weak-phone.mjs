// First content on a weak phone: the built server on a fresh demo database, four pages loaded cold
// in Debian's headless Chromium under a 4x CPU slowdown and a 400 kbit/s link with 2 s latency,
// and the same pages unthrottled in the same process as the reference. Prints first contentful
// paint, time to useful content (the page's own data on screen) and the bytes transferred until
// then, medians of several runs (docs/benchmarks.md, "First content on a weak phone").
//
//   node bench/weak-phone.mjs [--runs 3] [--binary ../target/release/commonground] [--dist dist]
//
// A benchmark, not a test: it prints figures and fails only when it cannot measure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_PASSWORD, launchBrowser, demoUser } from '../e2e/helpers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    binary: { type: 'string', default: resolve(here, '../../target/release/commonground') },
    dist: { type: 'string', default: resolve(here, '../dist') },
  },
});
const RUNS = Math.max(1, Number(opts.runs));

/** The weak phone: what issue 16 measured with (Chrome DevTools' throttling over CDP). */
const WEAK = { cpu: 4, latencyMs: 2000, kbitPerSecond: 400 };
/** Useful content is on screen within this, on the weak phone (issue 16). */
const TARGET_MS = 2500;

const freePort = () =>
  new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });

async function startServer() {
  const data = mkdtempSync(join(tmpdir(), 'cg-weak-phone-'));
  const env = { ...process.env, COMMONGROUND_DATA_DIR: data };
  const demo = spawnSync(opts.binary, ['demo'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (demo.status !== 0) throw new Error(`${opts.binary} demo failed (build it first: make bench-frontend)`);
  const port = await freePort();
  const child = spawn(opts.binary, ['serve'], {
    env: {
      ...env,
      COMMONGROUND_BIND: `127.0.0.1:${port}`,
      COMMONGROUND_FRONTEND_DIR: opts.dist,
      RUST_LOG: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error('the server exited');
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(data, { recursive: true, force: true });
  };
  return { base, stop };
}

/**
 * A fresh session of `local` for one load, as the browser keeps it (the refresh token in
 * localStorage). Refresh tokens are single-use, so every load signs in anew.
 */
async function sessionOf(base, local) {
  const answer = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoUser(local), password: DEMO_PASSWORD }),
  });
  if (!answer.ok) throw new Error(`signing in as ${local}: ${answer.status}`);
  const { refresh_token: token } = await answer.json();
  return {
    cookies: [],
    origins: [{ origin: base, localStorage: [{ name: 'commonground.refresh_token', value: token }] }],
  };
}

/**
 * One cold load (a fresh context: empty cache) of `path`: when the first contentful paint and the
 * page's useful content (`selector` on screen) came, and what was transferred until then.
 */
async function measure(browser, base, { path, selector, user }, weak) {
  const session = await sessionOf(base, user);
  const context = await browser.newContext({ storageState: session, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // Stamps the moment the useful content appears, in the page's own clock.
  await page.addInitScript((sel) => {
    const check = () => {
      if (window.__useful === undefined && document.querySelector(sel)) window.__useful = performance.now();
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  }, selector);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (weak) {
    const bytesPerSecond = (WEAK.kbitPerSecond * 1000) / 8;
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: WEAK.cpu });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: WEAK.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
  }
  const types = new Map();
  const bytes = { js: 0, total: 0 };
  let counting = true;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    if (!counting) return;
    bytes.total += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') bytes.js += e.encodedDataLength;
  });
  await page.goto(`${base}${path}`, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__useful !== undefined, null, { timeout: 120_000, polling: 100 });
  // Requests still finishing for the useful content (its scripts, its data) are counted.
  await page.waitForTimeout(200);
  counting = false;
  const times = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    useful: window.__useful,
  }));
  await context.close();
  return { ...times, js: bytes.js, total: bytes.total };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`.padStart(9);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`.padStart(9);

async function main() {
  const { base, stop } = await startServer();
  const browser = await launchBrowser();
  try {
    const get = async (p) => (await fetch(`${base}/api/v1${p}`)).json();
    const hoods = await get(`/neighbourhoods?q=${encodeURIComponent('Mill Lane')}`);
    const orgs = await get('/organisations?limit=100');
    const millLane = hoods.items.find((n) => n.name === 'Mill Lane & Canal Side').id;
    const council = orgs.items.find((o) => o.name === 'Riverside Borough Council').id;
    const pages = [
      { name: 'home', path: '/', selector: 'main h1', user: 'tom' },
      { name: 'neighbourhood', path: `/neighbourhoods/${millLane}`, selector: '.issue-list', user: 'tom' },
      { name: 'report', path: `/neighbourhoods/${millLane}/report`, selector: 'main form', user: 'tom' },
      {
        name: 'dashboard',
        path: `/organisations/${council}/dashboard`,
        selector: '.tile__value',
        user: 'dana.council',
      },
    ];
    console.log(
      `Weak phone: CPU ${WEAK.cpu}x slower, ${WEAK.kbitPerSecond} kbit/s each way, ${WEAK.latencyMs} ms latency; ` +
        `${RUNS} cold loads per page (median); reference: the same page unthrottled.`,
    );
    console.log(
      `${'page'.padEnd(14)}${'FCP'.padStart(9)}${'useful'.padStart(9)}${'JS'.padStart(9)}${'total'.padStart(9)}` +
        `${'ref FCP'.padStart(9)}${'ref use'.padStart(9)}${'ratio'.padStart(7)}  target ${TARGET_MS} ms`,
    );
    for (const page of pages) {
      const weak = [];
      const reference = [];
      for (let i = 0; i < RUNS; i++) {
        reference.push(await measure(browser, base, page, false));
        weak.push(await measure(browser, base, page, true));
      }
      const m = (runs, key) => median(runs.map((r) => r[key]));
      const useful = m(weak, 'useful');
      console.log(
        `${page.name.padEnd(14)}${ms(m(weak, 'fcp'))}${ms(useful)}${kb(m(weak, 'js'))}${kb(m(weak, 'total'))}` +
          `${ms(m(reference, 'fcp'))}${ms(m(reference, 'useful'))}${`${(useful / m(reference, 'useful')).toFixed(0)}x`.padStart(7)}` +
          `  first view ${m(weak, 'fcp') <= TARGET_MS ? 'within' : 'OVER'} target`,
      );
    }
  } finally {
    await browser.close();
    stop();
  }
}

await main();
