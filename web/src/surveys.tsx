// Surveys: the workspace's surveys, and for each the links respondents open — the public link with its QR code (SVG
// and PNG, for stores and events) and personal links — its triggers and its invitations; editors switch the public
// link, make personal links, set up triggers and invite contacts.
import { useEffect, useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import type { InvitationChannel, SurveyLinksQuery as SurveyLinks, SurveyStatus } from './gql/graphql';
import { formatNumber, label, locale, t } from './i18n';
import { useLoad } from './load';
import { CreatePersonalLink, InviteContacts, SetSurveyPublicLink, SurveyInvitationsQuery, SurveyLinksQuery, SurveysQuery,
  TouchpointChoicesQuery } from './operations';
import { Pager, usePages } from './pager';
import { CHANNELS, Triggers } from './triggers';
import { href, onLink } from './route';
import { ErrorBox, Field, Loading, Select } from './ui';
import { touchpointNames } from './touchpoint-names';
import { WebsiteWidget } from './website-widget';

const STATUSES: (SurveyStatus | '')[] = ['ACTIVE', 'DRAFT', 'CLOSED', ''];
/** The QR code library, loaded when a survey's links are shown (not with the app). */
const qrCodes = () => import('qrcode').then((module) => module.default);

export function SurveyList({ session }: { session: Session }) {
  const [status, setStatus] = useState<SurveyStatus | ''>('ACTIVE');
  const pages = usePages([status]);
  const surveys = useLoad(() => call(SurveysQuery, { status: status || undefined, after: pages.after }),
    [status, pages.after]);
  const touchpoints = useLoad(() => call(TouchpointChoicesQuery, {}).then(touchpointNames), []);
  if (surveys.error) return <ErrorBox error={surveys.error} onRetry={surveys.reload} />;
  if (!surveys.data) return <Loading />;
  const rows = surveys.data.surveys.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="surveys-title">
      <h1 id="surveys-title">{t('surveysTitle')}</h1>
      {session.canEdit && <p><a class="button" href={href({ view: 'survey-edit' })} onClick={onLink({ view: 'survey-edit' })}>
        {t('newSurvey')}</a></p>}
      <div class="filters">
        <label>{t('surveyStatus')}{' '}
          <select name="status" value={status} onChange={(e) => setStatus(e.currentTarget.value as SurveyStatus | '')}>
            {STATUSES.map((s) => <option value={s}>{s ? label(s) : t('all')}</option>)}
          </select>
        </label>
      </div>
      {rows.length === 0 ? <p class="empty">{t('noSurveys')}</p> : (
        <table class="list surveys">
          <thead><tr><th>{t('surveyTitle')}</th><th>{t('surveyKind')}</th><th>{t('surveyStatus')}</th>
            <th>{t('touchpoint')}</th><th class="number">{t('responses')}</th><th class="number">{t('responseRate')}</th>
            <th>{t('publicLink')}</th></tr></thead>
          <tbody>
            {rows.map((survey) => <tr key={survey.id}>
              <td><a href={href({ view: 'survey', id: survey.id })} onClick={onLink({ view: 'survey', id: survey.id })}>
                {survey.title}</a></td>
              <td>{label(survey.kind)}</td>
              <td>{label(survey.status)}{survey.latestVersion > 0 && <small class="muted"> · v{survey.latestVersion}</small>}</td>
              <td>{survey.touchpointId ? touchpoints.data?.get(survey.touchpointId) ?? '…' : '—'}</td>
              <td class="number">{survey.feedback?.responseCount ?? 0}</td>
              <td class="number">{rateText(survey.invitationStats)}</td>
              <td>{survey.publicLinkEnabled ? t('linkOn') : t('linkOff')}</td>
            </tr>)}
          </tbody>
        </table>
      )}
      <Pager pages={pages} pageInfo={surveys.data.surveys.pageInfo} total={surveys.data.surveys.totalCount} />
    </section>
  );
}

/** "40 % of 25 invited", or a dash without invitations. */
function rateText(stats: { invited: number; responseRate?: number | null } | null | undefined): string {
  if (!stats || stats.invited === 0 || stats.responseRate == null) return '—';
  return t('rateOfInvited', { rate: Math.round(stats.responseRate * 100), invited: stats.invited });
}

