/**
 * The real browser the HTML report is tested in: Debian's chromium, driven by playwright-core
 * (which downloads nothing). Without the binary the browser tests skip with a reason, except
 * under CI, where a missing browser is a failure (.ci/run installs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseJson } from '../json.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const announced = new Set<string>();

/** The browser, or undefined (with the reason printed once) when there is none and CI is unset. */
export async function launchOrSkip(what: string): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`CI is set but there is no chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
    if (!announced.has(what)) {
      announced.add(what);
      console.log(`  skipped: ${what} — no chromium binary at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    }
    return undefined;
  }
  return chromium.launch({ executablePath: CHROMIUM });
}

/** What a page did that a self-contained report must never do. */
export interface PageWatch {
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

const LOCAL = /^(file|data|about):/;

/**
 * Watches a page for console errors, uncaught exceptions, dialogs and any request that is not
 * the file itself or a data: URL; such a request is also aborted, so nothing leaves the machine.
 */
export async function watch(page: Page): Promise<PageWatch> {
  const seen: PageWatch = { consoleErrors: [], requests: [], dialogs: [] };
  page.on('console', (message) => { if (message.type() === 'error') seen.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => seen.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => { seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`); void dialog.dismiss(); });
  page.on('request', (request) => { if (!LOCAL.test(request.url())) seen.requests.push(request.url()); });
  await page.route('**/*', (route) => (LOCAL.test(route.request().url()) ? route.continue() : route.abort()));
  return seen;
}

/** An axe-core violation: its rule, how serious, and the first elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's own bundle, evaluated in the page (an injected <script> would be refused by the report's CSP). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const json = await page.evaluate<string>(`axe.run(document, { resultTypes: ['violations'] }).then((r) => JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 200)) }))))`);
  return parseJson<AxeViolation[]>(json, 'axe-core violations');
}
