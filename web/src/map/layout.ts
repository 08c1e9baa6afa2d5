// The map's geometry and the reader's view of it: how wide the grid is, the scale that fits it in its box, and
// which lanes the reader folded. Pure functions, so that they are tested without a browser.

export const LANE_WIDTH = 150;
export const COLUMN_WIDTH = 200;
/** Below this a fitted map's text is no longer legible; a wider map scrolls at this scale instead. */
export const MIN_SCALE = 0.25;

export type Zoom = 'fit' | 'actual';

export const LANES = ['actions', 'touchpoints', 'thoughts', 'emotion', 'pain', 'opportunities', 'frontstage',
  'backstage', 'support', 'funnel'] as const;
export type LaneKey = (typeof LANES)[number];

/** Grid columns per stage: one per touchpoint, and one for a stage without any so that it still shows. */
export function columnSpans(touchpointCounts: readonly number[]): number[] {
  return touchpointCounts.map((count) => Math.max(1, count));
}

/** The grid's own left border; every other border is inside a cell. */
export const GRID_BORDER = 1;

/** The grid's width at 100 %: the lane labels and every touchpoint column. */
export function gridWidth(columns: number): number {
  return GRID_BORDER + LANE_WIDTH + columns * COLUMN_WIDTH;
}

/**
 * The scale at which a grid of this many columns fits the available width: never above `largest` (100 % on the
 * map screen: a small map is not blown up; more when presenting one stage), never below MIN_SCALE, rounded down to a
 * hundredth so that the fitted grid is never a pixel too wide.
 */
export function fitScale(available: number, columns: number, largest = 1): number {
  if (!(available > 0)) return 1;
  const exact = available / gridWidth(columns);
  return Math.min(largest, Math.max(MIN_SCALE, Math.floor(exact * 100) / 100));
}

/** Slides of a presentation: the whole map first, then each stage. */
export function slideCount(stages: number): number {
  return stages + 1;
}

/** The slide a key leads to from `current` (arrows, Page Up / Down, space, Home, End); null for any other key. */
export function slideAfter(key: string, current: number, count: number): number | null {
  const last = count - 1;
  const next: Record<string, number> = { ArrowRight: current + 1, ArrowDown: current + 1, PageDown: current + 1,
    ' ': current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, PageUp: current - 1, Home: 0, End: last };
  return key in next ? Math.min(last, Math.max(0, next[key])) : null;
}

export function scaleFor(zoom: Zoom, available: number, columns: number): number {
  return zoom === 'fit' ? fitScale(available, columns) : 1;
}

/** The folded lanes as remembered (a JSON list); anything that is not a known lane name is ignored. */
export function parseFolded(stored: string | null): Set<LaneKey> {
  try {
    const names: unknown = JSON.parse(stored ?? '[]');
    return new Set(Array.isArray(names) ? names.filter((name): name is LaneKey => LANES.includes(name)) : []);
  } catch {
    return new Set();
  }
}

export function parseZoom(stored: string | null): Zoom {
  return stored === 'fit' ? 'fit' : 'actual';
}
