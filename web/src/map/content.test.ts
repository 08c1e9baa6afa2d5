import { describe, expect, it } from 'vitest';
import { csvFile, csvRecord, mapColumns, slideColumns, type MapColumn } from './content';
import type { MapJourney } from './JourneyGrid';

function journey(touchpointsPerStage: number[]): Pick<MapJourney, 'stages' | 'emotionCurve'> {
  let n = 0;
  const stages = touchpointsPerStage.map((count, s) => ({
    id: `s${s}`, name: `Stage ${s}`, position: s, feedback: null,
    touchpoints: Array.from({ length: count }, () => ({ id: `t${++n}`, name: `Touchpoint ${n}`, emotion: n % 5 - 2 })),
  }));
  return { stages, emotionCurve: [{ touchpointId: 't2', designed: 1, measured: -0.5, gap: -1.5, responseCount: 4 }] } as
    unknown as Pick<MapJourney, 'stages' | 'emotionCurve'>;
}

const shape = (slides: MapColumn[][]) => slides.map((slide) => slide.map((column) =>
  column.touchpoint?.id ?? column.stage.id).join(' '));

describe('mapColumns', () => {
  it('gives a column per touchpoint and one per empty stage, with the measured emotion where there is one', () => {
    const columns = mapColumns(journey([2, 0, 1]));
    expect(columns.map((c) => [c.stage.id, c.touchpoint?.id ?? null, c.designed, c.measured])).toEqual([
      ['s0', 't1', -1, null], ['s0', 't2', 1, -0.5], ['s1', null, null, null], ['s2', 't3', 1, null]]);
  });
});

describe('slideColumns', () => {
  it('keeps whole stages together while they fit', () => {
    expect(shape(slideColumns(mapColumns(journey([2, 2, 1, 3])), 5))).toEqual(['t1 t2 t3 t4 t5', 't6 t7 t8']);
  });

  it('spreads a stage wider than a slide over as many slides as it needs', () => {
    expect(shape(slideColumns(mapColumns(journey([1, 7, 1])), 3)))
      .toEqual(['t1', 't2 t3 t4', 't5 t6 t7', 't8 t9']);
  });

  it('counts an empty stage as a column', () => {
    expect(shape(slideColumns(mapColumns(journey([0, 2, 0])), 2))).toEqual(['s0', 't1 t2', 's2']);
  });
});

describe('csv', () => {
  it('quotes every field and doubles quotes, keeping line breaks inside a field', () => {
    expect(csvRecord(['Say "hi"', 'two\nlines', 3, null])).toBe('"Say ""hi""","two\nlines","3",""');
  });

  it('never lets a text start a formula, but writes negative numbers as numbers', () => {
    expect(csvRecord(['=HYPERLINK("x")', '+1', '-minus', '@SUM', -2])).toBe(
      `"'=HYPERLINK(""x"")","'+1","'-minus","'@SUM","-2"`);
  });

  it('starts with a byte-order mark and ends each record with CRLF', () => {
    expect(csvFile(['"a"', '"b"'])).toBe('\uFEFF"a"\r\n"b"\r\n');
  });
});
