// The trend chart's axes: which values get a tick and which buckets get a date. Pure, tested without a browser.

/** Ticks from low to high: every whole step on a short scale (CES 1…7), else five evenly spaced values. */
export function valueTicks(low: number, high: number): number[] {
  const span = high - low;
  const step = span <= 8 ? 1 : span / 4;
  const ticks: number[] = [];
  for (let value = low; value <= high + 1e-9; value += step) ticks.push(Math.round(value * 100) / 100);
  return ticks;
}

/** The indexes of the buckets that get a date under them: the first, the last, and at most `most` in all. */
export function dateTickIndexes(count: number, most = 6): number[] {
  if (count <= most) return [...Array(count).keys()];
  const every = Math.ceil((count - 1) / (most - 1));
  const indexes: number[] = [];
  for (let i = 0; i < count - 1; i += every) indexes.push(i);
  if (count - 1 - indexes[indexes.length - 1] < every / 2) indexes.pop();
  indexes.push(count - 1);
  return indexes;
}
