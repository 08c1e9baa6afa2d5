// The map screen: one GraphQL request for the whole journey (scores and funnel over the chosen days), the grid,
// editing for editors, export and share.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { describeAlert } from '../alerts';
import { call, query } from '../api';
import type { Session } from '../auth';
import { formatNumber, label, t } from '../i18n';
import { useLoad } from '../load';
import type { InboxAlertFragment } from '../gql/graphql';
import { subscribe } from '../live';
import { DeriveJourney, JourneyMapQuery, LiveAlerts, LiveFeedback, MoveStage,
  MoveTouchpoint } from '../operations';
import { Avatar } from '../personas';
import { href, navigate, onLink, type Route } from '../route';
import { ErrorBox, Loading } from '../ui';
import { columnsOf, JourneyGrid, type MapActions, type MapJourney, type MapStage, type MapTouchpoint }
  from './JourneyGrid';
import { JourneyDialog } from './JourneyDialog';
import type { Zoom } from './layout';
import { Presentation } from './Presentation';
import { useMapReading } from './reading';
import { scoreText } from './scores';
import { describe, instants, type DayRange } from './range';
import { RemoveStageDialog, StageNameDialog } from './StageDialogs';
import { TouchpointDialog, type DialogOutcome, type TouchpointTarget } from './TouchpointDialog';
import { TrendDialog } from './TrendDialog';

/** Marks when the map's data arrived and when the map from it was on screen (read by the browser test). */
function useRenderTiming(data: unknown) {
  useLayoutEffect(() => {
    if (!data) return;
    requestAnimationFrame(() => performance.measure('map-render', 'map-data'));
  }, [data]);
}

async function timed<T>(read: Promise<T>): Promise<T> {
  const result = await read;
  performance.clearMarks('map-data');
  performance.mark('map-data');
  return result;
}

/**
 * Live: the map reloads when responses about the journey arrive (at most once a second, however many come), and
 * an alert raised about it is announced.
 */
function useLiveMap(journeyId: string, reload: () => void) {
  const [updated, setUpdated] = useState<Date>();
  const [alert, setAlert] = useState<InboxAlertFragment>();
  useEffect(() => {
    let timer: number | undefined;
    const stopFeedback = subscribe(LiveFeedback, { journeyId }, () => {
      timer ??= window.setTimeout(() => {
        timer = undefined;
        reload();
        setUpdated(new Date());
      }, 1000);
    });
    const stopAlerts = subscribe(LiveAlerts, {}, (data) => {
      const raised = data.alertRaised as InboxAlertFragment | null;
      if (raised?.journeyId === journeyId) setAlert(raised);
    });
    return () => {
      stopFeedback();
      stopAlerts();
      window.clearTimeout(timer);
    };
  }, [journeyId]);
  return { updated, alert, dismiss: () => setAlert(undefined) };
}

type Editing =
  | { kind: 'touchpoint'; target: TouchpointTarget }
  | { kind: 'details' }
  | { kind: 'stage-name'; stage?: MapStage }
  | { kind: 'remove-stage'; stage: MapStage }
  | { kind: 'trend'; touchpoint: MapTouchpoint };

