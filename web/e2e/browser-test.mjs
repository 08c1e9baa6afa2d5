// The web app as CX teams use it, in a real browser against the running platform (./parcours up): sign-in on
// Keycloak's page, journeys, personas, the map from one request, editing, scores after REST submissions,
// export, share, roles, workspaces, a concurrent edit, budgets and accessibility. Prints one line per check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { accessibilityProblems, openBrowser, screenshot, sentGzipBytes, shots, signIn } from './browser.mjs';
import { base, gatewayGraphQLRequests, graphql, submitResponse, token } from './platform.mjs';
import { clippingProblems, stickyProblems } from './map-layout.mjs';
import { readCsv, readDeck } from './map-documents.mjs';
import { check, steps } from './steps.mjs';

const JS_BUDGET = 60 * 1024;
const RENDER_BUDGET_MS = 500;
const LARGE_RENDER_BUDGET_MS = 1500;
const results = [];
const run = steps(() => page.screenshot({ path: join(shots, 'failure.png'), fullPage: true }));
const step = run.step;
/** A labelled control: inside the open dialog when there is one, on the page otherwise. */
async function field(on, name, options = {}) {
  const dialog = on.locator('dialog[open]');
  return ((await dialog.count()) ? dialog : on).getByLabel(name, options);
}
async function noAccessibilityProblems(page, screen) {
  const problems = await accessibilityProblems(page);
  check(problems.length === 0, `${screen}: ${problems.join('; ')}`);
}

rmSync(join(shots, 'failure.png'), { force: true });
const journeyName = `Browser test ${new Date().toISOString().slice(0, 19)}`;
const editor = await openBrowser();
const page = editor.page;
// Every script the first load runs from the gateway (before and after the sign-in redirect), by URL; and every
// image that did not load (the demo's persona photos included: the platform keeps them).
const scripts = new Set();
const brokenImages = [];
page.on('response', (response) => {
  if (response.request().resourceType() === 'image' && response.status() >= 400) brokenImages.push(response.url());
});
page.on('requestfailed', (request) => {
  if (request.resourceType() === 'image') brokenImages.push(request.url());
});
page.on('response', (response) => {
  if (response.request().resourceType() === 'script' && response.url().startsWith(base)) scripts.add(response.url());
});

await step('editor signs in on Keycloak\'s login page and lands on the journeys', async () => {
  await signIn(page, 'editor');
  await page.waitForSelector('table.list tbody tr');
  check((await page.textContent('.who')).includes('editor'), 'the header names the user');
  await screenshot(page, '01-journeys');
  await noAccessibilityProblems(page, 'journeys');
});

await step(`first load: JavaScript ≤ ${JS_BUDGET / 1024} kB gzip`, async () => {
  const firstLoad = [...scripts];
  const sizes = await Promise.all(firstLoad.map(sentGzipBytes));
  const total = sizes.reduce((a, b) => a + b, 0);
  results.push(['JavaScript on first load (gzip)', `${(total / 1024).toFixed(1)} kB in ${sizes.length} files`,
    `≤ ${JS_BUDGET / 1024} kB`]);
  check(sizes.length > 0 && total <= JS_BUDGET, `${total} bytes in ${firstLoad.join(', ')}`);
});

await step('journeys filter by map type', async () => {
  const all = await page.locator('table.list tbody tr').count();
  await (await field(page, 'Map type', { exact: true })).selectOption('FUTURE_STATE');
  await page.waitForFunction((n) => document.querySelectorAll('table.list tbody tr').length < n, all);
  const types = await page.locator('table.list tbody tr td:nth-child(3)').allTextContents();
  check(types.length > 0 && types.every((type) => type === 'Future state'), types.join());
  await (await field(page, 'Map type', { exact: true })).selectOption('');
});

await step('journeys: search by part of the name, ignoring case', async () => {
  // The demo has journeys of other names: the list is searched once every row names a grocery order.
  await (await field(page, 'Search', { exact: true })).fill('GROCERY');
  await page.waitForFunction(() => {
    const names = [...document.querySelectorAll('table.list tbody tr td:first-child')].map((td) => td.textContent);
    return names.length > 0 && names.every((name) => name.toLowerCase().includes('grocery'));
  });
  await (await field(page, 'Search', { exact: true })).fill('');
  await page.waitForFunction(() => [...document.querySelectorAll('table.list tbody tr td:first-child')]
    .some((td) => !td.textContent.toLowerCase().includes('grocery')));
});

await step('personas: list, search, card with journeys', async () => {
  await page.click('nav >> text=Personas');
  await page.waitForSelector('.persona-card');
  const all = await page.locator('.persona-card').count();
  const first = await page.locator('.persona-card h2').first().textContent();
  await (await field(page, 'Search', { exact: true })).fill(first.slice(0, 5));
  await page.waitForFunction((name) => [...document.querySelectorAll('.persona-card h2')]
    .every((h) => h.textContent.startsWith(name)), first.slice(0, 5));
  check(await page.locator('.persona-card').count() <= all, 'search narrows the list');
  await screenshot(page, '02-personas');
  await noAccessibilityProblems(page, 'personas');
  await page.click(`.persona-card h2 >> text=${first}`);
  await page.waitForSelector('#persona-name');
  check(await page.locator('.persona section >> text=Journeys of this persona').count() === 1, 'journeys section');
  await screenshot(page, '03-persona');
  await noAccessibilityProblems(page, 'persona card');
});

await step('editor creates a persona', async () => {
  await page.click('nav >> text=Personas');
  await page.click('text=New persona');
  await (await field(page, 'Name', { exact: true })).fill('Browser Bea');
  await (await field(page, 'Title', { exact: true })).fill('Weekend shopper');
  await (await field(page, /^Goals/)).fill('Find it fast\nPay less');
  await page.getByRole('checkbox', { name: 'Mobile app' }).check();
  await page.click('dialog >> button[type=submit]');
  await page.waitForSelector('#persona-name >> text=Browser Bea');
  check((await page.locator('.persona-grid li').allTextContents()).includes('Pay less'), 'goals shown');
});

await step('editor uploads the persona\'s photo: kept by the platform, shown, a GIF refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-photo-'));
  const photo = join(dir, 'bea.png');
  writeFileSync(photo, readFileSync(new URL('../../tools/local-stack/src/main/resources/demo/photos/sofia.png', import.meta.url)));
  await page.setInputFiles('input[type=file][accept^="image/"]', photo);
  await page.waitForFunction(() => {
    const image = document.querySelector('.persona .toolbar img.avatar');
    return image?.complete && image.naturalWidth > 0 && image.getAttribute('src').startsWith('/api/v1/persona-photos/');
  });
  const gif = join(dir, 'bea.gif');
  writeFileSync(gif, Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
  await page.setInputFiles('input[type=file][accept^="image/"]', gif);
  await page.waitForSelector('.error >> text=must be sent as image/png, image/jpeg or image/webp');
  await screenshot(page, '03c-persona-photo');
});

let journeyUrl;
await step('editor creates a journey from the purchase-and-use template', async () => {
  await page.click('nav >> text=Journeys');
  await page.click('text=New journey');
  await (await field(page, 'Journey name', { exact: true })).fill(journeyName);
  await (await field(page, 'Persona', { exact: true })).selectOption({ label: 'Browser Bea' });
  await (await field(page, 'Stages from', { exact: true })).selectOption('PURCHASE_LOOP');
  await noAccessibilityProblems(page, 'new journey dialog');
  await page.click('dialog >> button[type=submit]');
  await page.waitForSelector(`#map-title >> text=${journeyName}`);
  journeyUrl = page.url();
  check(await page.locator('.stage-header').count() >= 3, 'the template\'s stages');
  check((await page.textContent('.map-header')).includes('No responses yet'), 'the empty state says what to do');
});

