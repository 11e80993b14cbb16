// Renders public/icon.svg into the PNG icons the web app manifest names (192 and 512 pixels),
// with the Chromium the e2e tests use: `node scripts/make-icons.mjs`. The PNGs are committed, so
// a build needs no browser; run this again only when the icon changes. The artwork keeps to the
// middle 80 % (the "safe zone"), so one image serves as both a plain and a maskable icon.
import { readFile, writeFile } from 'node:fs/promises';
import { launchBrowser } from '../e2e/helpers.mjs';

const here = new URL('../public/', import.meta.url);
const svg = await readFile(new URL('icon.svg', here), 'utf8');
const browser = await launchBrowser();
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await writeFile(new URL(`icon-${size}.png`, here), await page.screenshot({ type: 'png' }));
    await page.close();
  }
} finally {
  await browser.close();
}