export function MapView({ session, route }: { session: Session; route: Route }) {
  const range: DayRange = { from: route.from, to: route.to };
  const map = useLoad(() => timed(query(JourneyMapQuery, { id: route.id!, ...instants(range) })),
    [route.id, route.from, route.to]);
  const [editing, setEditing] = useState<Editing>();
  const [presenting, setPresenting] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [failure, setFailure] = useState<unknown>();
  const exported = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const reading = useMapReading(box, columnsOf(map.data?.data?.journey));
  useRenderTiming(map.data);
  const live = useLiveMap(route.id!, map.reload);

  if (map.error) return <ErrorBox error={map.error} onRetry={map.reload} />;
  if (!map.data) return <Loading />;
  const journey = map.data.data?.journey;
  if (!journey) return <p class="empty" role="alert">{t('notFound')}</p>;

  const afterEdit = (work: Promise<unknown>) => work.then(() => { setFailure(undefined); map.reload(); },
    (error: unknown) => { setFailure(error); map.reload(); });
  const canEdit = session.canEdit;
  const actions: MapActions = {
    editTouchpoint: (touchpoint) => setEditing({ kind: 'touchpoint', target: {
      stage: journey.stages.find((s) => s.id === touchpoint.stageId)!, touchpoint } }),
    addTouchpoint: (stage) => setEditing({ kind: 'touchpoint', target: { stage } }),
    moveTouchpoint: (id, stageId, position) => afterEdit(call(MoveTouchpoint, { id, stageId, position })),
    renameStage: (stage) => setEditing({ kind: 'stage-name', stage }),
    moveStage: (stage, position) => afterEdit(call(MoveStage, { stageId: stage.id, position })),
    removeStage: (stage) => setEditing({ kind: 'remove-stage', stage }),
    showTrend: (touchpoint) => setEditing({ kind: 'trend', touchpoint }),
  };
  const closed = (outcome: DialogOutcome | boolean) => {
    setEditing(undefined);
    if (outcome === 'conflict') setNotice(t('conflict'));
    if (outcome === 'saved' || outcome === true || outcome === 'conflict') map.reload();
  };
  const derive = () => call(DeriveJourney, { id: journey.id, mapType: 'FUTURE_STATE' })
    .then((data) => navigate({ view: 'compare', id: journey.id, with: data.deriveJourney.id, ...range }),
      setFailure);
  const fileName = `${journey.name.replace(/[^\p{L}\p{N}]+/gu, '-')}`;

  return (
    <article class="map-view" aria-labelledby="map-title">
      {map.data.errors.length > 0 && <p class="warning" role="alert">
        {t('partial', { message: map.data.errors.map((e) => e.message).join('; ') })}</p>}
      {notice && <div class="notice" role="alert"><p>{notice}</p>
        <button type="button" onClick={() => setNotice(undefined)}>{t('close')}</button></div>}
      {failure !== undefined && <ErrorBox error={failure} />}
      {live.alert && <div class="notice live-alert" role="alert"><p>{t('liveAlert', { kind: label(live.alert.kind),
        where: touchpointName(journey, live.alert.touchpointId) ?? journey.name, what: describeAlert(live.alert) })}{' '}
        <a href={href({ view: 'alerts' })} onClick={onLink({ view: 'alerts' })}>{t('viewAlerts')}</a></p>
        <button type="button" onClick={live.dismiss}>{t('close')}</button></div>}
      {live.updated && <p class="live-note" role="status">{t('liveUpdated',
        { time: live.updated.toLocaleTimeString() })}</p>}
      <MapToolbar journey={journey} session={session} range={range} route={route}
        exportTarget={() => exported.current!} fileName={fileName} onDerive={derive}
        onAddStage={() => setEditing({ kind: 'stage-name' })} onDetails={() => setEditing({ kind: 'details' })}
        onPresent={() => setPresenting(true)}
        zoom={reading.zoom} scale={reading.scale} onZoom={reading.setZoom} />
      <div class="map-export" ref={exported}>
        <MapHeader journey={journey} range={range} />
        <div class="map-scroll" ref={setBox}>
          {journey.stages.length === 0 ? <p class="empty">{t('noStages')}</p>
            : <JourneyGrid journey={journey} canEdit={canEdit} actions={actions} view={reading} />}
        </div>
      </div>
      {canEdit && journey.stages.length > 0 && <p class="muted">{t('dragHint')}</p>}
      {presenting && <Presentation journey={journey} onExit={() => setPresenting(false)} />}
      {editing?.kind === 'touchpoint' && <TouchpointDialog journey={journey} target={editing.target}
        onDone={closed} />}
      {editing?.kind === 'details' && <JourneyDialog journey={journey} canDelete={session.isAdmin}
        onDone={closed} />}
      {editing?.kind === 'stage-name' && <StageNameDialog journey={journey} stage={editing.stage} onDone={closed} />}
      {editing?.kind === 'remove-stage' && <RemoveStageDialog journey={journey} stage={editing.stage}
        onDone={closed} />}
      {editing?.kind === 'trend' && <TrendDialog touchpoint={editing.touchpoint} range={range}
        onClose={() => setEditing(undefined)} />}
    </article>
  );
}