const stageNames = async () => page.locator('.stage-header h2').allTextContents();
/** Chooses an export from the map's Export menu. */
async function exportAs(name) {
  await page.click('.export-menu > summary');
  await page.click(`.export-menu button:text-is("${name}")`);
}
async function addTouchpoint(stage, name, emotion, channel) {
  await page.click(`button[aria-label="Add touchpoint: ${stage}"]`);
  await (await field(page, 'Touchpoint name', { exact: true })).fill(name);
  await (await field(page, 'Channel', { exact: true })).selectOption(channel);
  await (await field(page, /^Designed emotion/)).fill(String(emotion));
  await (await field(page, /^Pain points/)).fill(`${name} is slow`);
  await page.click('dialog >> button[type=submit]');
  await page.waitForSelector(`[data-touchpoint="${name}"]`);
}

await step('editor adds, renames, moves and removes stages', async () => {
  await page.click('.map-toolbar >> text=Add stage');
  await (await field(page, 'Stage name', { exact: true })).fill('Referral');
  await page.click('dialog >> button[type=submit]');
  await page.waitForSelector('.stage-header h2 >> text=Referral');
  await page.click('button[aria-label="Rename stage: Referral"]');
  await (await field(page, 'Stage name', { exact: true })).fill('Referral club');
  await page.click('dialog >> button[type=submit]');
  await page.waitForSelector('.stage-header h2 >> text=Referral club');
  const before = await stageNames();
  await page.click('button[aria-label="Move left: Referral club"]');
  await page.waitForFunction((n) => document.querySelectorAll('.stage-header h2')[n - 2]?.textContent === 'Referral club',
    before.length);
  await page.click('button[aria-label="Remove stage: Referral club"]');
  await page.click('dialog button.danger');
  await page.waitForFunction(() => ![...document.querySelectorAll('.stage-header h2')]
    .some((h) => h.textContent === 'Referral club'));
  check(JSON.stringify(await stageNames()) === JSON.stringify(before.filter((n) => n !== 'Referral club')),
    'the other stages kept their order');
});

await step('a stage name already on the map is refused, naming that stage', async () => {
  const before = await stageNames();
  await page.click('.map-toolbar >> text=Add stage');
  await (await field(page, 'Stage name', { exact: true })).fill(` ${before[0].toUpperCase()} `);
  await page.click('dialog >> button[type=submit]');
  await page.waitForSelector('dialog .error >> text=must differ from the journey\'s other stages');
  check((await page.textContent('dialog .error')).includes(`"${before[0]}" is stage 1`),
    await page.textContent('dialog .error'));
  await page.click('dialog >> button:text-is("Cancel")');
  check(JSON.stringify(await stageNames()) === JSON.stringify(before), 'no stage added');
});

await step('editor describes, publishes and duplicates the journey in its details', async () => {
  const openDetails = async () => {
    await page.click('.map-toolbar >> text=Journey details');
    await page.waitForSelector('dialog >> text=Name of the copy');
  };
  await openDetails();
  check(await page.locator('dialog >> text=Delete this journey').count() === 0, 'an editor deletes no journey');
  await screenshot(page, '03b-journey-details');
  await noAccessibilityProblems(page, 'journey details dialog');
  await (await field(page, 'Description', { exact: true })).fill('Bought online, used at home');
  await page.click('dialog >> button:text-is("Save")');
  // The map reloads with the saved details: the description under its title.
  await page.waitForSelector('.map-header >> text=Bought online, used at home');
  await openDetails();
  await page.click('dialog >> button:text-is("Publish")');
  await page.waitForSelector('dialog', { state: 'detached' });
  const journeyId = new URL(journeyUrl).searchParams.get('id');
  const status = async () => (await graphql(await token('viewer'), 'query($u: ID!) { journey(id: $u) { status } }',
    { u: journeyId })).journey.status;
  check(await status() === 'PUBLISHED', 'published');
  await page.reload();
  await openDetails();
  await page.waitForSelector('dialog >> text=Status: Published');
  check(await page.locator('dialog >> button:text-is("Publish")').count() === 0, 'published: archive or back to draft');
  check(await (await field(page, 'Name of the copy', { exact: true })).inputValue() === `${journeyName} (copy)`,
    'the copy is named after the journey');
  await (await field(page, 'Name of the copy', { exact: true })).fill(`${journeyName} B`);
  const stagesOfOriginal = await stageNames();
  await page.click('dialog >> button:text-is("Duplicate")');
  await page.waitForFunction((name) => document.querySelector('#map-title')?.textContent === name, `${journeyName} B`);
  check(!page.url().includes(journeyId), 'the copy is a journey of its own');
  check(JSON.stringify(await stageNames()) === JSON.stringify(stagesOfOriginal), 'the copy has the same stages');
  await page.goto(journeyUrl);
  await page.waitForFunction((name) => document.querySelector('#map-title')?.textContent === name, journeyName);
});

let stages;
await step('editor adds touchpoints with emotions; the designed curve is drawn', async () => {
  stages = await stageNames();
  await addTouchpoint(stages[0], 'Product page', 2, 'WEBSITE');
  await addTouchpoint(stages[1], 'Checkout', 1, 'WEBSITE');
  await addTouchpoint(stages[1], 'Delivery email', 0, 'EMAIL');
  const designed = await page.getAttribute('.emotion-chart path.designed', 'd');
  check(designed && designed.split(/[ML]/).filter(Boolean).length === 3, `designed curve: ${designed}`);
  check(await page.getAttribute('.emotion-chart path.measured', 'd') === '', 'no measured curve before responses');
});

await step('edit controls show on hover and keyboard focus, not at rest', async () => {
  const [first] = await stageNames();
  const opacity = (selector) => page.$eval(selector, (element) => getComputedStyle(element).opacity);
  await page.mouse.move(0, 0);
  check(await opacity('.stage-tools') === '0' && await opacity('.touchpoint .edit') === '0',
    'stage tools and Edit hidden at rest');
  await page.focus(`button[aria-label="Rename stage: ${first}"]`);
  check(await opacity('.stage-tools') === '1', 'stage tools shown while one of them has the keyboard focus');
  await page.hover('.touchpoint');
  check(await opacity('.touchpoint .edit') === '1', 'Edit shown on the hovered touchpoint');
  await page.mouse.move(0, 0);
});

await step('a touchpoint moves by drag and drop, and by keyboard in its dialog', async () => {
  const target = stages[2];
  await page.dragAndDrop('[data-touchpoint="Delivery email"]', `.stage-header[data-stage="${target}"]`);
  const journeyId = new URL(journeyUrl).searchParams.get('id');
  const stored = async () => (await graphql(await token('viewer'), `query($u: ID!) { journey(id: $u) {
    stages { id name touchpoints { name } } } }`, { u: journeyId })).journey.stages;
  // The map shows the card in its new stage once it has reloaded (before that, its Edit dialog would hold the
  // touchpoint as it was, and saving would rightly be a conflict).
  const onScreenIn = (stageId) => page.waitForSelector(`[data-touchpoint="Delivery email"][data-stage-id="${stageId}"]`);
  let now = await stored();
  check(now[2].touchpoints.some((tp) => tp.name === 'Delivery email'), `dropped on ${target}: ${JSON.stringify(now)}`);
  await onScreenIn(now[2].id);
  // The keyboard way: the Edit dialog's Stage field.
  await page.focus('button[aria-label="Edit touchpoint: Delivery email"]');
  await page.keyboard.press('Enter');
  await (await field(page, 'Stage', { exact: true })).selectOption({ label: stages[1] });
  await page.keyboard.press('Tab');
  await page.click('dialog >> button[type=submit]');
  await page.waitForSelector('dialog', { state: 'detached' });
  now = await stored();
  check(now[1].touchpoints.map((tp) => tp.name).join() === 'Checkout,Delivery email', JSON.stringify(now));
  await onScreenIn(now[1].id);
});

