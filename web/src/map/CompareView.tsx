// A current-state map and the future state derived from it, from one request, aligned in one table: stage by stage,
// each touchpoint beside its counterpart, what was added, removed or changed marked, and the designed emotion's change
// beside the emotion customers report today.
import { call } from '../api';
import { formatNumber, label, t, type MessageKey } from '../i18n';
import { useLoad } from '../load';
import { CompareMapsQuery } from '../operations';
import { href, onLink, type Route } from '../route';
import { ChannelIcon, ErrorBox, Loading } from '../ui';
import { signed } from './charts';
import { changeCounts, compareMaps, type Change, type ComparedField, type TouchpointPair } from './compare';
import type { MapJourney, MapTouchpoint } from './JourneyGrid';
import { instants, type DayRange } from './range';

const CHANGE_LABEL: Record<Change, MessageKey> = { added: 'changeAdded', removed: 'changeRemoved',
  changed: 'changeChanged', unchanged: 'changeUnchanged' };
const FIELD_LABEL: Record<ComparedField, MessageKey> = { channel: 'channel', interaction: 'interaction',
  ownerTeam: 'ownerTeam', customerAction: 'customerAction', customerThought: 'customerThought', emotion: 'laneEmotion',
  painPoints: 'lanePainPoints', opportunities: 'laneOpportunities', frontstage: 'laneFrontstage',
  backstage: 'laneBackstage', supportProcesses: 'laneSupport', description: 'description' };

export function CompareView({ route }: { route: Route }) {
  const range: DayRange = { from: route.from, to: route.to };
  const maps = useLoad(() => call(CompareMapsQuery, { current: route.id!, future: route.with!,
    ...instants(range) }), [route.id, route.with, route.from, route.to]);
  if (maps.error) return <ErrorBox error={maps.error} onRetry={maps.reload} />;
  if (!maps.data) return <Loading />;
  const { current, future } = maps.data;
  if (!current || !future) return <p class="empty" role="alert">{t('notFound')}</p>;
  const stages = compareMaps(current, future);
  const counts = changeCounts(stages);
  const measured = new Map((current.emotionCurve ?? []).map((point) => [point.touchpointId, point.measured]));
  const mapLink = (journey: MapJourney, title: string) => <a href={href({ view: 'map', id: journey.id, ...range })}
    onClick={onLink({ view: 'map', id: journey.id, ...range })}>{title}: {journey.name}</a>;
  return (
    <section class="compare" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('compareTitle')}</h1>
      <p>{mapLink(current, t('currentState'))} · {mapLink(future, t('futureState'))}</p>
      <p class="compare-summary" role="status">{(['added', 'removed', 'changed', 'unchanged'] as const).map((change) =>
        <span key={change} class={`change ${change}`}>{t(CHANGE_LABEL[change])}: {counts[change]}</span>)}</p>
      <table class="compare-table">
        <thead><tr>
          <th scope="col">{t('currentState')}</th><th scope="col">{t('futureState')}</th>
          <th scope="col">{t('compareChange')}</th><th scope="col">{t('compareEmotion')}</th>
        </tr></thead>
        {stages.map((stage) => <tbody key={stage.name} data-stage={stage.name}>
          <tr class={`stage-row ${stage.change}`}><th scope="rowgroup" colSpan={4}>{stage.name}
            {stage.change !== 'unchanged' && <span class={`change ${stage.change}`}>
              {t(CHANGE_LABEL[stage.change])}</span>}
          </th></tr>
          {stage.touchpoints.length === 0 && <tr><td colSpan={4} class="muted">{t('noTouchpoints')}</td></tr>}
          {stage.touchpoints.map((pair) => <PairRow key={(pair.future ?? pair.current)!.id} pair={pair}
            measured={pair.current ? measured.get(pair.current.id) ?? null : null} />)}
        </tbody>)}
      </table>
    </section>
  );
}

function PairRow({ pair, measured }: { pair: TouchpointPair; measured: number | null }) {
  const side = (touchpoint: MapTouchpoint | null) => touchpoint
    ? <><ChannelIcon channel={touchpoint.channel} /> <strong>{touchpoint.name}</strong>
      <span class="muted"> · {label(touchpoint.channel)}</span></> : <span class="muted">—</span>;
  const designed = (touchpoint: MapTouchpoint | null) => touchpoint?.emotion != null ? signed(touchpoint.emotion)
    : '—';
  return (
    <tr class={`pair ${pair.change}`} data-touchpoint={(pair.future ?? pair.current)!.name} data-change={pair.change}>
      <td>{side(pair.current)}</td>
      <td>{side(pair.future)}</td>
      <td><span class={`change ${pair.change}`}>{t(CHANGE_LABEL[pair.change])}</span>
        {pair.fields.length > 0 && <span class="fields">
          {' '}{pair.fields.map((field) => t(FIELD_LABEL[field])).join(', ')}</span>}
      </td>
      <td class="emotion-change">{designed(pair.current)} → {designed(pair.future)}
        {pair.emotionDelta !== null && pair.emotionDelta !== 0 && <strong class={pair.emotionDelta > 0 ? 'up' : 'down'}>
          {' '}({signed(pair.emotionDelta)})</strong>}
        {measured !== null && <span class="muted"> · {t('measuredNow', { value: formatNumber(measured) })}</span>}
      </td>
    </tr>
  );
}