/** Draws the whole map, at 100 % and unscrolled, while an export is made from it. */
async function unscrolled(element: HTMLElement, work: (element: HTMLElement) => Promise<void>) {
  element.classList.add('exporting');
  try {
    await work(element);
  } finally {
    element.classList.remove('exporting');
  }
}

function touchpointName(journey: MapJourney, id: string | null | undefined): string | undefined {
  return journey.stages.flatMap((stage) => stage.touchpoints).find((touchpoint) => touchpoint.id === id)?.name;
}

function MapToolbar({ journey, session, range, route, exportTarget, fileName, onDerive, onAddStage, onDetails, zoom,
  scale, onZoom, onPresent }: {
  journey: MapJourney; session: Session; range: DayRange; route: Route; exportTarget: () => HTMLElement;
  fileName: string; onDerive: () => void; onAddStage: () => void; onDetails: () => void; zoom: Zoom; scale: number;
  onZoom: (zoom: Zoom) => void; onPresent: () => void }) {
  const [from, setFrom] = useState(range.from ?? '');
  const [to, setTo] = useState(range.to ?? '');
  const [shared, setShared] = useState<string>();
  const menu = useRef<HTMLDetailsElement>(null);
  const apply = (event: Event) => {
    event.preventDefault();
    navigate({ ...route, from: from || undefined, to: to || undefined });
  };
  const share = () => {
    const link = new URL(href({ view: 'map', id: journey.id, ...range }), location.origin).toString();
    setShared(link);
    void navigator.clipboard?.writeText(link).catch(() => undefined);
  };
  const subtitle = `${label(journey.mapType)} · ${t('rangePrinted', { range: describe(range) })}`;
  const exportWith = async (kind: 'png' | 'pdf') => {
    const { exportPdf, exportPng } = await import('./exports');
    await unscrolled(exportTarget(), (element) => kind === 'png' ? exportPng(element, `${fileName}.png`)
      : exportPdf(element, `${fileName}.pdf`, journey.name, subtitle));
  };
  const exportVector = async () => (await import('./vector-pdf')).exportVectorPdf(journey, `${fileName}.pdf`, subtitle);
  const exportSlides = async () => (await import('./deck')).exportPptx(journey, `${fileName}.pptx`, subtitle);
  const exportSheet = async () => (await import('./sheet')).exportCsv(journey, `${fileName}.csv`);
  const exportJson = async () => (await import('./sheet')).exportJson(journey, `${fileName}.parcours.json`);
  return (
    <div class="map-toolbar">
      <form class="range" onSubmit={apply} aria-label={t('rangePrinted', { range: describe(range) })}>
        <label>{t('from')} <input type="date" name="from" value={from}
          onInput={(e) => setFrom(e.currentTarget.value)} /></label>
        <label>{t('to')} <input type="date" name="to" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
        <button type="submit">{t('applyRange')}</button>
        {(range.from || range.to) && <button type="button"
          onClick={() => navigate({ ...route, from: undefined, to: undefined })}>{t('allTime')}</button>}
      </form>
      <div class="zoom" role="group" aria-label={t('zoom')}>
        <button type="button" aria-pressed={zoom === 'fit'} onClick={() => onZoom('fit')}>
          {t('zoomFit')}{zoom === 'fit' && ` (${formatNumber(scale * 100, 0)} %)`}</button>
        <button type="button" aria-pressed={zoom === 'actual'} onClick={() => onZoom('actual')}>100 %</button>
      </div>
      <div class="actions">
        {session.canEdit && <button type="button" onClick={onDetails}>{t('journeyDetails')}</button>}
        {session.canEdit && <button type="button" onClick={onAddStage}>{t('addStage')}</button>}
        {session.canEdit && journey.mapType === 'CURRENT_STATE' && <button type="button" onClick={onDerive}>
          {t('deriveFuture')}</button>}
        {journey.derivedFromId && <a href={href({ view: 'compare', id: journey.derivedFromId, with: journey.id,
          ...range })} onClick={onLink({ view: 'compare', id: journey.derivedFromId, with: journey.id, ...range })}>
          {t('compareWithCurrent')}</a>}
        {journey.stages.length > 0 && <button type="button" onClick={onPresent}>{t('present')}</button>}
        <details class="export-menu" ref={menu}>
          <summary>{t('export')}</summary>
          <div class="menu" onClick={() => menu.current?.removeAttribute('open')}>
            <button type="button" onClick={() => exportWith('png')}>{t('exportPng')}</button>
            <button type="button" onClick={exportVector}>{t('exportPdf')}</button>
            <button type="button" onClick={() => exportWith('pdf')}>{t('exportPdfImage')}</button>
            <button type="button" onClick={exportSlides}>{t('exportPptx')}</button>
            <button type="button" onClick={exportSheet}>{t('exportCsv')}</button>
            <button type="button" onClick={exportJson}>{t('exportJson')}</button>
          </div>
        </details>
        <button type="button" onClick={share}>{t('share')}</button>
      </div>
      {shared && <p class="shared" role="status">{t('shareCopied')}{' '}
        <input aria-label={t('share')} readOnly value={shared} size={60} name="share-link" /></p>}
    </div>
  );
}