export function SurveyPage({ session, id }: { session: Session; id: string }) {
  const loaded = useLoad(() => call(SurveyLinksQuery, { id }), [id]);
  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const survey = loaded.data.survey;
  if (!survey) return <ErrorBox error={t('surveyNotFound')} />;
  const ui = locale.get();
  return (
    <section aria-labelledby="survey-title">
      <p><a href={href({ view: 'surveys' })} onClick={onLink({ view: 'surveys' })}>← {t('surveysTitle')}</a></p>
      <h1 id="survey-title">{survey.title}</h1>
      <p class="muted">{label(survey.kind)} · {label(survey.status)}{survey.latestVersion > 0 && ` · v${survey.latestVersion}`}</p>
      {survey.hasUnpublishedChanges && <p class="muted">{t('unpublishedChanges')}</p>}
      {session.canEdit && <p><a class="button" href={href({ view: 'survey-edit', id: survey.id })}
        onClick={onLink({ view: 'survey-edit', id: survey.id })}>{t('editQuestions')}</a></p>}
      <h2>{t('surveyQuestions')}</h2>
      <ol class="survey-questions">
        {survey.questions.map((q) => <li key={q.id}>
          {(q.labels.find((l) => l.locale === ui) ?? q.labels.find((l) => l.locale === survey.defaultLocale) ?? q.labels[0]).text}
          <small class="muted"> · {q.type}{q.required && ` · ${t('required')}`}</small>
        </li>)}
      </ol>
      <PublicLink session={session} survey={survey} onChanged={loaded.reload} />
      {session.canEdit && <PersonalLinkForm surveyId={survey.id} />}
      <WebsiteWidget session={session} publicUrl={survey.publicUrl} />
      <Triggers session={session} surveyId={survey.id} surveyTouchpointId={survey.touchpointId} />
      <Invitations session={session} surveyId={survey.id} />
    </section>
  );
}

type Survey = NonNullable<SurveyLinks['survey']>;

function PublicLink({ session, survey, onChanged }: { session: Session; survey: Survey; onChanged: () => void }) {
  const [svg, setSvg] = useState('');
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    qrCodes().then((QRCode) => QRCode.toString(survey.publicUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then(setSvg, setFailure);
  }, [survey.publicUrl]);
  const switchLink = () => call(SetSurveyPublicLink, { id: survey.id, enabled: !survey.publicLinkEnabled,
    expectedRevision: survey.revision }).then(onChanged, setFailure);
  const download = async (kind: 'svg' | 'png') => {
    const url = kind === 'svg' ? URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      : await (await qrCodes()).toDataURL(survey.publicUrl, { width: 1024, margin: 2, errorCorrectionLevel: 'M' });
    const a = Object.assign(document.createElement('a'), { href: url, download: `survey-${survey.id}.${kind}` });
    a.click();
    if (kind === 'svg') URL.revokeObjectURL(url);
  };
  return (
    <section class="panel" aria-labelledby="public-link-title">
      <h2 id="public-link-title">{t('publicLink')}</h2>
      <p class="muted">{t('publicLinkHelp')}</p>
      {failure !== undefined && <ErrorBox error={failure} />}
      <p><input class="link" readOnly aria-label={t('publicLink')} value={survey.publicUrl} />{' '}
        <a href={survey.publicUrl} target="_blank" rel="noopener">{t('openSurveyPage')}</a></p>
      {survey.hiddenFields.length > 0 && <p class="muted">{t('hiddenFieldsHelp', { fields: survey.hiddenFields.join(', ') })}</p>}
      <p>{survey.publicLinkEnabled ? t('linkOn') : t('linkOff')}{session.canEdit && <>{' '}
        <button type="button" onClick={switchLink}>{survey.publicLinkEnabled ? t('switchLinkOff') : t('switchLinkOn')}</button></>}</p>
      {svg && <figure class="qr">
        <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={t('qrAlt', { title: survey.title })}
          width={180} height={180} />
        <figcaption>
          <button type="button" onClick={() => download('svg')}>{t('downloadSvg')}</button>{' '}
          <button type="button" onClick={() => download('png')}>{t('downloadPng')}</button>
        </figcaption>
      </figure>}
    </section>
  );
}

