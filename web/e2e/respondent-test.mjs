// The hosted survey page as respondents meet it, in Chromium against the running platform (./parcours up): a
// personal link opened on a phone in French, every question type, required answers, back, thank-you, answered once;
// the public link with a hidden field, by keyboard alone; tampered and switched-off links; axe-core on every screen;
// the page's JavaScript budget; e-mail invitations, and a survey trigger on the demo's Checkout whose invitation is
// answered on a phone while the journey map is open. Screenshots to web/target/screenshots/respond-*.png.
import { accessibilityProblems, openBrowser, screenshot, sentGzipBytes, shots, signIn } from './browser.mjs';
import { base, graphql, token } from './platform.mjs';
import { check, steps } from './steps.mjs';

const JS_BUDGET = 30 * 1024;
const run = steps(() => browser.page.screenshot({ path: `${shots}respond-failure.png`, fullPage: true }));
const step = run.step;
/** Presses Tab until the element is focused, as a keyboard user would. */
async function tabTo(page, selector) {
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
async function accessible(page, screen) {
  const problems = await accessibilityProblems(page);
  check(problems.length === 0, `${screen}: ${problems.join('; ')}`);
}

const label = (en, fr) => [{ locale: 'en', text: en }, { locale: 'fr', text: fr }];
const options = (...pairs) => pairs.map(([id, en, fr]) => ({ id, labels: label(en, fr) }));
const QUESTIONS = [
  { id: 'nps', type: 'NPS', required: true, labels: label('How likely are you to recommend us?', 'Quelle est la probabilité que vous nous recommandiez ?') },
  { id: 'csat', type: 'CSAT', required: false, labels: label('How satisfied are you with checkout?', 'Êtes-vous satisfait du paiement ?') },
  { id: 'ces', type: 'CES', required: false, labels: label('How easy was it to pay?', 'Était-il facile de payer ?') },
  { id: 'stars', type: 'RATING', required: false, min: 1, max: 10, labels: label('Rate the delivery options', 'Notez les options de livraison') },
  { id: 'found', type: 'SINGLE_CHOICE', required: false, labels: label('How did you discover our brand?', 'Comment avez-vous découvert notre marque ?'),
    options: options(['search', 'Search engine', 'Moteur de recherche'], ['friend', 'A friend', 'Un ami'], ['ad', 'An advert', 'Une publicité']) },
  { id: 'liked', type: 'MULTIPLE_CHOICE', required: false, labels: label('What did you like?', "Qu'avez-vous apprécié ?"),
    options: options(['price', 'Price', 'Le prix'], ['speed', 'Speed', 'La rapidité'], ['choice', 'Choice', 'Le choix']) },
  { id: 'comment', type: 'TEXT', required: false, maxLength: 200, labels: label('Anything else?', 'Autre chose ?') },
];

const editor = await token('editor');
const { journeys } = await graphql(editor, '{ journeys(first: 20) { edges { node { id stages { id touchpoints { id name } } } } } }');
const checkout = journeys.edges.flatMap((e) => e.node.stages.flatMap((s) => s.touchpoints)).find((t) => t.name === 'Checkout');
const checkoutJourney = journeys.edges.find((e) => e.node.stages.some((s) => s.touchpoints.includes(checkout))).node.id;
const checkoutStage = journeys.edges.flatMap((e) => e.node.stages).find((s) => s.touchpoints.includes(checkout)).id;
const { createSurvey } = await graphql(editor, `mutation($input: SurveyInput!) { createSurvey(input: $input) { id revision } }`, {
  input: { title: `After checkout ${new Date().toISOString().slice(0, 19)}`, kind: 'CUSTOM', touchpointId: checkout?.id,
    stageId: checkoutStage, journeyId: checkoutJourney,
    defaultLocale: 'en', questions: QUESTIONS, hiddenFields: ['order'] },
});
const { publishSurvey: survey } = await graphql(editor, `mutation($id: ID!, $r: Int!) {
  publishSurvey(id: $id, expectedRevision: $r) { id revision publicUrl } }`, { id: createSurvey.id, r: createSurvey.revision });
const respondent = `browser-respondent-${Date.now()}`;
const { createPersonalLink } = await graphql(editor, `mutation($s: ID!, $r: String!) {
  createPersonalLink(surveyId: $s, respondentRef: $r) { url expiresAt } }`, { s: survey.id, r: respondent });
const personalUrl = createPersonalLink.url.replace(/^https?:\/\/[^/]+/, base);
const publicUrl = survey.publicUrl.replace(/^https?:\/\/[^/]+/, base);
const responses = async () => (await graphql(editor, `query($f: FeedbackFilter) { feedbackSummary(filter: $f) { responseCount } }`,
  { f: { surveyId: survey.id } })).feedbackSummary.responseCount;

const browser = await openBrowser();
const page = browser.page;
const scripts = [];
page.on('response', async (response) => {
  if (response.request().resourceType() === 'script') scripts.push(response);
});

await step('a personal link opens on a phone in French (from ?lang=fr), first question and progress shown', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${personalUrl}?lang=fr&via=email`);
  await page.waitForSelector('.question');
  check(await page.getAttribute('html', 'lang') === 'fr', 'the page is in French');
  check((await page.textContent('.progress')).includes('Question 1 sur 7'), 'progress in French');
  check((await page.textContent('legend')).includes('Quelle est la probabilité'), 'the French label');
  check((await page.textContent('legend')).includes('Obligatoire'), 'the required mark');
  await accessible(page, 'NPS question');
  await screenshot(page, 'respond-01-phone-nps');
});

await step('the survey page loads at most 30 kB of JavaScript (gzip)', async () => {
  let total = 0;
  for (const response of scripts) total += await sentGzipBytes(response.url());
  console.log(`  the survey page's JavaScript: ${(total / 1024).toFixed(1)} kB gzip in ${scripts.length} files`);
  check(scripts.length > 0 && total <= JS_BUDGET, `${total} bytes`);
});

