// The alert inbox: what the rules raised, grouped by rule and place with their counts (bulk acknowledge and close),
// or alert by alert, newest first, live; filtered by state, kind and journey. Editors acknowledge (taking it) and
// close.
import { useEffect, useState } from 'preact/hooks';
import { call } from './api';
import type { Session } from './auth';
import type { AlertFilter, AlertGroupsQuery as Groups, AlertKind, AlertPlacesQuery as AlertPlaces, AlertState,
  InboxAlertFragment } from './gql/graphql';
import { formatNumber, label, t } from './i18n';
import { subscribe } from './live';
import { useLoad } from './load';
import { AcknowledgeAlert, AcknowledgeAlertGroups, AlertGroupsQuery, AlertPlacesQuery, AlertsQuery, CloseAlert,
  CloseAlertGroups, LiveAlerts } from './operations';
import { Pager, usePages } from './pager';
import { href, onLink } from './route';
import { ErrorBox, Loading } from './ui';
import { AlertRules, KINDS } from './alert-rules';

const STATES: (AlertState | '')[] = ['OPEN', 'ACKNOWLEDGED', 'CLOSED', ''];
type Group = Groups['alertGroups'][number];
type Place = Pick<AlertFilter, 'ruleId' | 'journeyId' | 'stageId' | 'touchpointId'>;

export function AlertInbox({ session }: { session: Session }) {
  const [state, setState] = useState<AlertState | ''>('OPEN');
  const [kind, setKind] = useState<AlertKind | ''>('');
  const [journeyId, setJourneyId] = useState('');
  const [grouped, setGrouped] = useState(true);
  const [place, setPlace] = useState<Place>();
  const places = useLoad(() => call(AlertPlacesQuery, {}).then((data) => ({ names: placeNames(data),
    journeys: data.journeys.edges.map((edge) => edge.node) })), []);
  const filter: AlertFilter = { state: state || null, kind: kind || null, journeyId: journeyId || null, ...place };
  const refilter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setPlace(undefined);
  };
  return (
    <section aria-labelledby="alerts-title">
      <h1 id="alerts-title">{t('alertsTitle')}</h1>
      <div class="filters">
        <label>{t('alertView')}{' '}
          <select name="view" value={grouped ? 'grouped' : 'each'} onChange={(e) => {
            setGrouped(e.currentTarget.value === 'grouped');
            setPlace(undefined);
          }}>
            <option value="grouped">{t('alertGrouped')}</option>
            <option value="each">{t('alertEach')}</option>
          </select>
        </label>
        <label>{t('alertState')}{' '}
          <select name="state" value={state}
            onChange={(e) => refilter(setState)(e.currentTarget.value as AlertState | '')}>
            {STATES.map((s) => <option value={s}>{s ? label(s) : t('all')}</option>)}
          </select>
        </label>
        <label>{t('alertKind')}{' '}
          <select name="kind" value={kind} onChange={(e) => refilter(setKind)(e.currentTarget.value as AlertKind | '')}>
            <option value="">{t('alertAllKinds')}</option>
            {KINDS.map((k) => <option value={k}>{label(k)}</option>)}
          </select>
        </label>
        <label>{t('alertJourney')}{' '}
          <select name="journey" value={journeyId} onChange={(e) => refilter(setJourneyId)(e.currentTarget.value)}>
            <option value="">{t('alertAllJourneys')}</option>
            {(places.data?.journeys ?? []).map((j) => <option value={j.id}>{j.name}</option>)}
          </select>
        </label>
        {place && <button type="button" onClick={() => setPlace(undefined)}>
          {placeLabel(place, places.data?.names)} ✕</button>}
      </div>
      {grouped ? <AlertGroups session={session} filter={filter} names={places.data?.names} onShow={(group) => {
        setPlace({ ruleId: group.ruleId, journeyId: group.journeyId, stageId: group.stageId,
          touchpointId: group.touchpointId });
        setGrouped(false);
      }} /> : <AlertList session={session} filter={filter} names={places.data?.names} />}
      <AlertRules session={session} journeys={places.data?.journeys ?? []} places={places.data?.names} />
    </section>
  );
}