function PersonalLinkForm({ surveyId }: { surveyId: string }) {
  const [respondent, setRespondent] = useState('');
  const [days, setDays] = useState('30');
  const [made, setMade] = useState<{ url: string; expiresAt: string }>();
  const [failure, setFailure] = useState<unknown>();
  const submit = (event: Event) => {
    event.preventDefault();
    call(CreatePersonalLink, { surveyId, respondentRef: respondent, validDays: Number(days) })
      .then((data) => { setMade(data.createPersonalLink); setFailure(undefined); }, setFailure);
  };
  return (
    <section class="panel" aria-labelledby="personal-link-title">
      <h2 id="personal-link-title">{t('personalLink')}</h2>
      <p class="muted">{t('personalLinkHelp')}</p>
      <form onSubmit={submit} class="inline-form">
        <Field label={t('respondentRef')} value={respondent} onInput={setRespondent} required name="respondentRef" />
        <Field label={t('validDays')} value={days} onInput={setDays} type="number" required name="validDays" />
        <button type="submit" class="primary">{t('createLink')}</button>
      </form>
      {failure !== undefined && <ErrorBox error={failure} />}
      {made && <p role="status"><input class="link" readOnly aria-label={t('personalLink')} value={made.url} />{' '}
        <span class="muted">{t('linkExpires', { date: new Date(made.expiresAt).toLocaleDateString(locale.get()) })}</span></p>}
    </section>
  );
}

/** The survey's invitations: how many were sent, opened and answered, the latest ones, and (editors) inviting more. */
function Invitations({ session, surveyId }: { session: Session; surveyId: string }) {
  const loaded = useLoad(() => call(SurveyInvitationsQuery, { surveyId }), [surveyId]);
  const [who, setWho] = useState('');
  const [channel, setChannel] = useState<InvitationChannel>('EMAIL');
  const [failure, setFailure] = useState<unknown>();
  const [scheduled, setScheduled] = useState<number>();
  const invite = (event: Event) => {
    event.preventDefault();
    const attribute = who.match(/^([A-Za-z][A-Za-z0-9_]*)=(.+)$/);
    const variables = attribute ? { surveyId, channel, attributes: [{ name: attribute[1], value: attribute[2] }] }
      : { surveyId, channel, respondentRefs: who.split(/[,\s]+/).filter(Boolean) };
    call(InviteContacts, variables).then((data) => {
      setScheduled(data.inviteContacts.scheduled);
      setFailure(undefined);
      loaded.reload();
    }, setFailure);
  };
  if (loaded.error) return <ErrorBox error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const stats = loaded.data.invitationStats;
  return (
    <section class="panel" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('invitationsTitle')}</h2>
      <p data-stats>{t('invitationNumbers', { invited: stats.invited, sent: stats.sent, opened: stats.opened,
        answered: stats.answered, suppressed: stats.suppressed })}{' · '}
        {t('responseRate')}: {stats.responseRate == null ? '—' : `${formatNumber(stats.responseRate * 100, 0)} %`}
        {stats.medianSecondsToAnswer != null && ` · ${t('medianToAnswer', { minutes: formatNumber(stats.medianSecondsToAnswer / 60, 1) })}`}
        {' '}<button type="button" onClick={loaded.reload}>{t('refresh')}</button></p>
      {session.canEdit && <form class="inline-form" onSubmit={invite}>
        <Field label={t('inviteWho')} value={who} onInput={setWho} required name="invitees" hint={t('inviteWhoHint')} />
        <Select label={t('channel')} value={channel} options={CHANNELS} onChange={(c) => setChannel(c as InvitationChannel)} />
        <button type="submit" class="primary">{t('invite')}</button>
      </form>}
      {scheduled !== undefined && <p role="status">{t('invitationsScheduled', { count: scheduled })}</p>}
      {failure !== undefined && <ErrorBox error={failure} />}
      {loaded.data.invitations.edges.length > 0 && <table class="list invitations">
        <thead><tr><th>{t('respondentRef')}</th><th>{t('channel')}</th><th>{t('invitationState')}</th><th>{t('invitationSent')}</th></tr></thead>
        <tbody>{loaded.data.invitations.edges.map(({ node }) => <tr key={node.id}>
          <td>{node.respondentRef}</td>
          <td>{label(node.channel)}</td>
          <td>{node.state}{node.suppression && ` (${node.suppression})`}{node.error && ` (${node.error})`}</td>
          <td>{node.sentAt ? new Date(node.sentAt).toLocaleString() : '—'}</td>
        </tr>)}</tbody>
      </table>}
    </section>
  );
}