await step('the required question refuses to go on unanswered, then takes a score from the row of 0–10', async () => {
  await page.getByRole('button', { name: 'Suivant' }).click();
  check((await page.textContent('[role=alert]')).includes('Veuillez répondre'), 'the required message');
  check((await page.locator('.scale input[type=radio]').count()) === 11, '11 score buttons');
  await page.getByText('9', { exact: true }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.waitForSelector('text=Question 2 sur 7');
});

await step('CSAT, CES, rating, choices and text in turn; back returns to the answered question', async () => {
  await page.getByText('4', { exact: true }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.waitForSelector('text=Question 3 sur 7');
  check((await page.locator('.scale input').count()) === 7, 'CES 1–7');
  await page.getByRole('button', { name: 'Retour' }).click();
  await page.waitForSelector('text=Question 2 sur 7');
  check(await page.locator('.scale input[value="4"]').isChecked(), 'the CSAT answer is kept');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByText('6', { exact: true }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  check((await page.locator('.scale input').count()) === 10, 'rating 1–10');
  await page.getByText('8', { exact: true }).click();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByLabel('Un ami').check();
  await accessible(page, 'single choice');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByLabel('Le prix').check();
  await page.getByLabel('La rapidité').check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('textbox').fill('Livraison rapide, merci');
  check((await page.textContent('.counter')).includes('23 caractères sur 200'), 'the counter');
  await accessible(page, 'text question');
  await screenshot(page, 'respond-02-phone-text');
});

await step('sending shows the thank-you and stores one response with the respondent and channel', async () => {
  const before = await responses();
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await page.waitForSelector('text=Merci !');
  check((await page.textContent('main')).includes('Vos réponses ont bien été reçues'), 'received');
  await accessible(page, 'thank-you');
  await screenshot(page, 'respond-03-phone-thanks');
  check(await responses() === before + 1, 'one response more');
});

await step('the personal link opened again says it was answered, and stores nothing more', async () => {
  const before = await responses();
  await page.goto(`${personalUrl}?lang=fr`);
  await page.waitForSelector('text=Vous avez déjà répondu à ce questionnaire.');
  check(await responses() === before, 'nothing more');
});

await step('the public link, by keyboard alone, in the browser\'s language (English), with a hidden field in its URL', async () => {
  const before = await responses();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${publicUrl}?order=A-1042`);
  await page.waitForSelector('.question');
  check((await page.textContent('.progress')).includes('Question 1 of 7'), 'English');
  await page.keyboard.press('Tab'); // the language switch
  await page.keyboard.press('Tab'); // the score row
  await page.keyboard.press('ArrowRight');
  check(await page.locator('.scale input[value="1"]').isChecked(), 'an arrow key moves along the scores and picks one');
  for (let i = 1; i <= 7; i++) {
    await tabTo(page, '.steps button[type=submit]');
    await page.keyboard.press('Enter');
    if (i < 7) await page.waitForSelector(`text=Question ${i + 1} of 7`);
  }
  await page.waitForSelector('text=Thank you!');
  check(await responses() === before + 1, 'one response more');
});

await step('a tampered link gets a clear page in the respondent\'s language', async () => {
  await page.goto(`${personalUrl.slice(0, -3)}xyz?lang=fr`);
  await page.waitForSelector("text=Ce lien n'est pas valide");
  await accessible(page, 'invalid link');
  await screenshot(page, 'respond-04-invalid');
});

const MAILDEV = process.env.MAILDEV_ORIGIN ?? 'http://127.0.0.1:1080';
/** The e-mails maildev caught for this address (newest last). */
async function mailsTo(address) {
  const all = await (await fetch(`${MAILDEV}/api/email`)).json();
  return all.filter((mail) => (mail.to ?? []).some((to) => to.address === address));
}
async function awaitMail(address) {
  for (let i = 0; i < 60; i++) {
    const found = await mailsTo(address);
    if (found.length) return found[found.length - 1];
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no e-mail to ${address} in maildev`);
}
const invitee = `browser-${Date.now()}@example.com`;
let invitationMail;

await step('an invited contact\'s e-mail arrives in the SMTP catcher, in French, with the 0–10 buttons', async () => {
  await graphql(editor, `mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }`,
    { in: { respondentRef: invitee, email: invitee, locale: 'fr', emailConsent: true } });
  await graphql(editor, `mutation($s: ID!, $r: [String]) { inviteContacts(surveyId: $s, respondentRefs: $r) { scheduled } }`,
    { s: survey.id, r: [invitee] });
  invitationMail = await awaitMail(invitee);
  check(invitationMail.subject.includes('une petite question'), `subject: ${invitationMail.subject}`);
  check((invitationMail.html.match(/score=\d+/g) ?? []).length === 11, 'eleven score buttons');
});

await step('the score clicked in the e-mail is the response at once; the page, left and opened again, completes it', async () => {
  const nine = invitationMail.html.match(/href="([^"]*score=9)"/)[1].replace(/&amp;/g, '&').replace(/^https?:\/\/[^/]+/, base);
  const before = await responses();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(nine);
  await page.waitForSelector('.question');
  check(await page.locator('.scale input[value="9"]').isChecked(), 'the 9 from the e-mail is chosen');
  check(await page.getAttribute('html', 'lang') === 'fr', 'in French');
  const invitation = async () => (await graphql(editor, `query($r: String) { invitations(respondentRef: $r) {
    edges { node { state responseId } } } }`, { r: invitee })).invitations.edges[0].node;
  for (let i = 0; i < 50 && (await invitation()).state !== 'ANSWERED'; i++) await page.waitForTimeout(100);
  check((await invitation()).state === 'ANSWERED', 'the click alone answered the invitation');
  check(await responses() === before + 1, 'the click alone is a response');
  const later = new URL(nine);
  later.searchParams.delete('score');
  await page.goto(later.toString()); // the respondent comes back later, from the survey button
  await page.waitForSelector('text=Question 1 sur 7');
  check(await page.locator('.scale input[value="9"]').isChecked(), 'their 9 is kept');
  for (let i = 1; i < 7; i++) {
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.waitForSelector(`text=Question ${i + 1} sur 7`);
  }
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await page.waitForSelector('text=Merci !');
  check(await responses() === before + 1, 'the page completed the same response');
  check((await invitation()).responseId, 'the invitation names its response');
});

await step('the unsubscribe link of the e-mail: a clear page, one click, no more invitations', async () => {
  const unsubscribe = invitationMail.html.match(/href="([^"]*\/u\/[^"]+)"/)[1].replace(/^https?:\/\/[^/]+/, base);
  await page.goto(`${unsubscribe}`);
  await page.waitForSelector('text=Se désabonner');
  await accessible(page, 'unsubscribe');
  await page.getByRole('button', { name: 'Se désabonner' }).click();
  await page.waitForSelector('text=Vous êtes désabonné');
  const { contact } = await graphql(editor, `query($r: String!) { contact(respondentRef: $r) { unsubscribedAt } }`, { r: invitee });
  check(contact.unsubscribedAt, 'unsubscribed');
});

const SMS_INBOX = process.env.SMS_INBOX_ORIGIN ?? 'http://127.0.0.1:1081';
await step('an invitation by text message reaches the SMS inbox; its short link, tapped on a phone, opens the survey in French', async () => {
  const phone = `+3361${String(Date.now()).slice(-7)}`;
  await graphql(editor, `mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }`,
    { in: { respondentRef: `sms-${phone}`, phone, locale: 'fr', smsConsent: true } });
  await graphql(editor, `mutation($s: ID!, $r: [String]) { inviteContacts(surveyId: $s, respondentRefs: $r, channel: SMS) { scheduled } }`,
    { s: survey.id, r: [`sms-${phone}`] });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${SMS_INBOX}/`);
  const message = page.locator('li', { hasText: phone });
  await message.waitFor({ timeout: 30_000 }); // the inbox refreshes itself
  await screenshot(page, 'respond-04-sms-inbox');
  const link = message.locator('a[href*="/s/"]');
  check(/\/s\/[A-Za-z0-9]{10}\?/.test(await link.getAttribute('href')), 'a short link');
  await link.click();
  await page.waitForSelector('text=Question 1 sur 7');
  check(await page.getAttribute('html', 'lang') === 'fr', 'in French');
  const { invitations } = await graphql(editor, `query($r: String) { invitations(respondentRef: $r) { edges { node { channel state } } } }`,
    { r: `sms-${phone}` });
  check(invitations.edges[0].node.channel === 'SMS' && invitations.edges[0].node.state === 'OPENED',
    `the invitation is an opened SMS one: ${JSON.stringify(invitations.edges[0].node)}`);
});

const team = await openBrowser();
await step('the Surveys screen shows the survey\'s public link with its QR code, as SVG and PNG downloads', async () => {
  await signIn(team.page, 'editor', `${base}/?view=surveys`);
  await team.page.waitForSelector('table.surveys tbody tr');
  await team.page.waitForFunction(() => ![...document.querySelectorAll('table.surveys td')].some((td) => td.textContent === '…'));
  const rows = await team.page.locator('table.surveys tbody tr').evaluateAll((trs) => trs.map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent)));
  check(rows.some((cells) => cells[3].includes(' › ') && Number(cells[4]) > 0), `a survey with its touchpoint and responses: ${JSON.stringify(rows[0])}`);
  await accessible(team.page, 'survey list');
  await team.page.goto(`${base}/?view=survey&id=${survey.id}`);
  await team.page.waitForSelector('.qr img');
  check(await team.page.inputValue('input.link') === survey.publicUrl, 'the public link');
  const stats = await team.page.textContent('[data-stats]');
  // The e-mail answered, the text message opened only.
  check(stats.includes('2 invited, 2 sent, 2 opened, 1 answered, 0 suppressed') && stats.includes('Response rate: 50 %'),
    stats);
  await accessible(team.page, 'survey links');
  await screenshot(team.page, 'respond-05-survey-links');
  const [png] = await Promise.all([team.page.waitForEvent('download'), team.page.getByRole('button', { name: 'Download QR (PNG)' }).click()]);
  const pngBytes = await (await import('node:fs/promises')).readFile(await png.path());
  check(pngBytes.subarray(1, 4).toString() === 'PNG' && pngBytes.length > 1000, 'a PNG image');
  const [svg] = await Promise.all([team.page.waitForEvent('download'), team.page.getByRole('button', { name: 'Download QR (SVG)' }).click()]);
  const svgText = await (await import('node:fs/promises')).readFile(await svg.path(), 'utf8');
  check(svgText.startsWith('<svg') && svgText.includes('<path'), 'an SVG image');
});

await step('a trigger on Checkout, added on the screen: a checkout of a contact invites them; their answer on a phone reaches the open map', async () => {
  const section = team.page.locator('section[aria-labelledby=triggers-title]');
  await section.locator('select').first().waitFor();
  check((await section.textContent()).includes('No trigger'), 'no trigger yet');
  check((await section.locator('select').first().inputValue()) === checkout.id, 'the survey\'s touchpoint is chosen');
  await section.getByLabel('Delay').fill('0');
  await section.getByLabel('Unit').selectOption('minutes');
  await section.getByRole('button', { name: 'Add trigger' }).click();
  await section.locator('table.triggers tbody tr').waitFor();
  const row = await section.locator('table.triggers tbody tr').textContent();
  check(row.includes('Checkout') && row.includes('at once') && row.includes('fired by 0,'), row);
  await accessible(team.page, 'survey triggers');

  const map = await openBrowser();
  await signIn(map.page, 'viewer', `${base}/?view=map&id=${checkoutJourney}`);
  const card = '[data-touchpoint="Checkout"] .score';
  await map.page.waitForSelector(card);
  const before = await map.page.textContent(card);
  const buyer = `checkout-${Date.now()}@example.com`;
  await graphql(editor, `mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }`,
    { in: { respondentRef: buyer, email: buyer, locale: 'fr', emailConsent: true } });
  await graphql(await token('collector'), `mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) { accepted } }`,
    { e: [{ eventId: `order-${buyer}`, touchpointId: checkout.id, customerRef: buyer, occurredAt: new Date().toISOString() }] });
  const mail = await awaitMail(buyer); // touchpoint-service → Kafka → feedback-service → maildev
  const link = mail.html.match(/href="([^"]*\/s\/[^"?]*\?lang=fr)/)[1].replace(/^https?:\/\/[^/]+/, base);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(link);
  await page.waitForSelector('text=Question 1 sur 7');
  await page.getByText('2', { exact: true }).click();
  for (let i = 1; i < 7; i++) {
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.waitForSelector(`text=Question ${i + 1} sur 7`);
  }
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await page.waitForSelector('text=Merci !');
  await map.page.waitForFunction(([selector, old]) => document.querySelector(selector)?.textContent !== old, [card, before],
    { timeout: 15_000 });
  console.log(`  the open map's Checkout card: "${before}" → "${await map.page.textContent(card)}"`);
  const rate = await map.page.textContent('[data-touchpoint="Checkout"] [data-rate]');
  check(/^Response rate \d+ % \(\d+ of \d+ answered\)$/.test(rate), `the card's response rate: ${rate}`);
  await screenshot(map.page, 'respond-07-map-response-rate');
  await map.context.close();
  await section.getByRole('button', { name: 'Refresh' }).click();
  await team.page.waitForFunction(() => document.querySelector('table.triggers [data-counts]')?.textContent
    .includes('fired by 1, 1 invited, 0 not contacts'));
  await screenshot(team.page, 'respond-06-survey-triggers');
  await section.getByRole('button', { name: 'Delete' }).click(); // no later checkout of the demo invites anyone
  await section.getByText('No trigger').waitFor();
});