let surveyId;
await step('editor adds a CSAT survey from the template; REST responses change the scores after reload', async () => {
  await page.click('button[aria-label="Edit touchpoint: Checkout"]');
  await (await field(page, 'Surveys', { exact: true })).selectOption('CSAT');
  await noAccessibilityProblems(page, 'touchpoint dialog');
  await page.click('dialog >> text=Add survey');
  await page.waitForSelector('dialog', { state: 'detached' });
  await page.waitForSelector('[data-touchpoint="Checkout"] .surveys >> text=CSAT');
  const id = new URL(journeyUrl).searchParams.get('id');
  const surveys = await graphql(await token('viewer'), `query($j: ID) { surveys(journeyId: $j) { edges { node { id kind status questions { id } } } } }`, { j: id });
  const survey = surveys.surveys.edges[0].node;
  check(survey.kind === 'CSAT' && survey.status === 'ACTIVE', JSON.stringify(survey));
  surveyId = survey.id;
  const collector = await token('collector');
  for (const score of [1, 2, 2]) await submitResponse(collector, surveyId, survey.questions[0].id, score);
  await page.reload();
  await page.waitForSelector('[data-touchpoint="Checkout"] .score.bad');
  const badge = await page.textContent('[data-touchpoint="Checkout"] .score');
  // CSAT is the share of answers 4–5: none of 1, 2, 2.
  check(badge.includes('CSAT') && badge.includes('0 %') && badge.includes('n=3'), `badge: ${badge}`);
  const measured = await page.getAttribute('.emotion-chart path.measured', 'd');
  check(measured && measured.startsWith('M'), 'the measured curve is drawn');
  check(await page.locator('.emotion-chart .gap').count() === 1, 'the gap at Checkout is marked');
  check((await page.textContent('.scores')).includes('n=3'), 'the journey header counts the responses');
  await screenshot(page, '04-map-edited');
  // The emotion scale stands in the lane's label, level with the chart, in words.
  const [scaleTop, chartTop] = await page.evaluate(() => ['.emotion-scale', '.emotion-chart']
    .map((selector) => document.querySelector(selector).getBoundingClientRect().top));
  check(Math.abs(scaleTop - chartTop) <= 1, `scale at ${scaleTop}, chart at ${chartTop}`);
  const scale = await page.textContent('.emotion-scale');
  check(['Very positive', '+2', 'Neutral', 'Very negative', '−2'].every((word) => scale.includes(word)), scale);
  await noAccessibilityProblems(page, 'map');
});

await step('a date range applies to scores and is in the URL; the trend opens on click', async () => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await page.fill('input[name=from]', tomorrow);
  await page.click('.range >> text=Apply');
  await page.waitForFunction(() => location.search.includes('from='));
  await page.waitForFunction(() => document.querySelector('[data-touchpoint="Checkout"] .score')?.textContent
    .includes('n=0'));
  await page.click('.range >> text=All time');
  await page.waitForFunction(() => document.querySelector('[data-touchpoint="Checkout"] .score')?.textContent
    .includes('n=3'));
  await page.click('[data-touchpoint="Checkout"] .score');
  await page.waitForSelector('dialog .trend-chart circle');
  // The CSAT trend: its unit on the value axis, dates on the time axis.
  const axis = await page.locator('dialog .trend-chart text').allTextContents();
  check(axis.includes('0 %') && axis.includes('100 %') && axis.some((text) => /^[A-Z][a-z]{2} \d{1,2}$/.test(text)),
    `axis: ${axis.join(' | ')}`);
  await screenshot(page, '05-trend');
  await noAccessibilityProblems(page, 'trend dialog');
  await page.click('dialog >> text=Close');
});

await step('the map updates live when a response arrives, its alert shows, and the inbox follows it up', async () => {
  const journeyId = new URL(journeyUrl).searchParams.get('id');
  await graphql(await token('editor'), `mutation($in: AlertRuleInput!) { createAlertRule(input: $in) { id } }`,
    { in: { name: 'Unhappy at checkout', kind: 'LOW_CSAT', journeyId } });
  const surveys = await graphql(await token('viewer'), `query($id: ID!) { survey(id: $id) { questions { id } } }`,
    { id: surveyId });
  // The map is open on all-time scores (3 responses); no reload from here on.
  await page.waitForTimeout(500);
  await submitResponse(await token('collector'), surveyId, surveys.survey.questions[0].id, 1);
  await page.waitForFunction(() => document.querySelector('[data-touchpoint="Checkout"] .score')?.textContent
    .includes('n=4'), null, { timeout: 10_000 });
  await page.waitForSelector('.live-note');
  const notice = await (await page.waitForSelector('.live-alert', { timeout: 10_000 })).textContent();
  check(notice.includes('Low CSAT') && notice.includes('Checkout') && notice.includes('answered 1'), `notice: ${notice}`);
  await screenshot(page, '05b-live-alert');
  await noAccessibilityProblems(page, 'map with a live alert');
  await page.click('.live-alert >> text=See the alerts');
  // Grouped by rule and place first: this rule's group at Checkout, one open alert.
  // (A run before this one against the same platform may have left its own rule's group: the journey tells them apart.)
  const group = page.locator('table.alerts.grouped tbody tr', { hasText: 'Unhappy at checkout' })
    .filter({ hasText: `Checkout · ${journeyName}` });
  await group.waitFor();
  check((await group.locator('.counts').textContent()).replace(/\s/g, '') === '1·0·0', await group.textContent());
  await screenshot(page, '05c-alert-groups');
  await noAccessibilityProblems(page, 'grouped alert inbox');
  await group.locator('text=Show them').click();
  const row = page.locator('table.alerts:not(.grouped) tbody tr', { hasText: 'Unhappy at checkout' });
  await row.waitFor();
  check(await page.locator('table.alerts:not(.grouped) tbody tr').count() === 1, 'the group\'s one alert');
  await row.locator('text=Acknowledge').click();
  await page.waitForFunction(() => !document.querySelector('table.alerts')?.textContent.includes('Unhappy at checkout'));
  await (await field(page, 'State')).selectOption('ACKNOWLEDGED');
  await page.waitForSelector('table.alerts >> text=Unhappy at checkout');
  check((await row.textContent()).includes('editor'), `assigned to the editor: ${await row.textContent()}`);
  check((await row.textContent()).includes(`Checkout · ${journeyName}`), `where: ${await row.textContent()}`);
  await screenshot(page, '05c-alert-inbox');
  await noAccessibilityProblems(page, 'alert list');
  await row.locator('button >> text=Close').click();
  await (await field(page, 'State')).selectOption('CLOSED');
  await page.waitForSelector('table.alerts >> text=Unhappy at checkout');

  // Two more unhappy answers: their group, found by kind and journey, is closed at once.
  for (let i = 0; i < 2; i++) {
    await submitResponse(await token('collector'), surveyId, surveys.survey.questions[0].id, 1);
  }
  await page.selectOption('select[name=view]', 'grouped');
  await (await field(page, 'State')).selectOption('OPEN');
  await page.selectOption('select[name=kind]', 'LOW_CSAT');
  await page.selectOption('select[name=journey]', { label: journeyName });
  await page.waitForFunction(() => {
    const counts = [...document.querySelectorAll('table.alerts.grouped .counts')];
    return counts.length === 1 && counts[0].textContent.replace(/\s/g, '') === '2·0·0';
  }, null, { timeout: 15_000 });
  const kinds = await page.locator('table.alerts.grouped tbody tr td:nth-child(2)').allTextContents();
  check(kinds.length === 1 && kinds[0].startsWith('Low CSAT'), `filtered groups: ${kinds}`);
  await page.locator('table.alerts.grouped tbody tr input[type=checkbox]').check();
  await page.click('text=Close the selected (1)');
  await page.waitForSelector('.live-note >> text=2 alert(s) updated.');
  await page.waitForSelector('text=No alert here.');
  await page.selectOption('select[name=kind]', '');
  await page.selectOption('select[name=journey]', '');

  // The rules under the inbox: the rule made above is listed; a score-drop rule is refused, added, switched off, deleted.
  // By its journey too: a platform the test ran against before keeps that run's rule of the same name.
  check(await page.locator('table.rules tr[data-rule="Unhappy at checkout"]', { hasText: journeyName }).count() === 1,
    'the rule is listed with its journey');
  const dropRule = `Drop ${journeyName}`;
  await (await field(page, 'Rule name', { exact: true })).fill(dropRule);
  await page.selectOption('form.rule-form select >> nth=0', 'SCORE_DROP');
  await (await field(page, 'Drop of at least (points)', { exact: true })).fill('0');
  await page.click('form.rule-form >> text=Add the rule');
  await page.waitForSelector('form.rule-form .error >> text=minimumDrop');
  await (await field(page, 'Drop of at least (points)', { exact: true })).fill('15');
  await page.click('form.rule-form >> text=Add the rule');
  const drop = page.locator(`table.rules tr[data-rule="${dropRule}"]`);
  await drop.waitFor();
  check((await drop.textContent()).includes('NPS down 15 points over 7 days'), await drop.textContent());
  await drop.locator('text=Switch off').click();
  await page.waitForFunction((name) => document.querySelector(`table.rules tr[data-rule="${name}"]`)?.textContent
    .includes('Switch on'), dropRule);
  await screenshot(page, '05d-alert-rules');
  await noAccessibilityProblems(page, 'alert rules');
  await drop.locator('button.danger').click();
  await drop.waitFor({ state: 'detached' });
  await page.goto(journeyUrl);
  await page.waitForSelector('[data-touchpoint="Checkout"] .score');
});

