// The journey map: columns are stages (one sub-column per touchpoint), rows are lanes.
import { Fragment, type ComponentChildren } from 'preact';
import type { MapJourneyFragment } from '../gql/graphql';
import { formatNumber, label, t } from '../i18n';
import { ChannelIcon } from '../ui';
import { ChartLegend, EmotionChart, EmotionScale, type CurvePoint } from './charts';
import { COLUMN_WIDTH, columnSpans, LANE_WIDTH, type LaneKey } from './layout';
import { badge } from './scores';

export type MapJourney = MapJourneyFragment;
export type MapStage = MapJourney['stages'][number];
export type MapTouchpoint = MapStage['touchpoints'][number];

export interface MapActions {
  editTouchpoint(touchpoint: MapTouchpoint): void;
  addTouchpoint(stage: MapStage): void;
  moveTouchpoint(touchpointId: string, stageId: string, position: number | null): void;
  renameStage(stage: MapStage): void;
  moveStage(stage: MapStage, position: number): void;
  removeStage(stage: MapStage): void;
  showTrend(touchpoint: MapTouchpoint): void;
}

/** How the reader looks at the map: its scale, and the lanes folded away (a view of the map, not an edit). */
export interface MapView {
  scale: number;
  folded: ReadonlySet<LaneKey>;
  toggleLane(lane: LaneKey): void;
}

const DRAGGED = 'application/x-parcours-touchpoint';

const nothing = () => undefined;
/** The actions of a map no one edits (compare, presentation). */
export const READ_ONLY: MapActions = { editTouchpoint: nothing, addTouchpoint: nothing, moveTouchpoint: nothing,
  renameStage: nothing, moveStage: nothing, removeStage: nothing, showTrend: nothing };

/** The grid's columns for a journey (none before it is loaded). */
export function columnsOf(journey: Pick<MapJourney, 'stages'> | null | undefined): number {
  return columnSpans(journey?.stages.map((stage) => stage.touchpoints.length) ?? []).reduce((a, b) => a + b, 0);
}