await step('an editor makes a personal link on the screen; switching the public link off shows respondents a clear page', async () => {
  await team.page.getByLabel('Respondent reference', { exact: true }).fill(`screen-${Date.now()}`);
  await team.page.getByRole('button', { name: 'Create the link' }).click();
  await team.page.waitForSelector('[role=status] input.link');
  const made = await team.page.inputValue('[role=status] input.link');
  check(made.includes('/s/') && made !== survey.publicUrl, 'a personal link');
  await team.page.getByRole('button', { name: 'Switch off' }).click();
  await team.page.waitForSelector('text=Switched off');
  await page.goto(publicUrl);
  await page.waitForSelector('text=This survey is no longer available here.');
  await accessible(page, 'switched-off link');
  await page.goto(made.replace(/^https?:\/\/[^/]+/, base));
  await page.waitForSelector('.question'); // personal links keep working
});
await step('Contacts: an editor imports a CSV file (previewed), and each refused row says why', async () => {
  const stamp = Date.now();
  const csv = `respondentRef,email,locale,emailConsent,attributes.tier\r\nscreen-a-${stamp},a-${stamp}@example.com,fr,yes,gold\r\n`
    + `screen-b-${stamp},not-an-address,en,yes,\r\nscreen-c-${stamp},c-${stamp}@example.com,en,maybe,\r\n`;
  await team.page.goto(`${base}/?view=contacts`);
  await team.page.waitForSelector('#contacts-title');
  await team.page.getByLabel('CSV file').setInputFiles({ name: 'crm-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await team.page.waitForSelector('text=3 rows in crm-export.csv');
  check(await team.page.locator('table.preview tr').count() === 4, 'the header and three rows previewed');
  await team.page.getByRole('button', { name: 'Import', exact: true }).click();
  await team.page.waitForSelector('text=3 rows: 1 contacts created, 0 updated, 2 refused.');
  const why = await team.page.textContent('table.refused');
  check(why.includes('email: must be an e-mail address') && why.includes('emailConsent: must be true or false'), why);
  await accessible(team.page, 'contacts import');
  await team.page.getByLabel('Search (reference or e-mail)').fill(`screen-a-${stamp}`);
  await team.page.waitForFunction(() => document.querySelectorAll('table.contacts tbody tr').length === 1);
  check((await team.page.textContent('table.contacts tbody')).includes(`a-${stamp}@example.com`), 'found by search');
  await screenshot(team.page, 'respond-06-contacts');
});

await team.context.close();

const viewer = await openBrowser();
await step('a viewer reads the contacts without their e-mail addresses or phone numbers, and cannot import', async () => {
  await signIn(viewer.page, 'viewer', `${base}/?view=contacts`);
  await viewer.page.waitForSelector('table.contacts tbody tr');
  const reach = await viewer.page.locator('table.contacts tbody td:nth-child(2)').allTextContents();
  check(reach.length > 0 && reach.every((cell) => !cell.includes('@') && !cell.includes('+')), reach.join(' | '));
  check(reach.some((cell) => cell.includes('e-mail')), 'a viewer sees who can be reached by e-mail');
  check(await viewer.page.locator('input[type=file]').count() === 0, 'no import for a viewer');
  await accessible(viewer.page, 'contacts as viewer');
});
await viewer.context.close();

await browser.context.close();
if (run.failed) process.exit(1);