await step('export PNG (size checked) and PDF (rendered with pdftoppm, the name in its text)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parcours-export-'));
  const [png] = await Promise.all([page.waitForEvent('download'), exportAs('Export PNG')]);
  const pngPath = join(dir, 'map.png');
  await png.saveAs(pngPath);
  const header = readFileSync(pngPath);
  const width = header.readUInt32BE(16);
  const height = header.readUInt32BE(20);
  check(header.toString('latin1', 1, 4) === 'PNG' && width >= 1200 && height >= 600,
    `PNG ${width}×${height}, ${statSync(pngPath).size} bytes`);
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), exportAs('Export PDF')]);
  const pdfPath = join(dir, 'map.pdf');
  await pdf.saveAs(pdfPath);
  execFileSync('pdftoppm', ['-r', '40', '-png', pdfPath, join(dir, 'page')]);
  const pages = execFileSync('ls', [dir]).toString().split('\n').filter((f) => f.startsWith('page'));
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString();
  check(pages.length >= 1, 'at least one page');
  check(text.includes(journeyName) && text.includes('All time'), `PDF text: ${text.slice(0, 200)}`);
  const size = execFileSync('pdfinfo', [pdfPath]).toString().match(/Page size:\s+([\d.]+) x ([\d.]+)/);
  check(size && Math.round(size[1]) === 1191 && Math.round(size[2]) === 842, `A3 landscape: ${size?.[0]}`);
  execFileSync('cp', [join(dir, pages[0]), join(shots, '06-pdf-page-1.png')]);
});

await step('the share link opens the same map and range after sign-in, in a fresh browser', async () => {
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await page.fill('input[name=from]', from);
  await page.click('.range >> text=Apply');
  await page.waitForFunction(() => location.search.includes('from='));
  await page.click('text=Share link');
  const link = await page.inputValue('input[name=share-link]');
  check(link.includes(`from=${from}`), link);
  const fresh = await openBrowser();
  try {
    await signIn(fresh.page, 'viewer', link);
    await fresh.page.waitForSelector(`#map-title >> text=${journeyName}`);
    check((await fresh.page.inputValue('input[name=from]')) === from, 'the range came along');
    check(fresh.page.url() === link, `${fresh.page.url()} ≠ ${link}`);
  } finally {
    await fresh.context.close();
  }
});

await step('one GraphQL request per map view, counted in the browser and at the gateway', async () => {
  const before = editor.graphqlRequests.length;
  const atGateway = await gatewayGraphQLRequests();
  await page.reload();
  await page.waitForSelector('[data-touchpoint="Checkout"]');
  await page.waitForTimeout(500);
  const fromBrowser = editor.graphqlRequests.length - before;
  const served = await gatewayGraphQLRequests() - atGateway;
  results.push(['GraphQL requests per map view', `${fromBrowser} (browser), ${served} (gateway)`, '1']);
  check(fromBrowser === 1 && served === 1, `browser ${fromBrowser}, gateway ${served}`);
});

await step('French UI', async () => {
  await (await field(page, 'Language', { exact: true })).selectOption('fr');
  await page.waitForSelector('text=Actions du client');
  check((await page.textContent('nav')).includes('Parcours clients'), 'navigation in French');
  await screenshot(page, '07-map-fr');
  await noAccessibilityProblems(page, 'map in French');
  await (await field(page, 'Langue', { exact: true })).selectOption('en');
});

await step('derive a future state, change it, and compare: rows aligned, changes marked, emotion deltas', async () => {
  await page.click('text=Derive future state');
  await page.waitForSelector('.compare-table');
  const unchanged = await page.locator('tr.pair').count();
  check(unchanged >= 2 && await page.locator('tr.pair[data-change=unchanged]').count() === unchanged,
    `a fresh future state is unchanged (${unchanged} touchpoints)`);
  const editorToken = await token('editor');
  const futureId = new URL(page.url()).searchParams.get('with');
  const { journey } = await graphql(editorToken, `query($id: ID!) { journey(id: $id) { stages { id touchpoints {
    id version name channel emotion } } } }`, { id: futureId });
  const touchpoints = journey.stages.flatMap((stage) => stage.touchpoints);
  const [first, last] = [touchpoints[0], touchpoints[touchpoints.length - 1]];
  const emotion = first.emotion === 2 ? -2 : 2;
  await graphql(editorToken, `mutation($id: ID!, $v: Int!, $in: TouchpointInput!) { updateTouchpoint(id: $id,
    expectedVersion: $v, input: $in) { id } }`, { id: first.id, v: first.version,
    in: { name: first.name, channel: first.channel, emotion } });
  await graphql(editorToken, 'mutation($id: ID!) { removeTouchpoint(id: $id) { id } }', { id: last.id });
  await graphql(editorToken, `mutation($s: ID!) { addTouchpoint(stageId: $s, input: { name: "Browser test new",
    channel: CHATBOT, emotion: 1 }) { id } }`, { s: journey.stages[0].id });
  await page.reload();
  await page.waitForSelector('tr.pair[data-change=added][data-touchpoint="Browser test new"]');
  const changed = page.locator(`tr.pair[data-change=changed][data-touchpoint="${first.name}"]`);
  check(await changed.count() === 1, `${first.name} marked changed`);
  const delta = emotion - (first.emotion ?? 0);
  const shown = await changed.locator('.emotion-change').textContent();
  check(first.emotion === null || shown.includes(`(${delta > 0 ? '+' : '−'}${Math.abs(delta)})`), `delta ${shown}`);
  check(await page.locator(`tr.pair[data-change=removed][data-touchpoint="${last.name}"]`).count() === 1,
    `${last.name} marked removed`);
  const summary = await page.textContent('.compare-summary');
  check(summary.includes('Added: 1') && summary.includes('Removed: 1') && summary.includes('Changed: 1'), summary);
  await screenshot(page, '08-compare');
  await noAccessibilityProblems(page, 'compare');
  await page.goto(journeyUrl);
  await page.waitForSelector('[data-touchpoint="Checkout"]');
});

