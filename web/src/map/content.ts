// The map's content as plain columns, one per touchpoint (one per empty stage), in the map's order: what the CSV
// and the slides are written from. Pure, tested without a browser.
import type { MapJourney, MapStage, MapTouchpoint } from './JourneyGrid';

export interface MapColumn {
  stage: MapStage;
  /** null for a stage without touchpoints, which still takes a column on the map. */
  touchpoint: MapTouchpoint | null;
  designed: number | null;
  measured: number | null;
}

export function mapColumns(journey: Pick<MapJourney, 'stages' | 'emotionCurve'>): MapColumn[] {
  const curve = new Map((journey.emotionCurve ?? []).map((point) => [point.touchpointId, point]));
  return journey.stages.flatMap((stage): MapColumn[] => stage.touchpoints.length
    ? stage.touchpoints.map((touchpoint) => ({ stage, touchpoint,
      designed: curve.get(touchpoint.id)?.designed ?? touchpoint.emotion ?? null,
      measured: curve.get(touchpoint.id)?.measured ?? null }))
    : [{ stage, touchpoint: null, designed: null, measured: null }]);
}

/**
 * Columns cut into slides of at most `most` columns: whole stages together while they fit, a stage wider than a
 * slide over as many slides as it needs.
 */
export function slideColumns(columns: readonly MapColumn[], most: number): MapColumn[][] {
  const slides: MapColumn[][] = [];
  let current: MapColumn[] = [];
  for (const stage of stagesOf(columns)) {
    if (current.length > 0 && current.length + stage.length > most) {
      slides.push(current);
      current = [];
    }
    for (let start = 0; start < stage.length; start += most) {
      const part = stage.slice(start, start + most);
      if (part.length === most) slides.push(part);
      else current = [...current, ...part];
    }
  }
  if (current.length > 0) slides.push(current);
  return slides;
}

function stagesOf(columns: readonly MapColumn[]): MapColumn[][] {
  const stages: MapColumn[][] = [];
  for (const column of columns) {
    const last = stages[stages.length - 1];
    if (last && last[0].stage.id === column.stage.id) last.push(column);
    else stages.push([column]);
  }
  return stages;
}

/**
 * One CSV record (RFC 4180): every field quoted, quotes doubled. A text starting with = + - @ or a tab is written
 * after an apostrophe, as spreadsheets expect, so that opening the file never runs a formula from a map's text.
 */
export function csvRecord(fields: readonly (string | number | null | undefined)[]): string {
  return fields.map((field) => {
    if (field === null || field === undefined) return '""';
    const text = typeof field === 'number' ? String(field) : /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
    return `"${text.replace(/"/g, '""')}"`;
  }).join(',');
}

/** A CSV file: a byte-order mark (so that spreadsheets read it as UTF-8), then the records, CRLF after each. */
export function csvFile(records: readonly string[]): string {
  return `\uFEFF${records.map((record) => `${record}\r\n`).join('')}`;
}
