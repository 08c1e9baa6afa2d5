// A current-state map and its future state side by side, aligned: stages matched by name, touchpoints by name
// within their stage (ignoring case and surrounding spaces), each pair marked added, removed, changed or unchanged,
// with the designed emotion's change. A renamed touchpoint shows as one removed and one added. Pure, tested without a
// browser.
import type { MapJourney, MapStage, MapTouchpoint } from './JourneyGrid';

export type Change = 'added' | 'removed' | 'changed' | 'unchanged';

/** The touchpoint fields compared, in the order a change lists them. */
export const COMPARED = ['channel', 'interaction', 'ownerTeam', 'customerAction', 'customerThought', 'emotion',
  'painPoints', 'opportunities', 'frontstage', 'backstage', 'supportProcesses', 'description'] as const;
export type ComparedField = typeof COMPARED[number];

export interface TouchpointPair {
  current: MapTouchpoint | null;
  future: MapTouchpoint | null;
  change: Change;
  /** For a changed pair, the fields that differ. */
  fields: ComparedField[];
  /** Future designed emotion minus current; null unless both have one. */
  emotionDelta: number | null;
}

export interface StagePair {
  name: string;
  change: Change;
  touchpoints: TouchpointPair[];
}

const key = (name: string) => name.trim().toLowerCase();

function differences(current: MapTouchpoint, future: MapTouchpoint): ComparedField[] {
  return COMPARED.filter((field) => JSON.stringify(current[field] ?? null) !== JSON.stringify(future[field] ?? null));
}

function pairTouchpoints(current: readonly MapTouchpoint[], future: readonly MapTouchpoint[]): TouchpointPair[] {
  const remaining = new Map(current.map((tp) => [key(tp.name), tp]));
  const pairs: TouchpointPair[] = future.map((tp) => {
    const before = remaining.get(key(tp.name)) ?? null;
    if (!before) return { current: null, future: tp, change: 'added', fields: [], emotionDelta: null };
    remaining.delete(key(tp.name));
    const fields = differences(before, tp);
    return { current: before, future: tp, change: fields.length ? 'changed' : 'unchanged', fields,
      emotionDelta: before.emotion != null && tp.emotion != null ? tp.emotion - before.emotion : null };
  });
  // What the future left out, after what it kept, in the current order.
  for (const tp of remaining.values()) pairs.push({ current: tp, future: null, change: 'removed', fields: [],
    emotionDelta: null });
  return pairs;
}

/** The future's stages in its order, a stage it dropped right after the stage that came before it in the current. */
export function compareMaps(current: Pick<MapJourney, 'stages'>, future: Pick<MapJourney, 'stages'>): StagePair[] {
  const currentByName = new Map(current.stages.map((stage) => [key(stage.name), stage]));
  const futureNames = new Set(future.stages.map((stage) => key(stage.name)));
  const pairs: StagePair[] = future.stages.map((stage) => {
    const before = currentByName.get(key(stage.name));
    const touchpoints = pairTouchpoints(before?.touchpoints ?? [], stage.touchpoints);
    return { name: stage.name, change: !before ? 'added' : touchpoints.every((pair) => pair.change === 'unchanged')
      ? 'unchanged' : 'changed', touchpoints };
  });
  current.stages.forEach((stage: MapStage, i) => {
    if (futureNames.has(key(stage.name))) return;
    const previous = current.stages[i - 1];
    const at = previous ? pairs.findIndex((pair) => key(pair.name) === key(previous.name)) + 1 : 0;
    pairs.splice(at, 0, { name: stage.name, change: 'removed', touchpoints: pairTouchpoints(stage.touchpoints, []) });
  });
  return pairs;
}

/** How many touchpoints were added, removed and changed. */
export function changeCounts(stages: readonly StagePair[]): Record<Change, number> {
  const counts: Record<Change, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const pair of stages.flatMap((stage) => stage.touchpoints)) counts[pair.change]++;
  return counts;
}
