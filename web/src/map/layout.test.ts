import { describe, expect, it } from 'vitest';
import { columnSpans, fitScale, gridWidth, MIN_SCALE, parseFolded, parseZoom, scaleFor, slideAfter, slideCount }
  from './layout';

describe('the map grid', () => {
  it('gives a stage one column per touchpoint, and one when it has none', () => {
    expect(columnSpans([3, 0, 1])).toEqual([3, 1, 1]);
  });

  it('is as wide as its lane labels and columns', () => {
    expect(gridWidth(12)).toBe(1 + 150 + 12 * 200);
  });
});

describe('fit', () => {
  it('scales a wide map down to the width it has, never a pixel wider', () => {
    const scale = fitScale(2000, 12); // 2,551 px at 100 %
    expect(scale).toBe(0.78);
    expect(gridWidth(12) * scale).toBeLessThanOrEqual(2000);
  });

  it('rounds down to a hundredth', () => {
    expect(fitScale(1000, 8)).toBe(0.57); // 1000 / 1751 = 0.5711…
  });

  it('never enlarges a map that already fits', () => {
    expect(fitScale(2400, 3)).toBe(1);
  });

  it('stops at the smallest legible scale', () => {
    expect(fitScale(800, 200)).toBe(MIN_SCALE);
  });

  it('leaves the map at 100 % while its box has no width yet', () => {
    expect(fitScale(0, 40)).toBe(1);
  });

  it('applies only when fit is chosen', () => {
    expect(scaleFor('actual', 1000, 8)).toBe(1);
    expect(scaleFor('fit', 1000, 8)).toBe(0.57);
  });
});

describe('presenting', () => {
  it('shows the whole map, then each stage', () => {
    expect(slideCount(8)).toBe(9);
  });

  it('moves by arrows, pages and space, and stops at both ends', () => {
    expect(slideAfter('ArrowRight', 0, 9)).toBe(1);
    expect(slideAfter(' ', 3, 9)).toBe(4);
    expect(slideAfter('ArrowLeft', 0, 9)).toBe(0);
    expect(slideAfter('PageDown', 8, 9)).toBe(8);
    expect(slideAfter('End', 2, 9)).toBe(8);
    expect(slideAfter('Home', 5, 9)).toBe(0);
    expect(slideAfter('x', 5, 9)).toBeNull();
  });

  it('enlarges a single stage up to the limit it is given', () => {
    expect(fitScale(1600, 2, 2)).toBe(2); // 551 px at 100 %: 2.9 × would fit, 2 × is the limit
    expect(fitScale(1600, 6, 2)).toBe(1.18); // 1600 / 1351 = 1.184…
  });
});

describe('what the reader chose, as remembered', () => {
  it('keeps known lane names only', () => {
    expect([...parseFolded('["pain","nonsense","funnel",3]')]).toEqual(['pain', 'funnel']);
  });

  it('forgets what it cannot read', () => {
    expect(parseFolded('{oops').size).toBe(0);
    expect(parseFolded(null).size).toBe(0);
    expect(parseFolded('{"pain":true}').size).toBe(0);
  });

  it('opens at 100 % unless fit was chosen', () => {
    expect(parseZoom('fit')).toBe('fit');
    expect(parseZoom('200%')).toBe('actual');
    expect(parseZoom(null)).toBe('actual');
  });
});
