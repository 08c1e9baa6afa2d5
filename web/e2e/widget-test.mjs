// The website widget on a brand's own site, in Chromium against the running platform (./parcours up): a shop served
// here on another origin loads widget.js from the platform. The survey shows only on the pages, after the event or
// the seconds the script tag names, answered by keyboard in French with the visitor's reference; not again for N
// days; dismissible; the sample; a site the workspace does not list gets nothing; axe-core inside the widget; its
// JavaScript budget. Screenshots to web/target/screenshots/widget-*.png.
import { createServer } from 'node:http';
import { accessibilityProblems, openBrowser, screenshot, sentGzipBytes, shots, signIn } from './browser.mjs';
import { base, graphql, token } from './platform.mjs';
import { check, steps } from './steps.mjs';

const JS_BUDGET = 15 * 1024;
const run = steps(() => browser.page.screenshot({ path: `${shots}widget-failure.png`, fullPage: true }));
const step = run.step;

/** Presses Tab until the focus, inside the widget's shadow root, is on an element matching the selector. */
async function tabInside(selector) {
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.shadowRoot?.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector} in the widget`);
}

const label = (en, fr) => [{ locale: 'en', text: en }, { locale: 'fr', text: fr }];
const editor = await token('editor');
const { createSurvey } = await graphql(editor, `mutation($input: SurveyInput!) { createSurvey(input: $input) { id revision } }`, {
  input: { title: `On the shop ${new Date().toISOString().slice(0, 19)}`, kind: 'CUSTOM', defaultLocale: 'en',
    questions: [
      { id: 'nps', type: 'NPS', required: true, labels: label('How likely are you to recommend us?', 'Recommanderiez-vous notre boutique ?') },
      { id: 'why', type: 'TEXT', required: false, maxLength: 300, labels: label('What could we do better?', 'Que pourrions-nous améliorer ?') },
    ] },
});
const { publishSurvey: survey } = await graphql(editor, `mutation($id: ID!, $r: Int!) {
  publishSurvey(id: $id, expectedRevision: $r) { id publicUrl } }`, { id: createSurvey.id, r: createSurvey.revision });
const responses = async () => (await graphql(editor, `query($f: FeedbackFilter) { feedbackSummary(filter: $f) { responseCount } }`,
  { f: { surveyId: survey.id } })).feedbackSummary.responseCount;

// The brand's shop: every page carries the script tag the survey's screen wrote (the queueing stub first, as a site
// that calls parcours.track early has it), or one with the attributes ?snippet= names.
let screenSnippet = '';
const shop = createServer((request, response) => {
  const url = new URL(request.url, 'http://shop');
  const attributes = url.searchParams.get('snippet');
  const tag = attributes === null ? screenSnippet.replace(/^<!--.*-->$/m, '')
    : `<script src="${base}/widget.js" data-survey="${survey.publicUrl}" ${attributes} async></script>`;
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Boutique</title>
    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
    <body><main><h1>Boutique ${url.pathname}</h1><p>Merci pour votre commande.</p><a href="/next">Suite</a></main>
    <script>window.parcours = window.parcours || { q: [], track(e) { this.q.push(['track', e]); },
      identify(v) { this.q.push(['identify', v]); } };</script>
    ${tag}</body></html>`);
});
await new Promise((resolve) => shop.listen(0, '127.0.0.1', resolve));
const port = shop.address().port;
const allowedOrigin = `http://127.0.0.1:${port}`;
const unlistedOrigin = `http://localhost:${port}`; // the same server, another origin to the browser
const { widgetOrigins: before } = await graphql(editor, '{ widgetOrigins }');
await graphql(editor, 'mutation($o: [String!]!) { setWidgetOrigins(origins: $o) }',
  { o: before.filter((o) => o !== allowedOrigin) });

const browser = await openBrowser();
const page = browser.page;
const warnings = [];
page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
const widget = page.locator('[data-parcours-widget] .widget');
const checkout = (snippet) => `${allowedOrigin}/checkout/done?snippet=${encodeURIComponent(snippet)}`;
const EVENT = 'data-pages="/checkout/*" data-event="checkout" data-lang="fr"';

await step('on the survey\'s screen an editor allows the shop\'s site (a wrong address refused by name) and gets the script tag', async () => {
  await signIn(page, 'editor', `${base}/?view=survey&id=${survey.id}`);
  const panel = page.locator('section[aria-labelledby=widget-title]');
  await panel.waitFor();
  await panel.getByLabel('Site address').fill(`${allowedOrigin}/shop`);
  await panel.getByRole('button', { name: 'Add' }).click();
  await panel.getByText('must be a web origin').waitFor();
  check((await panel.textContent()).includes(`origins[${before.length}]`), 'the refusal names the field');
  await panel.getByLabel('Site address').fill(allowedOrigin);
  await panel.getByRole('button', { name: 'Add' }).click();
  await panel.locator('.origins code', { hasText: allowedOrigin }).waitFor();
  await panel.getByLabel(/^Pages/).fill('/checkout/*');
  await panel.getByLabel(/^Event that shows it/).fill('checkout');
  await panel.getByLabel(/^Not again for/).fill('30');
  screenSnippet = await panel.getByRole('textbox', { name: 'Script tag for this survey' }).inputValue();
  check(screenSnippet.includes(`data-survey="${survey.publicUrl}"`) && screenSnippet.includes('data-pages="/checkout/*"')
    && screenSnippet.includes('data-event="checkout"') && screenSnippet.includes("parcours.track('checkout')"), screenSnippet);
  const problems = await accessibilityProblems(page);
  check(problems.length === 0, problems.join('; '));
  await screenshot(page, 'widget-00-survey-screen');
});

