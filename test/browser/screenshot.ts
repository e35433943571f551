/**
 * Makes the README's screenshot: the HTML report of the corpus's whole investigation, opened in
 * chromium, its timeline section photographed. `npm run screenshot -- <out.png>` (default
 * docs/report.png); shrink it with `pngquant --force --output <out.png> <out.png>` when installed.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, ROOT, tempDir } from '../helpers.js';
import { launchOrSkip } from './browser.js';

const out = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'report.png'));
const html = path.join(tempDir('redfix-screenshot-'), 'report.html');
runCli(['--runs', 'corpus/redfix-canon-sweep/input', '-f', 'html', '-o', html]);
const browser = await launchOrSkip('the screenshot');
if (!browser) process.exitCode = 1;
else {
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(pathToFileURL(html).href);
    // The sweep's timeline, then discourse across runs: red under load beside green alone.
    // Moved next to each other for the picture only (the report itself is not changed).
    await page.evaluate(`document.querySelectorAll('figure.run-timeline')[0].after(document.querySelector('figure.recipe-timeline[data-recipe="discourse"]'))`);
    const top = await page.locator('figure.run-timeline').first().boundingBox();
    const moved = await page.locator('figure.recipe-timeline[data-recipe="discourse"]').boundingBox();
    if (!top || !moved) throw new Error('the report has no timeline to photograph');
    const clip = { x: 0, y: top.y - 8, width: 1200, height: moved.y + moved.height - top.y + 16 };
    await page.screenshot({ path: out, fullPage: true, clip });
    console.log(`wrote ${out}`);
  } finally {
    await browser.close();
  }
}