export function JourneyGrid({ journey, canEdit, actions, view }: { journey: MapJourney; canEdit: boolean;
  actions: MapActions; view: MapView }) {
  const stages = journey.stages;
  const spans = columnSpans(stages.map((stage) => stage.touchpoints.length));
  const columns = spans.reduce((sum, span) => sum + span, 0);
  const byTouchpoint = new Map((journey.emotionCurve ?? []).map((point) => [point.touchpointId, point]));
  const curve: (CurvePoint | null)[] = stages.flatMap((stage) => stage.touchpoints.length
    ? stage.touchpoints.map((tp) => byTouchpoint.get(tp.id) ?? null) : [null]);
  const funnelOf = new Map((journey.funnel?.stages ?? []).map((stage) => [stage.stageId, stage]));
  const breakStage = journey.funnel?.breakStage?.stageId;
  const blueprint = journey.mapType === 'SERVICE_BLUEPRINT';

  /** One cell per touchpoint (an empty one for a stage without any), for a touchpoint lane. */
  const perTouchpoint = (render: (tp: MapTouchpoint) => ComponentChildren, lane: string) =>
    stages.flatMap((stage) => stage.touchpoints.length
      ? stage.touchpoints.map((tp) => <div key={tp.id} class={`cell ${lane}`}>{render(tp)}</div>)
      : [<div key={stage.id} class={`cell ${lane} empty-cell`} />]);
  const list = (items: readonly string[]) => items.length ? <ul>{items.map((item, i) => <li key={i}>{item}</li>)}</ul>
    : null;
  const drop = (stageId: string, position: number | null) => canEdit ? {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer?.types.includes(DRAGGED)) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const id = event.dataTransfer?.getData(DRAGGED);
      if (!id) return;
      event.preventDefault();
      actions.moveTouchpoint(id, stageId, position);
    },
  } : {};
  /** A lane: its label, which folds and unfolds it, then its cells (or one thin cell across, folded). */
  const lane = (key: LaneKey, name: string, cells: ComponentChildren, scale?: ComponentChildren) => {
    const folded = view.folded.has(key);
    return <Fragment key={key}>
      <div class={`lane-label ${scale && !folded ? 'with-scale' : ''}`}>
        {!folded && scale}
        <button type="button" class="lane-toggle" aria-expanded={!folded} onClick={() => view.toggleLane(key)}
          title={folded ? t('unfoldLane') : t('foldLane')}><span aria-hidden="true" class="no-export">{folded ? '▸' : '▾'}</span>{' '}
          {name}</button>
      </div>
      {folded ? <div class="cell folded" style={{ gridColumn: `span ${columns}` }} /> : cells}
    </Fragment>;
  };

  return (
      <div class="map-grid" role="region" aria-label={journey.name}
        style={{ gridTemplateColumns: `${LANE_WIDTH}px repeat(${columns}, ${COLUMN_WIDTH}px)`,
          zoom: view.scale === 1 ? undefined : view.scale }}>
        <div class="lane-label corner" />
        {stages.map((stage, i) => (
          <div key={stage.id} class={`cell stage-header ${stage.id === breakStage ? 'breaks' : ''}`}
            style={{ gridColumn: `span ${spans[i]}` }} data-stage={stage.name}
            {...drop(stage.id, null)}>
            <h2>{stage.name}</h2>
            <p class="muted">{t('responses', { count: stage.feedback?.responseCount ?? 0 })}</p>
            {canEdit && <div class="stage-tools no-export">
              <button type="button" onClick={() => actions.renameStage(stage)}
                aria-label={`${t('renameStage')}: ${stage.name}`}>✎</button>
              <button type="button" disabled={i === 0} onClick={() => actions.moveStage(stage, stage.position - 1)}
                aria-label={`${t('moveLeft')}: ${stage.name}`}>←</button>
              <button type="button" disabled={i === stages.length - 1}
                onClick={() => actions.moveStage(stage, stage.position + 1)}
                aria-label={`${t('moveRight')}: ${stage.name}`}>→</button>
              <button type="button" onClick={() => actions.removeStage(stage)}
                aria-label={`${t('removeStage')}: ${stage.name}`}>✕</button>
              <button type="button" onClick={() => actions.addTouchpoint(stage)}
                aria-label={`${t('addTouchpoint')}: ${stage.name}`}>+ {t('addTouchpoint')}</button>
            </div>}
          </div>))}

        {lane('actions', t('laneActions'), perTouchpoint((tp) => tp.customerAction, 'actions'))}

        {lane('touchpoints', t('laneTouchpoints'),
          stages.flatMap((stage) => stage.touchpoints.length ? stage.touchpoints.map((tp) => (
            <div key={tp.id} class="cell touchpoints" {...drop(stage.id, tp.position)}>
              <TouchpointCard touchpoint={tp} canEdit={canEdit} actions={actions} />
            </div>)) : [<div key={stage.id} class="cell touchpoints empty-cell" {...drop(stage.id, null)}>
              <p class="empty">{t('noTouchpoints')}</p>
            </div>]))}

        {lane('thoughts', t('laneThoughts'), perTouchpoint((tp) => tp.customerThought
          && <p class="thought">“{tp.customerThought}”</p>, 'thoughts'))}

        {lane('emotion', t('laneEmotion'),
          <div class="cell emotion" style={{ gridColumn: `span ${columns}` }}>
            <EmotionChart points={curve} columns={columns} />
            <ChartLegend />
          </div>, <EmotionScale />)}

        {blueprint && <>
          <BlueprintLine name={t('lineOfInteraction')} kind="interaction" />
          {lane('frontstage', t('laneFrontstage'), perTouchpoint((tp) => list(tp.frontstage), 'blueprint'))}
          <BlueprintLine name={t('lineOfVisibility')} kind="visibility" />
          {lane('backstage', t('laneBackstage'), perTouchpoint((tp) => list(tp.backstage), 'blueprint'))}
          <BlueprintLine name={t('lineOfInternalInteraction')} kind="internal" />
          {lane('support', t('laneSupport'), perTouchpoint((tp) => list(tp.supportProcesses), 'blueprint'))}
        </>}
        {lane('pain', t('lanePainPoints'), perTouchpoint((tp) => list(tp.painPoints), 'pain'))}
        {lane('opportunities', t('laneOpportunities'), perTouchpoint((tp) => list(tp.opportunities), 'opportunity'))}

        {lane('funnel', t('laneFunnel'), stages.map((stage, i) => {
            const funnel = funnelOf.get(stage.id);
            return (
              <div key={stage.id} class={`cell funnel ${stage.id === breakStage ? 'breaks' : ''}`}
                style={{ gridColumn: `span ${spans[i]}` }}>
                {funnel ? <>
                  <strong>{t('customers', { count: funnel.customers })}</strong>
                  {funnel.conversionFromPrevious !== null && funnel.conversionFromPrevious !== undefined
                    && <span>{t('conversion', { value: `${formatNumber(funnel.conversionFromPrevious * 100, 0)} %` })}</span>}
                  {funnel.dropOff ? <span>{t('dropOff', { count: funnel.dropOff })}</span> : null}
                  {stage.id === breakStage && <span class="break-flag">{t('breaksHere')}</span>}
                </> : <span class="muted">—</span>}
              </div>);
          }))}
      </div>
  );
}