await step('a concurrent edit from a second browser gets the conflict message, and nothing is lost', async () => {
  const second = await openBrowser();
  try {
    await signIn(second.page, 'editor', journeyUrl);
    await second.page.waitForSelector('[data-touchpoint="Checkout"]');
    // The first editor saves a change while the second has the older map open.
    await page.click('button[aria-label="Edit touchpoint: Checkout"]');
    await (await field(page, 'Owning team', { exact: true })).fill('Payments');
    await page.click('dialog >> button[type=submit]');
    await page.waitForSelector('[data-touchpoint="Checkout"] >> text=Payments');
    await second.page.click('button[aria-label="Edit touchpoint: Checkout"]');
    await (await field(second.page, 'Owning team', { exact: true })).fill('Web shop');
    await second.page.click('dialog >> button[type=submit]');
    await second.page.waitForSelector('.notice >> text=Someone else changed this journey');
    await second.page.waitForSelector('[data-touchpoint="Checkout"] >> text=Payments');
    await screenshot(second.page, '09-conflict');
    const id = new URL(journeyUrl).searchParams.get('id');
    const stored = await graphql(await token('viewer'), `query($u: ID!) { journey(id: $u) { stages { touchpoints { name ownerTeam emotion } } } }`, { u: id });
    const checkout = stored.journey.stages[1].touchpoints[0];
    check(checkout.ownerTeam === 'Payments' && checkout.emotion === 1, JSON.stringify(checkout));
  } finally {
    await second.context.close();
  }
});

await step('viewer sees no edit control, and a forced mutation is refused', async () => {
  const viewer = await openBrowser();
  try {
    await signIn(viewer.page, 'viewer', journeyUrl);
    await viewer.page.waitForSelector('[data-touchpoint="Checkout"]');
    check((await viewer.page.textContent('.who')).includes('Read only'), 'marked read only');
    for (const control of ['.stage-tools', 'button.edit', 'text=Add stage', 'text=Derive future state',
      '[draggable=true]']) {
      check(await viewer.page.locator(control).count() === 0, `viewer sees ${control}`);
    }
    // The editor's map (same journey, same window) looks alike at rest: its controls take no room.
    const heights = (on) => on.$$eval('.stage-header, .touchpoint', (elements) => elements
      .map((element) => Math.round(element.getBoundingClientRect().height)).join());
    check(await heights(viewer.page) === await heights(page), `viewer ${await heights(viewer.page)}, editor ${await heights(page)}`);
    await viewer.page.click('nav >> text=Journeys');
    await viewer.page.waitForSelector('table.list');
    check(await viewer.page.locator('text=New journey').count() === 0, 'no New journey');
    await viewer.page.click('nav >> text=Personas');
    await viewer.page.waitForSelector('.persona-card');
    check(await viewer.page.locator('text=New persona').count() === 0, 'no New persona');
    await screenshot(viewer.page, '10-viewer');
    await noAccessibilityProblems(viewer.page, 'personas as viewer');
    const authorization = await viewer.graphqlRequests.at(-1).headerValue('authorization');
    const stageId = (await graphql(await token('viewer'), `query($u: ID!) { journey(id: $u) { stages { id name } } }`,
      { u: new URL(journeyUrl).searchParams.get('id') })).journey.stages[0];
    const forced = await viewer.page.evaluate(async ([auth, id]) => (await fetch('/graphql', { method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: auth },
      body: JSON.stringify({ query: `mutation { renameStage(stageId: "${id}", name: "Hacked") { id } }` }) })).json(),
    [authorization, stageId.id]);
    check(forced.errors?.[0]?.extensions?.code === 'FORBIDDEN', JSON.stringify(forced));
    const after = (await graphql(await token('viewer'), `query($u: ID!) { journey(id: $u) { stages { name } } }`,
      { u: new URL(journeyUrl).searchParams.get('id') })).journey.stages[0].name;
    check(after === stageId.name, `renamed to ${after}`);
  } finally {
    await viewer.context.close();
  }
});

await step('other-viewer sees none of demo\'s data, then signs out', async () => {
  const other = await openBrowser();
  try {
    // The other workspace may hold journeys of its own (an earlier run imports one there), never demo's.
    const demo = await graphql(await token('viewer'), `{ journeys(first: 100) { edges { node { id name } } }
      personas(first: 100) { edges { node { id name } } } }`);
    await signIn(other.page, 'other-viewer');
    const linkedIds = async (list) => {
      await other.page.waitForSelector(`.empty, ${list}`);
      return other.page.locator(`${list} a`).evaluateAll((links) =>
        links.map((link) => new URL(link.href).searchParams.get('id')));
    };
    const journeys = await linkedIds('table.list');
    const seen = demo.journeys.edges.filter(({ node }) => journeys.includes(node.id));
    check(seen.length === 0, `demo's journeys listed in other: ${seen.map(({ node }) => node.name)}`);
    await other.page.click('nav >> text=Personas');
    await other.page.waitForSelector('#personas-title');
    const personas = await linkedIds('ul.cards');
    const met = demo.personas.edges.filter(({ node }) => personas.includes(node.id));
    check(met.length === 0, `demo's personas listed in other: ${met.map(({ node }) => node.name)}`);
    await other.page.goto(journeyUrl);
    await other.page.waitForSelector('text=This journey does not exist in your workspace.');
    await screenshot(other.page, '11-other-workspace');
    await noAccessibilityProblems(other.page, 'another workspace');
    await other.page.click('text=Sign out');
    await other.page.waitForSelector('#username', { timeout: 30_000 });
    check(new URL(other.page.url()).port === '8180', `signed out to ${other.page.url()}`);
  } finally {
    await other.context.close();
  }
});

await step(`a map of 8 stages × 12 touchpoints is on screen within ${RENDER_BUDGET_MS} ms of its data`, async () => {
  const editorToken = await token('editor');
  const created = await graphql(editorToken, `mutation($names: [String]) { createJourney(input: { name: "Browser test 8×12" },
    template: CUSTOM, stageNames: $names) { id stages { id } } }`, { names: [...Array(8)].map((_, i) => `Stage ${i + 1}`) });
  for (const stage of created.createJourney.stages) {
    await Promise.all([...Array(12)].map((_, i) => graphql(editorToken, `mutation($s: ID!, $in: TouchpointInput!) {
      addTouchpoint(stageId: $s, input: $in) { id } }`, { s: stage.id, in: { name: `Touchpoint ${i + 1}`,
      channel: 'WEBSITE', emotion: (i % 5) - 2, customerAction: 'Looks around', painPoints: ['Slow'] } })));
  }
  const durations = [];
  for (let round = 0; round < 5; round++) {
    await page.goto(`${base}/?view=map&id=${created.createJourney.id}`);
    await page.waitForSelector('[data-touchpoint="Touchpoint 12"] >> nth=7');
    const duration = await page.waitForFunction(() => performance.getEntriesByName('map-render')[0]?.duration)
      .then((handle) => handle.jsonValue());
    durations.push(duration);
  }
  durations.sort((a, b) => a - b);
  results.push(['8 × 12 map: data arrived → on screen', `median ${durations[2].toFixed(0)} ms, worst `
    + `${durations[4].toFixed(0)} ms (5 loads)`, `≤ ${RENDER_BUDGET_MS} ms`]);
  check(durations[4] <= RENDER_BUDGET_MS, `render ${durations.join(', ')} ms`);
  check(await page.locator('.touchpoint').count() === 96, 'all 96 touchpoints drawn');
  await screenshot(page, '12-map-8x12');
  // A wide map over several A3 pages, every page titled.
  const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), exportAs('Export PDF as on screen (image)')]);
  const pdfPath = join(mkdtempSync(join(tmpdir(), 'parcours-wide-')), 'wide.pdf');
  await pdf.saveAs(pdfPath);
  const pages = Number(execFileSync('pdfinfo', [pdfPath]).toString().match(/Pages:\s+(\d+)/)[1]);
  const titles = execFileSync('pdftotext', [pdfPath, '-']).toString().split('Browser test 8×12').length - 1;
  // 19,350 CSS pixels across at most 1,800 a page (readable text): at least 11 pages.
  check(pages >= 11 && titles >= pages, `${pages} pages, the title on ${titles}`);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '2', '-l', '2', pdfPath, join(shots, '12-pdf-wide')]);
  results.push(['8 × 12 map as PDF as on screen (image)', `${pages} A3 pages`, 'several, each titled']);
});

