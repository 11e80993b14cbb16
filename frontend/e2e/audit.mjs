// What every page the journeys visit must pass, at whatever width it is shown: axe-core's WCAG 2.2
// A/AA rules, and on a phone no sideways scrolling and touch targets of at least 44 x 44 px.
// `auditPage` fails listing every offender, so one run says all there is to fix.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol rather than added as a <script>: the app's Content
// Security Policy (script-src 'self') rightly refuses inline scripts, and is kept on while testing.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rule sets the issue asks for: WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The smallest touch target, in CSS pixels (WCAG 2.5.5's 44 px, stricter than 2.5.8's 24 px). */
export const MIN_TARGET = 44;

/** Widths up to this are phones: the sideways-scroll and touch-target checks apply. */
const PHONE_MAX_WIDTH = 480;

/** Runs axe-core on the page as it is now; answers one line per violating element. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(
    (tags) =>
      window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return results.violations.flatMap((v) =>
    v.nodes.map((node) =>
      `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help}. ${node.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`.trim(),
    ),
  );
}

/**
 * Every interactive element whose touch target is under 44 x 44 px. A checkbox or radio counts
 * with its label (the label is what a thumb presses); links inside running text are exempt
 * (WCAG 2.5.8's inline exception), as are elements that are not shown.
 */
export function smallTargets(page) {
  return page.evaluate((min) => {
    const selector = 'button, a[href], input, select, textarea, [role=button], summary';
    const shown = (el) => {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    // Running text: a link in a sentence (its paragraph has words besides those of its links and
    // buttons), a rendered post, or the map's attribution line. A paragraph of links alone (a
    // breadcrumb, a row of actions) is not running text.
    const inSentence = (p) => {
      const clone = p.cloneNode(true);
      for (const control of clone.querySelectorAll('a, button')) control.remove();
      return /\p{L}/u.test(clone.textContent ?? '');
    };
    const inProse = (el) => {
      if (el.tagName !== 'A') return false;
      if (el.closest('.prose, .post__body, .leaflet-control-attribution')) return true;
      const p = el.closest('p');
      return p !== null && inSentence(p);
    };
    const describe = (el) => {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('name') ?? '')
        .trim()
        .slice(0, 40);
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      return `${el.tagName.toLowerCase()}${cls}${el.type && el.tagName === 'INPUT' ? `[type=${el.type}]` : ''} "${name}"`;
    };
    const offenders = [];
    for (const el of document.querySelectorAll(selector)) {
      if (el.type === 'hidden' || inProse(el)) continue;
      // A map marker is exempt by 2.5.8's "equivalent" exception: every map lists the same
      // issues beside it as full-size links.
      if (el.classList.contains('leaflet-interactive')) continue;
      // The skip link is off screen until focused, then large.
      if (el.classList.contains('skip-link')) continue;
      let target = el;
      if (el.type === 'checkbox' || el.type === 'radio') target = el.closest('label') ?? el.labels?.[0] ?? el;
      if (!shown(target) && !shown(el)) continue;
      const box = target.getBoundingClientRect();
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        offenders.push(`${describe(el)} is ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
    }
    return offenders;
  }, MIN_TARGET);
}

/** How much wider than the screen the page is, and the widest elements to blame. */
export function sidewaysScroll(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const over = document.documentElement.scrollWidth - width;
    if (over <= 0) return null;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).trim().split(/\s+/).join('.')}`);
    return `${document.documentElement.scrollWidth} px wide on a ${width} px screen (${culprits.join(', ')})`;
  });
}

/** Every problem the page has, as lines: axe violations always, and on a phone width and targets. */
export async function pageProblems(page) {
  const problems = (await axeViolations(page)).map((line) => `axe: ${line}`);
  const viewport = page.viewportSize();
  if (viewport && viewport.width <= PHONE_MAX_WIDTH) {
    const sideways = await sidewaysScroll(page);
    if (sideways) problems.push(`scrolls sideways: ${sideways}`);
    for (const line of await smallTargets(page)) problems.push(`small target: ${line}`);
  }
  return problems;
}

/**
 * Fails when the page has any problem, listing them all. Waits for the page's data first, so
 * that what is checked is what a person sees once it has loaded.
 */
export async function auditPage(page, where = page.url()) {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  const problems = await pageProblems(page);
  const width = page.viewportSize()?.width;
  assert.deepEqual(
    problems,
    [],
    `${where} at ${width} px has ${problems.length} problem(s):\n${problems.join('\n')}`,
  );
}