/**
 * A service blueprint's line across the whole map, between the lanes it separates: the line of interaction (what the
 * customer does / what the brand does in front of them), of visibility (seen / not seen by the customer) and of
 * internal interaction (the front and back office / the systems and teams that support them).
 */
function BlueprintLine({ name, kind }: { name: string; kind: 'interaction' | 'visibility' | 'internal' }) {
  return <div class={`blueprint-line ${kind}`} role="separator" aria-label={name}>
    <span class="line-name">{name}</span>
  </div>;
}

/** The response rate of the invitations about a touchpoint, beside its score: answered of sent. */
export function ResponseRate({ stats }: { stats: MapTouchpoint['invitationStats'] }) {
  if (!stats || stats.sent === 0) return null;
  return <p class="rate" data-rate>{t('responseRateOf', { rate: formatNumber((stats.responseRate ?? 0) * 100, 0),
    answered: stats.answered, sent: stats.sent })}</p>;
}

function TouchpointCard({ touchpoint: tp, canEdit, actions }: { touchpoint: MapTouchpoint; canEdit: boolean;
  actions: MapActions }) {
  const score = badge(tp.feedback);
  const responses = tp.feedback?.responseCount ?? 0;
  return (
    <article class="touchpoint" data-touchpoint={tp.name} data-stage-id={tp.stageId} draggable={canEdit}
      onDragStart={(event) => event.dataTransfer?.setData(DRAGGED, tp.id)}>
      <header>
        <ChannelIcon channel={tp.channel} />
        <h3>{tp.name}</h3>
      </header>
      <p class="muted">{label(tp.channel)} · {label(tp.interaction)}{tp.ownerTeam && ` · ${tp.ownerTeam}`}</p>
      <button type="button" class={`score ${score ? score.band : 'none'}`} onClick={() => actions.showTrend(tp)}>
        <span class="visually-hidden">{tp.name}: </span>
        {score ? <><span class="kind">{score.kind}</span> {score.text}</> : '—'}
        <span class="count">n={responses}</span>
        <span class="visually-hidden"> ({t('responses', { count: responses })})</span>
      </button>
      <ResponseRate stats={tp.invitationStats} />
      {(tp.surveys ?? []).length > 0 && <p class="surveys">{t('surveys')}: {(tp.surveys ?? [])
        .map((survey) => `${survey.kind} (${label(survey.status)})`).join(', ')}</p>}
      {canEdit && <button type="button" class="edit no-export" onClick={() => actions.editTouchpoint(tp)}
        aria-label={`${t('editTouchpoint')}: ${tp.name}`}>{t('edit')}</button>}
    </article>
  );
}