await step('the demo map, for the README', async () => {
  const demo = await graphql(await token('viewer'), `{ journeys(mapType: CURRENT_STATE, first: 1) { edges { node { id } } } }`);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await page.goto(`${base}/?view=map&id=${demo.journeys.edges[0].node.id}`);
  await page.waitForSelector('.emotion-chart path.measured');
  await page.waitForFunction(() => document.querySelector('.persona-mini img.avatar')?.naturalWidth > 0);
  await page.screenshot({ path: join(shots, '00-demo-map.png'), fullPage: false });
  check(brokenImages.length === 0, `images that did not load: ${brokenImages.join(', ')}`);
  await noAccessibilityProblems(page, 'demo map');
});

await step('the demo map at 1280 × 720 and 2560 × 1440, English and French: nothing cut off or sideways', async () => {
  for (const [width, height] of [[1280, 720], [2560, 1440]]) {
    await page.setViewportSize({ width, height });
    for (const language of ['en', 'fr']) {
      await page.selectOption('.language select', language);
      await page.waitForFunction((lang) => document.documentElement.lang === lang
        && !!document.querySelector('.emotion-chart path.measured'), language);
      const problems = await clippingProblems(page);
      check(problems.length === 0, `${width} × ${height} ${language}: ${problems.join('; ')}`);
      await page.screenshot({ path: join(shots, `14-demo-map-${width}x${height}-${language}.png`) });
    }
  }
  await page.selectOption('.language select', 'en');
  await page.setViewportSize({ width: 1600, height: 1000 });
});

await step('the map fits its box, and a folded lane stays folded after a reload', async () => {
  await page.click('.zoom >> text=Fit');
  await page.waitForFunction(() => document.querySelector('.map-grid').style.zoom !== '');
  const fitted = await page.evaluate(() => [document.querySelector('.map-grid').getBoundingClientRect().width,
    document.querySelector('.map-scroll').clientWidth]);
  check(fitted[0] <= fitted[1], `fitted grid ${fitted[0]} px in a box of ${fitted[1]} px`);
  check((await page.textContent('.zoom [aria-pressed=true]')).match(/Fit \(\d+ %\)/), 'the scale is shown');
  await page.screenshot({ path: join(shots, '15-demo-map-fit.png') });
  await page.click('.zoom >> text=100 %');
  await page.waitForFunction(() => document.querySelector('.map-grid').style.zoom === '');

  const pains = await page.locator('.cell.pain').count();
  await page.click('.lane-toggle >> text=Pain points');
  check(await page.locator('.cell.pain').count() === 0 && pains > 0, `${pains} pain-point cells before folding`);
  check(await page.getAttribute('.lane-toggle >> text=Pain points', 'aria-expanded') === 'false', 'marked folded');
  await page.reload();
  await page.waitForSelector('.emotion-chart path.measured');
  check(await page.locator('.cell.pain').count() === 0, 'still folded after a reload');
  await page.click('.lane-toggle >> text=Pain points');
  check(await page.locator('.cell.pain').count() === pains, 'unfolded again');
});

await step('the demo map as PDF: vectors and text only, ≤ 2 MB, cut between stages, lane labels and stage names on every page', async () => {
  const stages = await stageNames();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), exportAs('Export PDF')]);
  const pdfPath = join(mkdtempSync(join(tmpdir(), 'parcours-demo-pdf-')), 'demo.pdf');
  await download.saveAs(pdfPath);
  const bytes = statSync(pdfPath).size;
  const pages = Number(execFileSync('pdfinfo', [pdfPath]).toString().match(/Pages:\s+(\d+)/)[1]);
  results.push(['the demo map as PDF (vectors)', `${(bytes / 1024).toFixed(0)} kB, ${pages} A3 pages`, '≤ 2 MB']);
  check(bytes <= 2 * 1024 * 1024, `${bytes} bytes`);
  check(pages >= 2, `${pages} pages: the demo map is wider than one`);
  const images = execFileSync('pdfimages', ['-list', pdfPath]).toString().trim().split('\n').length - 2;
  check(images === 0, `vectors and text only, but ${images} images`);
  const texts = [...Array(pages)].map((_, i) => execFileSync('pdftotext',
    ['-f', String(i + 1), '-l', String(i + 1), pdfPath, '-']).toString());
  texts.forEach((text, i) => {
    for (const lane of ['Customer actions', 'Touchpoints', 'Pain points', 'Funnel']) {
      check(text.includes(lane), `page ${i + 1} has no "${lane}"`);
    }
  });
  const all = texts.join('\n');
  const missing = stages.filter((name) => !all.includes(name));
  check(missing.length === 0, `stage names not in the PDF's text: ${missing.join(', ')}`);
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '2', '-l', '2', pdfPath, join(shots, '19-demo-pdf')]);
});

await step('the demo map as slides (PPTX): a title slide, then stage groups with their lanes and emotion curve', async () => {
  const stages = await stageNames();
  const touchpoints = await page.locator('.map-grid .touchpoint h3').allTextContents();
  const name = await page.textContent('#map-title');
  const nps = (await page.textContent('.map-header .scores div:first-child dd')).replace(/n=.*/, '').trim();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }),
    exportAs('Export slides (PPTX)')]);
  const path = join(mkdtempSync(join(tmpdir(), 'parcours-deck-')), 'demo.pptx');
  await download.saveAs(path);
  const [title, ...stageSlides] = await readDeck(path);
  results.push(['the demo map as slides', `${stageSlides.length + 1} slides, ${(statSync(path).size / 1024).toFixed(0)} kB`,
    'a title slide, then ≤ 5 touchpoints a slide']);
  check(title.texts.includes(name) && title.texts.some((text) => text.startsWith(`${nps} (n=`)),
    `title slide: ${title.texts.join(' | ')}`);
  const texts = stageSlides.flatMap((slide) => slide.texts);
  check(stages.every((name) => texts.includes(name)), `stage names on the slides: ${texts.join(' | ')}`);
  const named = touchpoints.map((name) => texts.filter((text) => text === name).length);
  check(named.every((count) => count === 1), `every touchpoint once: ${touchpoints.map((n, i) => `${n} ${named[i]}`)}`);
  check(stageSlides.length >= Math.ceil(touchpoints.length / 5), `${stageSlides.length} slides for ${touchpoints.length}`);
  for (const slide of stageSlides) {
    check(slide.texts.includes('Pain points') && slide.charts.length === 1, 'a stage slide: lanes and a chart');
    const [designed, measured] = slide.charts[0].series;
    check(slide.charts[0].min === -2 && slide.charts[0].max === 2, 'the emotion scale −2 … +2');
    check(designed.length <= 5 && designed.every((v) => v === null || (v >= -2 && v <= 2)), `designed ${designed}`);
    check(measured.length === designed.length, 'a measured value (or a gap) per column');
  }
  check(stageSlides.some((slide) => slide.charts[0].series[1].some((v) => v !== null)), 'the demo has measured emotion');
});

await step('the demo map as CSV: a row per touchpoint in map order, lists one item per line', async () => {
  const touchpoints = await page.locator('.map-grid .touchpoint h3').allTextContents();
  const [download] = await Promise.all([page.waitForEvent('download'), exportAs('Export CSV')]);
  const path = join(mkdtempSync(join(tmpdir(), 'parcours-csv-')), 'demo.csv');
  await download.saveAs(path);
  const [header, ...records] = readCsv(path);
  const rows = records.filter((record) => record.length > 1);
  check(header[0] === 'Stage' && header[1] === 'Touchpoint' && header.includes('Pain points'), `header ${header}`);
  check(JSON.stringify(rows.map((row) => row[1])) === JSON.stringify(touchpoints), `rows ${rows.map((r) => r[1])}`);
  const pains = await page.locator('.cell.pain').first().locator('li').allTextContents();
  check(rows[0][header.indexOf('Pain points')] === pains.join('\n'), `first pain points ${rows[0]}`);
});