/** Reloads when an alert is raised (at most once a second). */
function useReloadOnAlert(reload: () => void) {
  useEffect(() => {
    let timer: number | undefined;
    const stop = subscribe(LiveAlerts, {}, () => {
      timer ??= window.setTimeout(() => {
        timer = undefined;
        reload();
      }, 1000);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, []);
}

function AlertGroups({ session, filter, names, onShow }: { session: Session; filter: AlertFilter;
  names: Map<string, string> | undefined; onShow: (group: Group) => void }) {
  const key = JSON.stringify(filter);
  const groups = useLoad(() => call(AlertGroupsQuery, { filter }), [key]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  useReloadOnAlert(groups.reload);
  useEffect(() => setSelected(new Set()), [key]);

  if (groups.error) return <ErrorBox error={groups.error} onRetry={groups.reload} />;
  if (!groups.data) return <Loading />;
  const rows = groups.data.alertGroups;
  const act = (work: Promise<number>) => work.then((count) => {
    setFailure(undefined);
    setOutcome(t('alertsMoved', { count }));
    setSelected(new Set());
    groups.reload();
  }, setFailure);
  const acknowledge = (keys: string[]) => act(call(AcknowledgeAlertGroups, { groups: keys, assignee: session.user })
    .then((data) => data.acknowledgeAlertGroups));
  const close = (keys: string[]) => act(call(CloseAlertGroups, { groups: keys }).then((data) => data.closeAlertGroups));
  const toggle = (group: string) => setSelected((was) => {
    const next = new Set(was);
    if (!next.delete(group)) next.add(group);
    return next;
  });
  return <>
    {outcome && <p class="live-note" role="status">{outcome}</p>}
    {failure !== undefined && <ErrorBox error={failure} />}
    {session.canEdit && rows.length > 0 && <div class="actions bulk">
      <button type="button" disabled={selected.size === 0} onClick={() => acknowledge([...selected])}>
        {t('acknowledgeSelected', { count: selected.size })}</button>
      <button type="button" disabled={selected.size === 0} onClick={() => close([...selected])}>
        {t('closeSelected', { count: selected.size })}</button>
    </div>}
    {rows.length === 0 ? <p class="empty">{t('noAlerts')}</p> : (
      <table class="list alerts grouped">
        <thead><tr>{session.canEdit && <th><span class="visually-hidden">{t('alertSelect', { what: '' })}</span></th>}
          <th>{t('alertKind')}</th><th>{t('alertWhere')}</th><th>{t('alertCounts')}</th><th>{t('alertLatest')}</th>
          <th>{t('alertActions')}</th></tr></thead>
        <tbody>{rows.map((group) => {
          const place = placeLabel(group, names);
          return <tr key={group.key} data-group={group.key}>
            {session.canEdit && <td><input type="checkbox" checked={selected.has(group.key)}
              onChange={() => toggle(group.key)}
              aria-label={t('alertSelect', { what: `${group.ruleName}, ${place}` })} />
            </td>}
            <td>{label(group.kind)}<br /><small class="muted">{group.ruleName}</small></td>
            <td>{place}</td>
            <td class="counts"><strong>{group.open}</strong> · {group.acknowledged} · {group.closed}</td>
            <td>{new Date(group.latestRaisedAt).toLocaleString()}</td>
            <td class="follow-up">
              <button type="button" onClick={() => onShow(group)}>{t('showAlerts')}</button>
              {session.canEdit && group.open > 0 && <button type="button" onClick={() => acknowledge([group.key])}>
                {t('acknowledgeAll')}</button>}
              {session.canEdit && group.open + group.acknowledged > 0 && <button type="button"
                onClick={() => close([group.key])}>{t('closeAll')}</button>}
            </td>
          </tr>;
        })}</tbody>
      </table>)}
  </>;
}

function AlertList({ session, filter, names }: { session: Session; filter: AlertFilter;
  names: Map<string, string> | undefined }) {
  const key = JSON.stringify(filter);
  const pages = usePages([key]);
  const alerts = useLoad(() => call(AlertsQuery, { filter, after: pages.after }), [key, pages.after]);
  const [arrived, setArrived] = useState<InboxAlertFragment[]>([]);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => subscribe(LiveAlerts, {}, (data) => setArrived((seen) => [data.alertRaised as InboxAlertFragment,
    ...seen].slice(0, 50))), []);
  useEffect(() => setArrived([]), [alerts.data]);

  if (alerts.error) return <ErrorBox error={alerts.error} onRetry={alerts.reload} />;
  if (!alerts.data) return <Loading />;
  const listed = alerts.data.alerts.edges.map((edge) => edge.node as InboxAlertFragment);
  const fresh = pages.first && (!filter.state || filter.state === 'OPEN')
    ? arrived.filter((alert) => matches(alert, filter) && !listed.some((known) => known.id === alert.id)) : [];
  const act = (work: Promise<unknown>) => work.then(() => { setFailure(undefined); alerts.reload(); }, setFailure);
  return <>
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
            <td>{where(alert, names) && <strong>{where(alert, names)}: </strong>}
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
  </>;
}

/** Whether a live alert belongs in the list as filtered. */
function matches(alert: InboxAlertFragment, filter: AlertFilter): boolean {
  return (!filter.kind || alert.kind === filter.kind) && (!filter.ruleId || alert.ruleId === filter.ruleId)
    && (['journeyId', 'stageId', 'touchpointId'] as const).every((field) => !filter[field]
      || alert[field] === filter[field]);
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

/** Where the alert (or group) is: its touchpoint, else its stage, else its journey, by name once the names are read. */
function where(alert: Place, names: Map<string, string> | undefined): string | undefined {
  const id = alert.touchpointId ?? alert.stageId ?? alert.journeyId;
  return id ? names?.get(String(id)) : undefined;
}

/** A group's place in words: the workspace when it has none, "…" until the names are read. */
function placeLabel(place: Place, names: Map<string, string> | undefined): string {
  if (!place.touchpointId && !place.stageId && !place.journeyId) return t('wholeWorkspace');
  return where(place, names) ?? '…';
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
