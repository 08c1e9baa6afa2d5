import { describe, expect, it } from 'vitest';
import { pageSlices, pdfText } from './pages';

// A map like the demo's: 13 px padding, a 1 px border and 150 px of lane labels, then 200 px columns.
const START = 164;
const LABELS = 151;
const column = (n: number) => START + n * 200;

describe('page slices', () => {
  it('keep a map that fits on one page whole', () => {
    expect(pageSlices(column(5) + 13, START, LABELS, [column(2), column(5)], 200, 1800))
      .toEqual([{ from: 0, to: column(5) + 13, withLabels: false }]);
  });

  it('cut between stages, and repeat the lane labels on later pages', () => {
    const edges = [column(3), column(7), column(10), column(13)];
    const slices = pageSlices(column(13) + 13, START, LABELS, edges, 200, 1800);
    expect(slices[0]).toEqual({ from: 0, to: column(7), withLabels: false });
    expect(slices[1]).toEqual({ from: column(7), to: column(13) + 13, withLabels: true });
    expect(slices).toHaveLength(2);
    for (const slice of slices) {
      expect(slice.to - slice.from + (slice.withLabels ? LABELS : 0)).toBeLessThanOrEqual(1800);
    }
  });

  it('cut a stage wider than a page between its columns, never through one', () => {
    const slices = pageSlices(column(20) + 13, START, LABELS, [column(20)], 200, 1800);
    for (const slice of slices.slice(0, -1)) expect((slice.to - START) % 200).toBe(0);
    expect(slices.at(-1)!.to).toBe(column(20) + 13);
  });
});

describe('text for the PDF fonts', () => {
  it('keeps French and turns the minus sign and narrow spaces plain', () => {
    expect(pdfText('Émotion −2 · 1\u202f563 réponses ▾')).toBe('Émotion -2 · 1 563 réponses');
    expect(pdfText('“Quote” – done…')).toBe('“Quote” – done…');
  });
});