await step('the demo map as JSON, imported into the other workspace by other-editor: the same map there', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), exportAs('Export JSON')]);
  const path = join(mkdtempSync(join(tmpdir(), 'parcours-json-')), 'demo.parcours.json');
  await download.saveAs(path);
  const demoId = new URL(page.url()).searchParams.get('id');
  const other = await openBrowser();
  try {
    await signIn(other.page, 'other-editor');
    await other.page.click('text=Import a journey');
    await noAccessibilityProblems(other.page, 'journey import');
    await other.page.setInputFiles('input[name=journey-file]', path);
    await other.page.waitForSelector('.emotion-chart');
    const importedId = new URL(other.page.url()).searchParams.get('id');
    check(importedId && importedId !== demoId, `a new journey ${importedId}`);
    const shape = `{ name description mapType status persona { name title goals }
      stages { name touchpoints { name channel interaction ownerTeam customerAction customerThought emotion painPoints
      opportunities frontstage backstage supportProcesses } } }`;
    const { journey: original } = await graphql(await token('editor'), `query($id: ID!) { journey(id: $id) ${shape} }`,
      { id: demoId });
    const { journey: copy } = await graphql(await token('other-editor'), `query($id: ID!) { journey(id: $id) ${shape} }`,
      { id: importedId });
    check(copy.status === 'DRAFT', `imported as ${copy.status}`);
    const same = (journey) => JSON.stringify({ ...journey, status: undefined });
    check(same(copy) === same(original), `imported ${same(copy).slice(0, 300)} … from ${same(original).slice(0, 300)}`);
    const bad = join(mkdtempSync(join(tmpdir(), 'parcours-json-')), 'bad.json');
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.document.stages[1].touchpoints[0].emotion = 5;
    writeFileSync(bad, JSON.stringify(file));
    await other.page.goto(`${base}/?view=journeys`);
    const before = (await graphql(await token('other-editor'), '{ journeys { totalCount } }')).journeys.totalCount;
    await other.page.click('text=Import a journey');
    await other.page.setInputFiles('input[name=journey-file]', bad);
    await other.page.waitForSelector('dialog .error >> text=document.stages[1].touchpoints[0].emotion');
    await screenshot(other.page, '20-import-refused');
    const after = (await graphql(await token('other-editor'), '{ journeys { totalCount } }')).journeys.totalCount;
    check(after === before, `nothing imported from the bad file (${before} → ${after})`);
  } finally {
    await other.context.close();
  }
});

await step('presenting: the whole map, then stage by stage with the arrow keys; Escape ends it', async () => {
  const stages = await stageNames();
  await page.click('.map-toolbar >> text=Present');
  await page.waitForSelector('.presentation >> text=The whole journey');
  check(await page.locator('.presentation .stage-header').count() === stages.length, 'the whole map first');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector(`.presentation >> text=Stage 1 of ${stages.length}: ${stages[0]}`);
  const shown = await page.locator('.presentation .stage-header h2').allTextContents();
  check(JSON.stringify(shown) === JSON.stringify([stages[0]]), `the first stage alone, not ${shown}`);
  const zoom = await page.$eval('.presentation .map-grid', (grid) => Number(grid.style.zoom || 1));
  check(zoom > 1, `a stage alone is enlarged (zoom ${zoom})`);
  await page.screenshot({ path: join(shots, '18-presenting-stage-1.png') });
  await noAccessibilityProblems(page, 'presentation');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector(`.presentation >> text=Stage ${stages.length} of ${stages.length}`);
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector(`.presentation >> text=Stage ${stages.length - 1} of ${stages.length}`);
  await page.keyboard.press('Escape');
  await page.waitForSelector('.presentation', { state: 'detached' });
});

await step(`a map of 20 stages × 60 touchpoints: on screen within ${LARGE_RENDER_BUDGET_MS} ms, headers and labels held in view`, async () => {
  const editorToken = await token('editor');
  const created = await graphql(editorToken, `mutation($names: [String]) { createJourney(input: { name: "Browser test 20×60" },
    template: CUSTOM, stageNames: $names) { id stages { id } } }`, { names: [...Array(20)].map((_, i) => `Stage ${i + 1}`) });
  await Promise.all(created.createJourney.stages.map(async (stage, s) => {
    for (let i = 0; i < 3; i++) {
      await graphql(editorToken, `mutation($s: ID!, $in: TouchpointInput!) { addTouchpoint(stageId: $s, input: $in) { id } }`,
        { s: stage.id, in: { name: `Touchpoint ${s * 3 + i + 1}`, channel: 'EMAIL', emotion: ((s + i) % 5) - 2,
          customerAction: 'Reads', painPoints: ['Too long'], opportunities: ['Shorter'] } });
    }
  }));
  await page.setViewportSize({ width: 1280, height: 720 });
  const durations = [];
  for (let round = 0; round < 3; round++) {
    await page.goto(`${base}/?view=map&id=${created.createJourney.id}`);
    await page.waitForSelector('[data-touchpoint="Touchpoint 60"]');
    durations.push(await page.waitForFunction(() => performance.getEntriesByName('map-render')[0]?.duration)
      .then((handle) => handle.jsonValue()));
  }
  durations.sort((a, b) => a - b);
  results.push(['20 × 60 map: data arrived → on screen', `median ${durations[1].toFixed(0)} ms, worst `
    + `${durations[2].toFixed(0)} ms (3 loads)`, `≤ ${LARGE_RENDER_BUDGET_MS} ms`]);
  check(durations[2] <= LARGE_RENDER_BUDGET_MS, `render ${durations.join(', ')} ms`);
  check(await page.locator('.touchpoint').count() === 60, 'all 60 touchpoints drawn');
  const clipped = await clippingProblems(page);
  check(clipped.length === 0, clipped.join('; '));
  const unheld = await stickyProblems(page);
  check(unheld.length === 0, unheld.join('; '));
  await page.evaluate(() => document.querySelector('.map-scroll').scrollTo(6000, 400));
  await page.screenshot({ path: join(shots, '16-map-20x60-scrolled.png') });
  await page.setViewportSize({ width: 1600, height: 1000 });
});

await step('a service blueprint shows its frontstage, backstage and support-process lanes, and its three lines', async () => {
  const lanes = ['Frontstage', 'Backstage', 'Support processes'];
  for (const lane of lanes) check(await page.locator(`.lane-label >> text=${lane}`).count() === 0, `${lane} on a current state`);
  const blueprint = await graphql(await token('viewer'), `{ journeys(mapType: SERVICE_BLUEPRINT, first: 1) { edges { node { id
    stages { touchpoints { backstage } } } } } }`);
  const node = blueprint.journeys.edges[0].node;
  await page.goto(`${base}/?view=map&id=${node.id}`);
  await page.waitForSelector('.lane-label >> text=Support processes');
  const firstBackstage = node.stages.flatMap((stage) => stage.touchpoints).flatMap((tp) => tp.backstage)[0];
  check(firstBackstage && await page.locator(`.cell.blueprint li >> text=${firstBackstage}`).count() > 0,
    `backstage item ${firstBackstage} shown`);
  // The three lines, across the whole map, each between the lanes it separates.
  const tops = await page.evaluate(() => {
    const top = (element) => element?.getBoundingClientRect().top;
    const label = (name) => top([...document.querySelectorAll('.lane-label')].find((l) => l.textContent.includes(name)));
    const line = (kind) => document.querySelector(`.blueprint-line.${kind}`);
    const grid = document.querySelector('.map-grid').getBoundingClientRect().width;
    return { emotion: label('Emotion'), interaction: top(line('interaction')), frontstage: label('Frontstage'),
      visibility: top(line('visibility')), backstage: label('Backstage'), internal: top(line('internal')),
      support: label('Support processes'), widths: ['interaction', 'visibility', 'internal']
        .map((kind) => Math.abs(line(kind).getBoundingClientRect().width - grid) < 2),
      names: [...document.querySelectorAll('.blueprint-line')].map((l) => l.getAttribute('aria-label')) };
  });
  const order = ['emotion', 'interaction', 'frontstage', 'visibility', 'backstage', 'internal', 'support'];
  check(order.every((key, i) => i === 0 || tops[order[i - 1]] < tops[key]), `lines between their lanes: ${JSON.stringify(tops)}`);
  check(tops.widths.every(Boolean), 'each line across the whole map');
  check(JSON.stringify(tops.names) === JSON.stringify(['Line of interaction', 'Line of visibility',
    'Line of internal interaction']), `names ${tops.names}`);
  await screenshot(page, '13-blueprint');
  await noAccessibilityProblems(page, 'service blueprint');
});