await step('widget.js is at most 15 kB of JavaScript (gzip)', async () => {
  const size = await sentGzipBytes(`${base}/widget.js`);
  console.log(`  widget.js: ${(size / 1024).toFixed(1)} kB gzip`);
  check(size <= JS_BUDGET, `${size} bytes`);
});

await step('on a page the snippet does not name, the event shows nothing', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${allowedOrigin}/catalogue`);
  await page.waitForFunction(() => typeof window.parcours?.track === 'function' && !window.parcours.q);
  await page.evaluate(() => window.parcours.track('checkout'));
  await page.waitForTimeout(1500); // a widget that should not come: nothing to wait for but time
  check(await widget.count() === 0, 'no widget off the checkout pages');
});

await step('with the screen\'s tag on the checkout page, parcours.track("checkout") called before the script loaded shows it', async () => {
  await page.goto(`${allowedOrigin}/checkout/done`);
  await page.evaluate(() => window.parcours.track('checkout'));
  await widget.waitFor();
  check((await widget.textContent()).includes('How likely are you to recommend us?'), 'in the browser\'s language');
  await page.evaluate(() => localStorage.clear());
});

await step('in French (data-lang), with the visitor named by parcours.identify', async () => {
  await page.goto(checkout(EVENT));
  await page.evaluate(() => { window.parcours.identify('shop-visitor-7'); window.parcours.track('checkout'); });
  await widget.waitFor();
  check((await widget.textContent()).includes('Recommanderiez-vous notre boutique'), 'the French question');
  check(await widget.getAttribute('role') === 'dialog', 'a labelled dialog');
  const problems = await accessibilityProblems(page);
  check(problems.length === 0, problems.join('; '));
  await screenshot(page, 'widget-01-phone');
});

await step('answered by keyboard alone: Tab to the scale, arrows, Enter; the thank-you, the response counted', async () => {
  const before = await responses();
  await tabInside('input[type=radio]');
  await page.keyboard.press('ArrowRight'); // 0 → 1 … a radio group moves and checks with the arrows
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await widget.getByRole('textbox').waitFor();
  await widget.getByRole('textbox').fill('Plus de tailles');
  await tabInside('button.primary');
  await page.keyboard.press('Enter');
  await widget.getByText('Merci !').waitFor();
  await screenshot(page, 'widget-02-thanks');
  check(await responses() === before + 1, 'one more response');
});

await step('not again for 30 days in this browser, on any page', async () => {
  await page.goto(checkout(EVENT));
  await page.evaluate(() => window.parcours.track('checkout'));
  await page.waitForTimeout(1500);
  check(await widget.count() === 0, 'quiet after it was shown');
});

await step('after the seconds on a page it shows by itself; Escape dismisses it, and it stays away', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => localStorage.clear());
  const started = Date.now();
  await page.goto(checkout('data-pages="/checkout/*" data-seconds="2"'));
  await widget.waitFor();
  check(Date.now() - started >= 2000, 'not before 2 seconds');
  await screenshot(page, 'widget-03-desktop');
  await widget.getByRole('radio', { name: '6' }).focus();
  await page.keyboard.press('Escape');
  check(await widget.count() === 0, 'dismissed');
  await page.reload();
  await page.waitForTimeout(3000);
  check(await widget.count() === 0, 'not again after dismissing');
});

await step('a 0 % sample never shows it', async () => {
  await page.evaluate(() => localStorage.clear());
  await page.goto(checkout('data-seconds="0" data-sample="0"'));
  await page.waitForTimeout(1500);
  check(await widget.count() === 0, 'outside the sample');
});

await step('a site the workspace does not list gets nothing, and its developer a console warning', async () => {
  const before = await responses();
  warnings.length = 0;
  await page.goto(`${unlistedOrigin}/checkout/done?snippet=${encodeURIComponent('data-seconds="0"')}`);
  for (let i = 0; i < 30 && !warnings.some((w) => w.includes('Parcours widget')); i++) await page.waitForTimeout(100);
  check(await widget.count() === 0, 'no widget');
  check(warnings.some((w) => w.includes('widget origins')), `the warning: ${warnings.join(' | ')}`);
  check(await responses() === before, 'nothing stored');
});

await browser.context.close();
await graphql(editor, 'mutation($o: [String!]!) { setWidgetOrigins(origins: $o) }', { o: before });
shop.close();
if (run.failed) process.exit(1);
console.log('widget test passed');
