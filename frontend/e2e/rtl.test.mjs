// Right to left: the Arabic page (`?locale=ar`, which sets `<html dir="rtl" lang="ar">`) mirrors
// because no style names a physical side. What is checked is the layout: headings start at the
// right, the neighbourhood page's side column moves to the left on a wide screen, nothing scrolls
// sideways on a phone, and axe finds nothing. The same page in English is the control; screenshots
// of both are kept in /tmp (commonground-rtl-*.png) for a person to look at.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pageProblems } from './audit.mjs';
import {
  BASE_URL,
  DESKTOP,
  MILL_LANE,
  PHONE,
  demoIds,
  openAs,
  sharedBrowser,
  withScreenshots,
} from './helpers.mjs';

const browser = sharedBrowser({ before, after });

/** Where the page's h1 and the neighbourhood page's two columns sit, in CSS pixels. */
const layout = (page) =>
  page.evaluate(() => {
    const box = (selector) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const { left, right } = element.getBoundingClientRect();
      return { left, right };
    };
    const h1 = document.querySelector('h1');
    const range = document.createRange();
    range.selectNodeContents(h1);
    const text = range.getBoundingClientRect();
    return {
      dir: getComputedStyle(document.documentElement).direction,
      width: document.documentElement.clientWidth,
      container: box('main'),
      heading: { left: text.left, right: text.right },
      main: box('.columns__main'),
      side: box('.columns__side'),
    };
  });

async function open(browserInstance, screen, dir, path) {
  const actor = await openAs(browserInstance, `rtl-${dir}-${screen.viewport.width}`, screen);
  await actor.page.goto(`${BASE_URL}${path}?locale=${dir === 'rtl' ? 'ar' : 'en'}`);
  await actor.page.getByRole('heading', { level: 1, name: MILL_LANE }).waitFor();
  await actor.page.locator('.columns__side h2').first().waitFor();
  await actor.page.screenshot({
    path: `/tmp/commonground-rtl-${dir}-${screen.viewport.width}.png`,
    fullPage: true,
  });
  return actor;
}

for (const screen of [PHONE, DESKTOP]) {
  const width = screen.viewport.width;
  test(
    `right to left at ${width} px: the neighbourhood page mirrors, and nothing else changes`,
    { timeout: 60_000 },
    async () => {
      const { millLaneId } = await demoIds();
      const path = `/neighbourhoods/${millLaneId}`;
      const ltr = await open(browser(), screen, 'ltr', path);
      const rtl = await open(browser(), screen, 'rtl', path);
      await withScreenshots(`rtl ${width}`, [ltr, rtl], async () => {
        const left = await layout(ltr.page);
        const right = await layout(rtl.page);
        assert.equal(left.dir, 'ltr');
        assert.equal(right.dir, 'rtl');
        // The heading's text starts at the start side: the left edge of the page's content left to
        // right, its right edge right to left, at the same distance from the edge.
        const ltrInset = left.heading.left - left.container.left;
        const rtlInset = right.container.right - right.heading.right;
        assert.ok(Math.abs(ltrInset - rtlInset) <= 2, `heading insets ${ltrInset} / ${rtlInset}`);
        assert.ok(right.heading.right > right.width / 2, 'the right-to-left heading sits on the right');
        if (width >= 768) {
          // Wide: the side column is beside the main one, at the end side.
          assert.ok(left.side.left > left.main.right, 'left to right, the side column is on the right');
          assert.ok(right.side.right < right.main.left, 'right to left, the side column is on the left');
          assert.ok(Math.abs(left.side.right - left.width + right.side.left) <= 2, 'mirror images');
        }
        for (const actor of [ltr, rtl]) {
          const problems = await pageProblems(actor.page);
          assert.deepEqual(problems, [], `${actor.label}: ${problems.join('\n')}`);
        }
      });
      await ltr.context.close();
      await rtl.context.close();
    },
  );
}