await step('admin restores an archived journey, then deletes it: gone from the list, its future state stays', async () => {
  const editorToken = await token('editor');
  const name = `Browser test to delete ${Date.now()}`;
  const created = (await graphql(editorToken, `mutation($n: String!) { createJourney(input: { name: $n }, template: CUSTOM,
    stageNames: ["Only"]) { id stages { id } } }`, { n: name })).createJourney;
  const touchpoint = (await graphql(editorToken, `mutation($s: ID!) { addTouchpoint(stageId: $s, input: { name: "Kiosk",
    channel: STORE }) { id } }`, { s: created.stages[0].id })).addTouchpoint;
  await graphql(editorToken, `mutation($t: ID!) { recordInteractions(events: [{ eventId: "${name}", touchpointId: $t,
    customerRef: "browser-test", occurredAt: "2026-11-02T10:00:00Z" }]) { accepted } }`, { t: touchpoint.id });
  const future = (await graphql(editorToken, `mutation($id: ID!) { deriveJourney(id: $id, mapType: FUTURE_STATE) { id } }`,
    { id: created.id })).deriveJourney;
  for (const status of ['PUBLISHED', 'ARCHIVED']) {
    const { version } = (await graphql(editorToken, 'query($id: ID!) { journey(id: $id) { version } }',
      { id: created.id })).journey;
    await graphql(editorToken, `mutation($id: ID!, $v: Int!) { setJourneyStatus(id: $id, status: ${status},
      expectedVersion: $v) { id } }`, { id: created.id, v: version });
  }
  const admin = await openBrowser();
  try {
    await signIn(admin.page, 'admin', `${base}/?view=map&id=${created.id}`);
    await admin.page.click('.map-toolbar >> text=Journey details');
    await admin.page.click('dialog >> button:text-is("Restore as a draft")');
    await admin.page.waitForSelector('dialog', { state: 'detached' });
    await admin.page.waitForSelector('.map-header >> text=Draft');
    await admin.page.click('.map-toolbar >> text=Journey details');
    await admin.page.click('dialog >> text=Delete this journey…');
    await admin.page.waitForSelector(`dialog >> button:text-is("Delete “${name}” for good")`);
    await screenshot(admin.page, '17-delete-journey');
    await noAccessibilityProblems(admin.page, 'journey deletion');
    await admin.page.click(`dialog >> button:text-is("Delete “${name}” for good")`);
    await admin.page.waitForSelector('table.list');
    // Of the two journeys of that name, only the future state derived from the deleted one is left.
    await (await field(admin.page, 'Search', { exact: true })).fill(name);
    await admin.page.waitForFunction(() => document.querySelectorAll('table.list tbody tr').length === 1);
    const left = await admin.page.locator('table.list tbody tr td:nth-child(3)').allTextContents();
    check(JSON.stringify(left) === '["Future state"]', `left: ${left}`);
  } finally {
    await admin.context.close();
  }
  const after = await graphql(await token('viewer'), `query($a: ID!, $b: ID!) { deleted: journey(id: $a) { id }
    future: journey(id: $b) { id derivedFromId } }`, { a: created.id, b: future.id });
  check(after.deleted === null, 'the journey is gone');
  check(after.future?.id === future.id && after.future.derivedFromId === null, `future state ${JSON.stringify(after.future)}`);
});

await step('a new journey from the template gallery, with the template\'s persona; saved as the workspace\'s own template, and one from that', async () => {
  await page.goto(`${base}/?view=journeys`);
  await page.click('text=New from template');
  await page.waitForSelector('.template-gallery');
  const industries = await page.locator('.template-gallery article > p:first-child').allTextContents();
  check(industries.length === 7 && industries.includes('Hospitality'), `industries: ${industries}`);
  await screenshot(page, '21-template-gallery');
  await noAccessibilityProblems(page, 'template gallery');
  await page.click('button[aria-label="Use this template: Hotel stay"]');
  const name = `Browser test hotel ${Date.now()}`;
  await (await field(page, 'Journey name', { exact: true })).fill(name);
  check(await page.locator('dialog select option:checked').textContent() === 'Create the persona “Sofia”',
    'the template\'s persona is proposed');
  await page.click('dialog >> button:text-is("Create")');
  await page.waitForSelector(`#map-title:text-is("${name}")`);
  await page.waitForSelector('.persona-mini >> text=Sofia');
  const stages = await stageNames();
  check(JSON.stringify(stages) === JSON.stringify(['Book', 'Prepare', 'Arrive', 'Stay', 'Leave and review']),
    `stages ${stages}`);
  check(await page.locator('.map-grid .touchpoint').count() === 10, 'the template\'s ten touchpoints');
  check(await page.locator('.emotion-chart path.designed').count() === 1, 'the designed emotion curve');
  await screenshot(page, '22-map-from-template');
  const fromGallery = new URL(page.url()).searchParams.get('id');

  // Saved as the workspace's own template, it is offered in the gallery and makes the same map.
  await page.click('.map-toolbar >> text=Journey details');
  await (await field(page, 'Template name', { exact: true })).fill(`${name} template`);
  await page.click('dialog >> button:text-is("Save as a template")');
  await page.waitForSelector(`dialog >> text=Saved as the template “${name} template”.`);
  await page.click('dialog >> button:text-is("Close")');
  await page.goto(`${base}/?view=journeys`);
  await page.click('text=New from template');
  const own = page.locator('.template-gallery article.own', { hasText: `${name} template` });
  await own.waitFor();
  check((await own.textContent()).includes('This workspace’s template'), await own.textContent());
  await own.locator('text=Use this template').click();
  check(await page.locator('dialog select option:checked').textContent() === 'Sofia', 'the template\'s persona');
  await page.click('dialog >> button:text-is("Create")');
  await page.waitForSelector(`#map-title:text-is("${name} template")`);
  const again = await stageNames();
  check(JSON.stringify(again) === JSON.stringify(stages), `the same stages: ${again}`);
  check(await page.locator('.map-grid .touchpoint').count() === 10, 'the same ten touchpoints');
  const fromOwn = new URL(page.url()).searchParams.get('id');
  await page.goto(`${base}/?view=journeys`);
  await page.click('text=New from template');
  await own.locator(`button[aria-label="Delete: ${name} template"]`).click();
  await own.waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');

  // Leaves the demo as it was, so that the next run meets the same workspace.
  for (const id of [fromOwn, fromGallery]) {
    const { journey } = await graphql(await token('editor'), 'query($id: ID!) { journey(id: $id) { version personaId } }',
      { id });
    await graphql(await token('admin'), 'mutation($id: ID!, $v: Int!) { deleteJourney(id: $id, expectedVersion: $v) { name } }',
      { id, v: journey.version });
    if (id === fromGallery) {
      await graphql(await token('editor'), 'mutation($id: ID!) { archivePersona(id: $id) { id } }', { id: journey.personaId });
    }
  }
});

await editor.context.close();
writeFileSync(join(shots, 'budgets.md'), `| budget | measured | target |\n|---|---|---|\n${results
  .map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
console.log(readFileSync(join(shots, 'budgets.md'), 'utf8'));
console.log(run.failed ? `${run.failed} check(s) failed; screenshots in ${shots}` : `all checks passed; screenshots in ${shots}`);
process.exit(run.failed ? 1 : 0);