function MapHeader({ journey, range }: { journey: MapJourney; range: DayRange }) {
  const feedback = journey.feedback;
  const funnel = journey.funnel;
  return (
    <header class="map-header">
      <div>
        <h1 id="map-title">{journey.name}</h1>
        <p class="muted">{label(journey.mapType)} · {label(journey.status)} ·{' '}
          {t('rangePrinted', { range: describe(range) })}</p>
        {journey.description && <p>{journey.description}</p>}
      </div>
      {journey.persona && <a class="persona-mini" href={href({ view: 'persona', id: journey.persona.id })}
        onClick={onLink({ view: 'persona', id: journey.persona.id })}>
        <Avatar url={journey.persona.avatarUrl} name={journey.persona.name} />
        <span><strong>{journey.persona.name}</strong>{journey.persona.title && <> · {journey.persona.title}</>}
          {journey.persona.quote && <em> “{journey.persona.quote}”</em>}</span>
      </a>}
      <dl class="scores">
        <div><dt>NPS</dt><dd>{feedback?.nps ? scoreText('NPS', feedback.nps.score) : '—'}
          <small>n={feedback?.nps?.answers ?? 0}</small></dd></div>
        <div><dt>CSAT</dt><dd>{feedback?.csat ? scoreText('CSAT', feedback.csat.percentSatisfied) : '—'}
          <small>n={feedback?.csat?.answers ?? 0}</small></dd></div>
        <div><dt>CES</dt><dd>{feedback?.ces ? scoreText('CES', feedback.ces.mean) : '—'}
          <small>n={feedback?.ces?.answers ?? 0}</small></dd></div>
        <div><dt>{t('funnelConversion')}</dt><dd>{funnel?.overallConversion !== null
          && funnel?.overallConversion !== undefined ? `${formatNumber(funnel.overallConversion * 100, 0)} %` : '—'}
          <small>{funnel ? `${funnel.customersCompleted}/${funnel.customersEntered}` : ''}</small></dd></div>
        <div><dt>{t('responseRate')}</dt><dd data-rate>{journey.invitationStats?.responseRate != null
          ? `${formatNumber(journey.invitationStats.responseRate * 100, 0)} %` : '—'}
          <small>{journey.invitationStats ? `${journey.invitationStats.answered}/${journey.invitationStats.sent}` : ''}</small></dd></div>
      </dl>
      {(feedback?.responseCount ?? 0) === 0 && <p class="empty">{t('noResponsesYet')}</p>}
      {funnel && funnel.customersEntered === 0 && <p class="empty">{t('noInteractions')}</p>}
    </header>
  );
}
