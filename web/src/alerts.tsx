// The alert inbox: what the rules raised, newest first, live; editors acknowledge (taking it) and close alerts.
import { useEffect, useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import type { AlertPlacesQuery as AlertPlaces, AlertState, InboxAlertFragment } from './gql/graphql';
import { formatNumber, label, t } from './i18n';
import { subscribe } from './live';
import { useLoad } from './load';
import { AcknowledgeAlert, AlertPlacesQuery, AlertsQuery, CloseAlert, LiveAlerts } from './operations';
import { Pager, usePages } from './pager';
import { href, onLink } from './route';
import { ErrorBox, Loading } from './ui';
import { AlertRules } from './alert-rules';

const STATES: (AlertState | '')[] = ['OPEN', 'ACKNOWLEDGED', 'CLOSED', ''];

export function AlertInbox({ session }: { session: Session }) {
  const [state, setState] = useState<AlertState | ''>('OPEN');
  const pages = usePages([state]);
  const alerts = useLoad(() => call(AlertsQuery, { filter: state ? { state } : undefined, after: pages.after }),
    [state, pages.after]);
  const [arrived, setArrived] = useState<InboxAlertFragment[]>([]);
  const [failure, setFailure] = useState<unknown>();
  const places = useLoad(() => call(AlertPlacesQuery, {}).then((data) => ({ names: placeNames(data),
    journeys: data.journeys.edges.map((edge) => edge.node) })), []);
  useEffect(() => subscribe(LiveAlerts, {}, (data) => setArrived((seen) => [data.alertRaised as InboxAlertFragment,
    ...seen].slice(0, 50))), []);
  useEffect(() => setArrived([]), [alerts.data]);

  if (alerts.error) return <ErrorBox error={alerts.error} onRetry={alerts.reload} />;
  if (!alerts.data) return <Loading />;
  const listed = alerts.data.alerts.edges.map((edge) => edge.node as InboxAlertFragment);
  const fresh = pages.first && (state === '' || state === 'OPEN')
    ? arrived.filter((alert) => !listed.some((known) => known.id === alert.id)) : [];
  const act = (work: Promise<unknown>) => work.then(() => { setFailure(undefined); alerts.reload(); }, setFailure);
  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">{t('alertsTitle')}</h1>
      <div class="filters">
        <label>{t('alertState')}{' '}
          <select name="state" value={state} onChange={(e) => setState(e.currentTarget.value as AlertState | '')}>
            {STATES.map((s) => <option value={s}>{s ? label(s) : t('all')}</option>)}
          </select>
        </label>
      </div>
      {fresh.length > 0 && <p class="live-note" role="status">{t('alertsArrived', { count: fresh.length })}</p>}
      {failure !== undefined && <ErrorBox error={failure} />}
      {fresh.length + listed.length === 0 ? <p class="empty">{t('noAlerts')}</p> : (
        <table class="list alerts">
          <thead><tr><th>{t('alertRaised')}</th><th>{t('alertKind')}</th><th>{t('alertWhat')}</th>
            <th>{t('alertState')}</th><th>{t('alertAssignee')}</th>{session.canEdit && <th>{t('alertActions')}</th>}</tr>
          </thead>
          <tbody>
            {[...fresh, ...listed].map((alert) => <tr key={alert.id} data-alert={alert.id}
              class={fresh.includes(alert) ? 'fresh' : undefined}>
              <td>{new Date(alert.raisedAt).toLocaleString()}</td>
              <td>{label(alert.kind)}<br /><small class="muted">{alert.ruleName}</small></td>
              <td>{where(alert, places.data?.names) && <strong>{where(alert, places.data?.names)}: </strong>}
                {describeAlert(alert)}{alert.journeyId && <> · <a href={href({ view: 'map', id: alert.journeyId })}
                onClick={onLink({ view: 'map', id: alert.journeyId })}>{t('alertOpenMap')}</a></>}</td>
              <td>{label(alert.state)}</td>
              <td>{alert.assignee ?? '—'}</td>
              {session.canEdit && <td class="follow-up">
                {alert.state === 'OPEN' && <button type="button" onClick={() => act(call(AcknowledgeAlert,
                  { id: alert.id, assignee: session.user }))}>{t('acknowledge')}</button>}
                {alert.state !== 'CLOSED' && <button type="button" onClick={() => act(call(CloseAlert,
                  { id: alert.id }))}>{t('closeAlert')}</button>}
              </td>}
            </tr>)}
          </tbody>
        </table>
      )}
      <Pager pages={pages} pageInfo={alerts.data.alerts.pageInfo} total={alerts.data.alerts.totalCount} />
      <AlertRules session={session} journeys={places.data?.journeys ?? []} places={places.data?.names} />
    </section>
  );
}

/** Names of the workspace's journeys, stages and touchpoints by id (alerts carry ids). */
function placeNames(data: AlertPlaces): Map<string, string> {
  const names = new Map<string, string>();
  for (const { node: journey } of data.journeys.edges) {
    names.set(journey.id, journey.name);
    for (const stage of journey.stages) {
      names.set(stage.id, `${stage.name} · ${journey.name}`);
      for (const touchpoint of stage.touchpoints) names.set(touchpoint.id, `${touchpoint.name} · ${journey.name}`);
    }
  }
  return names;
}

/** Where the alert is: its touchpoint, else its stage, else its journey, by name once the names are read. */
function where(alert: InboxAlertFragment, names: Map<string, string> | undefined): string | undefined {
  const id = alert.touchpointId ?? alert.stageId ?? alert.journeyId;
  return id ? names?.get(id) : undefined;
}

/** What fired, in words: the answer and who gave it, or the drop over the window. */
export function describeAlert(alert: InboxAlertFragment): string {
  if (alert.kind === 'SCORE_DROP') {
    const unit = (value: number | null | undefined) => alert.metric === 'CSAT' ? `${formatNumber(value ?? 0)} %`
      : formatNumber(value ?? 0);
    return t('alertDrop', { metric: alert.metric ?? '', value: unit(alert.value), baseline: unit(alert.baseline),
      count: alert.windowResponses ?? 0 });
  }
  return t('alertAnswer', { score: alert.score ?? '—', who: alert.respondentRef ?? t('erased') });
}
