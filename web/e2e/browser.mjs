// Debian's Chromium driven by playwright-core: each browser with a fresh profile, signed in on Keycloak's own
// login page; axe-core on each screen; screenshots to target/screenshots/.
import { execSync } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { base } from './platform.mjs';

export const shots = new URL('../target/screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const executablePath = process.env.CHROMIUM ?? execSync('which chromium').toString().trim();

/** A new browser (its own --user-data-dir), its page, and the GraphQL requests that page sends. */
export async function openBrowser() {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parcours-web-')), {
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1500, height: 950 },
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const graphqlRequests = [];
  page.on('request', (request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
    graphqlRequests.push(request);
    if (process.env.PARCOURS_WEB_DEBUG) console.log(`graphql: ${request.postData()?.slice(0, 160)}`);
  });
  return { context, page, graphqlRequests };
}

/** Keycloak's login form, as a person fills it; back in the app when the header shows the user. */
export async function signIn(page, user, url = `${base}/`) {
  await page.goto(url);
  await page.waitForSelector('#username', { timeout: 30_000 });
  await page.fill('#username', user);
  await page.fill('#password', user);
  await page.click('#kc-login');
  await page.waitForSelector('.app-header .who', { timeout: 30_000 });
}

/** Serious and critical axe-core violations of the page as it is now. */
export async function accessibilityProblems(page) {
  await page.addScriptTag({ path: axeSource });
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

export async function screenshot(page, name) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/**
 * What the gateway sends of a file to a browser that accepts gzip: the bytes on the wire (not the file's size
 * compressed here), and a failure if it is sent uncompressed.
 */
export function sentGzipBytes(url) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client.get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => { bytes += chunk.length; });
      response.on('end', () => (response.headers['content-encoding'] === 'gzip' ? resolve(bytes)
        : reject(new Error(`${url} is sent without compression (${bytes} bytes)`))));
    }).on('error', reject);
  });
}
