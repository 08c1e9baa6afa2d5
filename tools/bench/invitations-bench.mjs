// Invitations per second to the local SMTP server: contacts imported, one survey, all invited; the time until the
// last is SENT, and the e-mails maildev caught. Prints one Markdown table row for BENCHMARKS.md.
const [contacts, token] = [Number(process.argv[2]), process.argv[3]];
const gateway = 'http://127.0.0.1:8080/graphql';
const run = `bench-${Date.now()}`;

async function graphql(query, variables = {}) {
  const response = await fetch(gateway, { method: 'POST', body: JSON.stringify({ query, variables }),
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const rows = ['respondentRef,email,locale,emailConsent,attributes.run'];
for (let i = 0; i < contacts; i++) rows.push(`${run}-${i},${run}-${i}@example.com,${i % 2 ? 'fr' : 'en'},yes,${run}`);
const imported = await (await fetch('http://127.0.0.1:8083/api/v1/contacts/import', { method: 'POST',
  headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${token}` }, body: rows.join('\r\n') })).json();
if (imported.created !== contacts) throw new Error(`import: ${JSON.stringify(imported).slice(0, 300)}`);

const { createSurveyFromTemplate: draft } = await graphql('mutation { createSurveyFromTemplate(kind: NPS) { id revision } }');
await graphql('mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id } }',
  { id: draft.id, r: draft.revision });
const started = Date.now();
await graphql('mutation($s: ID!, $a: [AttributeFilter]) { inviteContacts(surveyId: $s, attributes: $a) { scheduled } }',
  { s: draft.id, a: [{ name: 'run', value: run }] });
let sent = 0;
while (sent < contacts) {
  if (Date.now() - started > 600_000) throw new Error(`only ${sent} of ${contacts} sent in 10 minutes`);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  sent = (await graphql('query($s: ID) { invitations(surveyId: $s, state: SENT, first: 1) { totalCount } }',
    { s: draft.id })).invitations.totalCount;
}
const seconds = (Date.now() - started) / 1000;
const mails = await (await fetch('http://127.0.0.1:1080/api/email')).json();
const caught = new Set(mails.flatMap((mail) => (mail.to ?? []).map((to) => to.address)).filter((a) => a.startsWith(run)));
console.log(`| ${contacts} invitations, one survey | ${seconds.toFixed(1)} s | ${(contacts / seconds).toFixed(0)}/s | ${caught.size} distinct addresses in maildev |`);
if (caught.size !== contacts) process.exit(1);
