// A touchpoint's score badge: its main score, and where it sits from bad to good, for the colour scale.
import { formatNumber } from '../i18n';

export interface Summary {
  responseCount: number;
  nps?: { score: number } | null;
  csat?: { mean: number } | null;
  ces?: { mean: number } | null;
}

export interface Badge {
  /** NPS, CSAT or CES: the first of them the touchpoint has answers for, in that order. */
  kind: 'NPS' | 'CSAT' | 'CES';
  text: string;
  /** 0 = worst on its scale, 1 = best. */
  quality: number;
  /** bad, fair or good: the colour class. */
  band: 'bad' | 'fair' | 'good';
}

export function badge(summary: Summary | null | undefined): Badge | null {
  if (!summary) return null;
  if (summary.nps) return make('NPS', formatNumber(summary.nps.score, 0), (summary.nps.score + 100) / 200);
  if (summary.csat) return make('CSAT', formatNumber(summary.csat.mean), (summary.csat.mean - 1) / 4);
  // CES 1 very difficult … 7 very easy.
  if (summary.ces) return make('CES', formatNumber(summary.ces.mean), (summary.ces.mean - 1) / 6);
  return null;
}

function make(kind: Badge['kind'], text: string, quality: number): Badge {
  return { kind, text, quality, band: quality < 0.45 ? 'bad' : quality < 0.7 ? 'fair' : 'good' };
}

/** The value a trend chart draws for one bucket, on the badge's scale. */
export function valueOf(kind: Badge['kind'], summary: Summary): number | null {
  if (kind === 'NPS') return summary.nps?.score ?? null;
  if (kind === 'CSAT') return summary.csat?.mean ?? null;
  return summary.ces?.mean ?? null;
}

export function scaleOf(kind: Badge['kind']): [number, number] {
  return kind === 'NPS' ? [-100, 100] : kind === 'CSAT' ? [1, 5] : [1, 7];
}
