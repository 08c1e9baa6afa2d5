import { describe, expect, it } from 'vitest';
import { dateTickIndexes, valueTicks } from './axes';

describe('value ticks', () => {
  it('mark every answer of a short scale', () => {
    expect(valueTicks(1, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('split a long scale in four', () => {
    expect(valueTicks(-100, 100)).toEqual([-100, -50, 0, 50, 100]);
    expect(valueTicks(0, 100)).toEqual([0, 25, 50, 75, 100]);
  });
});

describe('date ticks', () => {
  it('date every bucket when there are few', () => {
    expect(dateTickIndexes(4)).toEqual([0, 1, 2, 3]);
  });

  it('date the first and the last and at most six in all', () => {
    const ticks = dateTickIndexes(26);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(25);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(dateTickIndexes(13)).toEqual([0, 3, 6, 9, 12]);
  });

  it('never crowds the last date against the one before it', () => {
    const ticks = dateTickIndexes(8, 4); // every 3: 0, 3, 6 — then 7 would crowd 6
    expect(ticks).toEqual([0, 3, 7]);
  });

  it('has nothing to date without buckets', () => {
    expect(dateTickIndexes(0)).toEqual([]);
  });
});
