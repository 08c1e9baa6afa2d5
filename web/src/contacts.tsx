// Contacts: the people the workspace invites to its surveys. Readers search them (without their e-mail address or
// phone number, which editors and admins alone see); editors import a CSV file (previewed, then each refused row
// shown with why) and unsubscribe contacts; admins erase a respondent with everything kept about them.
import { useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import type { ImportContactsMutation } from './gql/graphql';
import { t } from './i18n';
import { useLoad } from './load';
import { ContactsQuery, EraseRespondent, ImportContacts, UnsubscribeContact } from './operations';
import { Pager, usePages } from './pager';
import { ErrorBox, Loading } from './ui';

const PREVIEW_ROWS = 5;

export function ContactList({ session }: { session: Session }) {
  const [search, setSearch] = useState('');
  const pages = usePages([search]);
  const contacts = useLoad(() => call(ContactsQuery, { search: search || undefined, after: pages.after }),
    [search, pages.after]);
  const [failure, setFailure] = useState<unknown>();
  const act = (work: Promise<unknown>) => work.then(() => { setFailure(undefined); contacts.reload(); }, setFailure);
  const isAdmin = session.roles.includes('admin');
  return (
    <section aria-labelledby="contacts-title">
      <h1 id="contacts-title">{t('contactsTitle')}</h1>
      {session.canEdit && <CsvImport onImported={contacts.reload} />}
      <div class="filters">
        <label>{t('contactSearch')}{' '}
          <input type="search" name="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
      </div>
      {failure !== undefined && <ErrorBox error={failure} />}
      {contacts.error ? <ErrorBox error={contacts.error} onRetry={contacts.reload} /> : !contacts.data ? <Loading /> : (
        <>
          {contacts.data.contacts.edges.length === 0 ? <p class="empty">{t('noContacts')}</p> : (
            <table class="list contacts">
              <thead><tr><th>{t('respondentRef')}</th><th>{t('contactReach')}</th><th>{t('contactLocale')}</th>
                <th>{t('contactConsent')}</th><th>{t('contactAttributes')}</th>
                {session.canEdit && <th>{t('alertActions')}</th>}</tr></thead>
              <tbody>
                {contacts.data.contacts.edges.map(({ node: c }) => <tr key={c.respondentRef}>
                  <td>{c.respondentRef}</td>
                  <td>{session.canEdit ? [c.email, c.phone].filter(Boolean).join(' · ')
                    : [c.hasEmail && t('hasEmail'), c.hasPhone && t('hasPhone')].filter(Boolean).join(' · ')}</td>
                  <td>{c.locale ?? '—'}</td>
                  <td>{c.unsubscribedAt ? t('unsubscribedOn', { date: new Date(c.unsubscribedAt).toLocaleDateString() })
                    : [c.emailConsent && t('consentEmail'), c.smsConsent && t('consentSms')].filter(Boolean).join(', ') || '—'}</td>
                  <td>{c.attributes.map((a) => `${a.name}=${a.value}`).join(', ')}</td>
                  {session.canEdit && <td class="follow-up">
                    {!c.unsubscribedAt && <button type="button" onClick={() => act(call(UnsubscribeContact,
                      { respondentRef: c.respondentRef }))}>{t('unsubscribe')}</button>}
                    {isAdmin && <button type="button" class="danger" onClick={() => confirm(t('eraseConfirm',
                      { ref: c.respondentRef })) && act(call(EraseRespondent, { respondentRef: c.respondentRef }))}>
                      {t('erase')}</button>}
                  </td>}
                </tr>)}
              </tbody>
            </table>
          )}
          <Pager pages={pages} pageInfo={contacts.data.contacts.pageInfo} total={contacts.data.contacts.totalCount} />
        </>
      )}
    </section>
  );
}

type Report = ImportContactsMutation['importContacts'];

function CsvImport({ onImported }: { onImported: () => void }) {
  const [csv, setCsv] = useState<{ name: string; text: string }>();
  const [report, setReport] = useState<Report>();
  const [failure, setFailure] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const lines = csv ? csv.text.split(/\r?\n/).filter((line) => line.length > 0) : [];
  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setReport(undefined);
    setFailure(undefined);
    setCsv(file ? { name: file.name, text: await file.text() } : undefined);
  }
  function start() {
    if (!csv) return;
    setBusy(true);
    call(ImportContacts, { csv: csv.text }).then((data) => {
      setReport(data.importContacts);
      setCsv(undefined);
      onImported();
    }, setFailure).finally(() => setBusy(false));
  }
  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('importContacts')}</h2>
      <p class="muted">{t('importHelp')}</p>
      <label>{t('csvFile')}{' '}<input type="file" accept=".csv,text/csv" onChange={choose} /></label>
      {csv && <>
        <p>{t('importPreview', { rows: Math.max(0, lines.length - 1), file: csv.name })}</p>
        <table class="list preview"><tbody>
          {lines.slice(0, PREVIEW_ROWS + 1).map((line, i) => <tr key={i}>
            {line.split(',').map((cell, j) => i === 0 ? <th key={j}>{cell}</th> : <td key={j}>{cell}</td>)}</tr>)}
        </tbody></table>
        <button type="button" class="primary" disabled={busy} onClick={start}>{t('importStart')}</button>
      </>}
      {failure !== undefined && <ErrorBox error={failure} />}
      {report && <div role="status">
        <p>{t('importDone', { received: report.received, created: report.created, updated: report.updated,
          refused: report.refused.length })}</p>
        {report.refused.length > 0 && <table class="list refused">
          <thead><tr><th>{t('importRow')}</th><th>{t('respondentRef')}</th><th>{t('importWhy')}</th></tr></thead>
          <tbody>{report.refused.map((row) => <tr key={row.row}><td>{row.row}</td><td>{row.respondentRef ?? '—'}</td>
            <td>{row.violations.map((v) => `${v.field}: ${v.rule}`).join('; ')}</td></tr>)}</tbody>
        </table>}
      </div>}
    </section>
  );
}
