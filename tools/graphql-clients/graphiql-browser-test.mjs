// GraphiQL as an API user meets it, in Debian's Chromium: open the gateway's /q/graphql-ui/, paste the bearer token
// into Headers, run the README's whole-journey query, see data, open the docs explorer. Screenshots go to
// screenshots/. Needs PARCOURS_TOKEN (./parcours token viewer) and a running platform.
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const base = process.env.GATEWAY_ORIGIN ?? 'http://127.0.0.1:8080';
const token = process.env.PARCOURS_TOKEN;
const shots = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(shots, { recursive: true });
const query = readFileSync(new URL('./operations/whole-journey.graphql', import.meta.url), 'utf8');

// A fresh profile each run (Playwright passes it to Chromium as --user-data-dir).
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'parcours-chromium-')), {
  executablePath: process.env.CHROMIUM ?? execSync('which chromium').toString().trim(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
});
let passed = 0;
let failed = 0;
async function step(name, run) {
  try {
    await run();
    passed++;
    console.log(`ok ${name}`);
  } catch (error) {
    failed++;
    console.error(`not ok ${name}: ${error.message}`);
  }
}

const page = browser.pages()[0] ?? await browser.newPage();

/** Replaces a CodeMirror editor's text as a paste would (typing would auto-close brackets). */
async function setEditor(selector, text) {
  await page.locator(`${selector} .CodeMirror:visible`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

async function responseText() {
  return page.locator('.graphiql-response .CodeMirror').innerText();
}

await step('GraphiQL opens', async () => {
  await page.goto(`${base}/q/graphql-ui/`);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 30_000 });
});

await step('without a token the answer says how to get one', async () => {
  await setEditor('.graphiql-query-editor', '{ personas { totalCount } }');
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.graphiql-response .CodeMirror')?.innerText
    .includes('bearer token'), null, { timeout: 15_000 });
  const text = await responseText();
  if (!text.includes('UNAUTHENTICATED') || !text.includes('./parcours token')) throw new Error(text);
  await page.screenshot({ path: join(shots, 'graphiql-no-token.png') });
});

await step('with the token in Headers the whole journey answers with data', async () => {
  await page.getByText('Headers', { exact: true }).click();
  await setEditor('.graphiql-editor-tool', JSON.stringify({ Authorization: `Bearer ${token}` }));
  await setEditor('.graphiql-query-editor', query);
  const answered = page.waitForResponse(response => response.url().endsWith('/graphql')
    && response.request().method() === 'POST' && response.request().postData()?.includes('WholeJourney'));
  await page.click('.graphiql-execute-button');
  const response = await answered;
  if (response.status() !== 200) throw new Error(`HTTP ${response.status()}: ${await response.text()}`);
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const journey = body.data.journeys.edges[0].node;
  if (!journey.persona?.name || journey.stages.length === 0 || journey.emotionCurve.length === 0) {
    throw new Error(`incomplete journey: ${JSON.stringify(journey).slice(0, 300)}`);
  }
  await page.waitForFunction(name => document.querySelector('.graphiql-response .CodeMirror')?.innerText
    .includes(name), journey.persona.name, { timeout: 15_000 });
  console.log(`  ${journey.name}: persona ${journey.persona.name}, ${journey.stages.length} stages, `
    + `sent as Content-Type "${response.request().headers()['content-type']}"`);
  await page.screenshot({ path: join(shots, 'graphiql-whole-journey.png') });
});

await step('the docs explorer shows the described schema', async () => {
  // GraphiQL asked for the schema when the page opened, before there was a token: fetch it again, as a user does.
  const introspected = page.waitForResponse(response => response.url().endsWith('/graphql')
    && response.request().postData()?.includes('__schema'));
  await page.locator('[aria-label="Re-fetch GraphQL schema"]').click();
  const introspection = await introspected;
  if (introspection.status() !== 200) throw new Error(`introspection: HTTP ${introspection.status()}`);
  await page.locator('[aria-label="Show Documentation Explorer"]').click();
  const explorer = page.locator('.graphiql-doc-explorer');
  await explorer.getByText('Query', { exact: true }).first().click({ timeout: 15_000 });
  await explorer.getByText('journey', { exact: true }).first().waitFor({ timeout: 15_000 });
  await explorer.getByText('journey', { exact: true }).first().click();
  const text = await explorer.innerText();
  if (!/journey/i.test(text) || text.length < 40) throw new Error(`explorer shows: ${text.slice(0, 200)}`);
  await page.screenshot({ path: join(shots, 'graphiql-docs.png') });
});

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
