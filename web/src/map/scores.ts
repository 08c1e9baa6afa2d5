// A touchpoint's score badge: its main score in that score's one unit, and where it sits from bad to good.
// The units are the same on every screen: NPS −100…+100, CSAT the % of answers 4–5 (as the alert rules watch it),
// CES the mean answer out of 7 (1 very difficult … 7 very easy).
import { formatNumber } from '../i18n';

export interface Summary {
  responseCount: number;
  nps?: { score: number } | null;
  csat?: { percentSatisfied: number } | null;
  ces?: { mean: number } | null;
}

export type ScoreKind = 'NPS' | 'CSAT' | 'CES';

export interface Badge {
  /** NPS, CSAT or CES: the first of them the touchpoint has answers for, in that order. */
  kind: ScoreKind;
  text: string;
  /** 0 = worst on its scale, 1 = best. */
  quality: number;
  /** bad, fair or good: the colour class. */
  band: 'bad' | 'fair' | 'good';
}

/** A value of this score with its unit: "−13", "63 %", "5.2 / 7". */
export function scoreText(kind: ScoreKind, value: number): string {
  if (kind === 'NPS') return formatNumber(value, 0);
  if (kind === 'CSAT') return `${formatNumber(value, 0)} %`;
  return `${formatNumber(value)} / 7`;
}

export function badge(summary: Summary | null | undefined): Badge | null {
  if (!summary) return null;
  for (const kind of ['NPS', 'CSAT', 'CES'] as const) {
    const value = valueOf(kind, summary);
    if (value !== null) {
      const [low, high] = scaleOf(kind);
      return make(kind, scoreText(kind, value), (value - low) / (high - low));
    }
  }
  return null;
}

function make(kind: ScoreKind, text: string, quality: number): Badge {
  return { kind, text, quality, band: quality < 0.45 ? 'bad' : quality < 0.7 ? 'fair' : 'good' };
}

/** The value a badge or trend shows for a summary, in the score's unit; null without answers. */
export function valueOf(kind: ScoreKind, summary: Summary): number | null {
  if (kind === 'NPS') return summary.nps?.score ?? null;
  if (kind === 'CSAT') return summary.csat?.percentSatisfied ?? null;
  return summary.ces?.mean ?? null;
}

export function scaleOf(kind: ScoreKind): [number, number] {
  return kind === 'NPS' ? [-100, 100] : kind === 'CSAT' ? [0, 100] : [1, 7];
}
