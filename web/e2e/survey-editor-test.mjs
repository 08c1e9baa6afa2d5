// The survey editor as a CX team uses it, in Chromium against the running platform (./parcours up): a new survey with
// every question type in English and French, a hidden field and the Checkout touchpoint, previewed as respondents see
// it; a rule broken and named; saved, published, answered on its hosted page in French; edited and published again as
// version 2. axe-core on the editor. Screenshots to web/target/screenshots/editor-*.png.
import { accessibilityProblems, openBrowser, screenshot, shots, signIn } from './browser.mjs';
import { base, graphql, token } from './platform.mjs';
import { check, steps } from './steps.mjs';

const run = steps(() => browser.page.screenshot({ path: `${shots}editor-failure.png`, fullPage: true }));
const step = run.step;
const title = `Written on screen ${new Date().toISOString().slice(0, 19)}`;
const browser = await openBrowser();
const page = browser.page;
const form = page.locator('form.editor-form');
const preview = page.locator('.survey-preview');
const question = (n) => form.locator('fieldset.question-editor').nth(n - 1);

/** Adds a question of this type and writes its text in both languages. */
async function addQuestion(type, en, fr) {
  await form.getByLabel('Type', { exact: true }).last().selectOption(type);
  await form.getByRole('button', { name: 'Add a question' }).click();
  const added = question(await form.locator('fieldset.question-editor').count());
  await added.getByLabel('Text (English)').fill(en);
  await added.getByLabel('Text (Français)').fill(fr);
  return added;
}

let surveyId;
await step('an editor opens a new survey from the Surveys screen; the preview follows what is typed', async () => {
  await signIn(page, 'editor', `${base}/?view=surveys`);
  await page.getByRole('link', { name: 'New survey' }).click();
  await form.waitFor();
  await form.getByLabel('Title').fill(title);
  const touchpoints = form.getByLabel('About the touchpoint');
  await touchpoints.selectOption(await touchpoints.locator('option', { hasText: '› Checkout' }).first().getAttribute('value'));
  await form.getByLabel(/^Hidden fields/).fill('order');
  await form.getByLabel(/^Reminder after/).fill('3');
  const nps = question(1);
  await nps.getByLabel('Text (English)').fill('How likely are you to recommend our shop?');
  await nps.getByLabel('Text (Français)').fill('Recommanderiez-vous notre boutique ?');
  await nps.getByLabel('Required').check();
  await preview.getByText('How likely are you to recommend our shop?').waitFor();
  check(await preview.locator('.scale input').count() === 11, 'the preview shows NPS as 0–10');
});

await step('every other question type, in English and French, with a rating range, options and a text length', async () => {
  await addQuestion('CSAT', 'How satisfied are you with delivery?', 'Êtes-vous satisfait de la livraison ?');
  await addQuestion('CES', 'How easy was it to order?', 'Était-il facile de commander ?');
  const rating = await addQuestion('RATING', 'Rate our prices', 'Notez nos prix');
  await rating.getByLabel('Lowest score').fill('1');
  await rating.getByLabel('Highest score').fill('10');
  const single = await addQuestion('SINGLE_CHOICE', 'How did you discover us?', 'Comment nous avez-vous découverts ?');
  for (const [n, en, fr] of [[1, 'A friend', 'Un ami'], [2, 'Search engine', 'Moteur de recherche']]) {
    await single.getByLabel(`Option ${n} (English)`).fill(en);
    await single.getByLabel(`Option ${n} (Français)`).fill(fr);
  }
  await single.getByRole('button', { name: 'Add an option' }).click();
  await single.getByLabel('Option 3 (English)').fill('An advert');
  await single.getByLabel('Option 3 (Français)').fill('Une publicité');
  const multiple = await addQuestion('MULTIPLE_CHOICE', 'What did you like?', "Qu'avez-vous aimé ?");
  for (const [n, en, fr] of [[1, 'Price', 'Le prix'], [2, 'Speed', 'La rapidité']]) {
    await multiple.getByLabel(`Option ${n} (English)`).fill(en);
    await multiple.getByLabel(`Option ${n} (Français)`).fill(fr);
  }
  const text = await addQuestion('TEXT', 'Anything else?', 'Autre chose ?');
  await text.getByLabel(/^Longest answer/).fill('300');
  check(await form.locator('fieldset.question-editor').count() === 7, '7 questions');
  const problems = await accessibilityProblems(page);
  check(problems.length === 0, problems.join('; '));
  await screenshot(page, 'editor-01-new-survey');
});

await step('the preview in French, answered through to its thank-you (nothing is sent)', async () => {
  await preview.getByLabel('Language').selectOption('fr');
  await preview.getByText('Recommanderiez-vous notre boutique ?').waitFor();
  await preview.getByText('9', { exact: true }).click();
  for (let i = 0; i < 7; i++) await preview.getByRole('button', { name: /Suivant|Envoyer mes réponses/ }).click();
  await preview.getByText('Merci !').waitFor();
});

await step('a question without its text in the default language is refused by name, and nothing is stored', async () => {
  await question(3).getByLabel('Text (English)').fill('');
  await form.getByRole('button', { name: 'Save the draft' }).click();
  const alert = await form.locator('[role=alert]').textContent();
  check(alert.includes('questions[2]') && alert.includes('en'), alert);
  const { surveys } = await graphql(await token('viewer'), '{ surveys(first: 100) { edges { node { title } } } }');
  check(!surveys.edges.some((e) => e.node.title === title), 'no survey stored');
  await question(3).getByLabel('Text (English)').fill('How easy was it to order?');
});

await step('saved as a draft, then published: the survey\'s page shows version 1 with its 7 questions', async () => {
  await form.getByRole('button', { name: 'Save the draft' }).click();
  await page.getByText('Draft saved.').waitFor();
  surveyId = new URL(page.url()).searchParams.get('id');
  check(!!surveyId, 'the editor\'s address names the saved survey');
  await form.getByRole('button', { name: 'Publish' }).click();
  await page.locator('h1', { hasText: title }).waitFor();
  check((await page.textContent('main')).includes('v1'), 'version 1');
  check(await page.locator('.survey-questions li').count() === 7, '7 questions listed');
});

await step('its public link opens the hosted page in French, every question as written', async () => {
  const { survey } = await graphql(await token('editor'), 'query($id: ID!) { survey(id: $id) { publicUrl hiddenFields reminderAfterDays touchpointId questions { id type min max maxLength options { id } } } }', { id: surveyId });
  check(survey.hiddenFields.join() === 'order' && survey.reminderAfterDays === 3 && survey.touchpointId, 'settings stored');
  check(survey.questions.map((q) => q.type).join() === 'NPS,CSAT,CES,RATING,SINGLE_CHOICE,MULTIPLE_CHOICE,TEXT', 'types');
  check(survey.questions[3].min === 1 && survey.questions[3].max === 10 && survey.questions[6].maxLength === 300, 'ranges');
  check(survey.questions[4].options.length === 3, 'three options');
  const respondent = await openBrowser();
  await respondent.page.goto(`${survey.publicUrl.replace(/^https?:\/\/[^/]+/, base)}?lang=fr`);
  await respondent.page.getByText('Recommanderiez-vous notre boutique ?').waitFor();
  await respondent.page.setViewportSize({ width: 390, height: 844 });
  await screenshot(respondent.page, 'editor-02-hosted-page');
  await respondent.context.close();
});

await step('edited (a text changed, the last question moved up) and published again as version 2', async () => {
  await page.getByRole('link', { name: 'Edit the questions' }).click();
  await form.waitFor();
  check(await question(1).getByLabel('Text (English)').inputValue() === 'How likely are you to recommend our shop?', 'loaded');
  await question(2).getByLabel('Text (English)').fill('How satisfied are you with our delivery?');
  await form.getByRole('button', { name: 'Move question 7 up' }).click();
  await form.getByRole('button', { name: 'Save the draft' }).click();
  await page.getByText('Draft saved.').waitFor();
  await form.getByRole('button', { name: 'Publish' }).click();
  await page.locator('h1', { hasText: title }).waitFor();
  check((await page.textContent('main')).includes('v2'), 'version 2');
  const items = await page.locator('.survey-questions li').allTextContents();
  check(items[1].includes('our delivery') && items[5].includes('Anything else?'), items.join(' | '));
  await screenshot(page, 'editor-03-published-v2');
});

await browser.context.close();
if (run.failed) process.exit(1);
console.log('survey editor test passed');
