// The two charts of the map, drawn as SVG: the emotion curve must line up with the map's touchpoint columns,
// which a chart library's own layout would fight; the trend is one line. Neither needs more. Colours and strokes
// are attributes, not CSS, so that the PNG and PDF exports draw them too.
import { formatNumber, t } from '../i18n';
import { COLUMN_WIDTH } from './layout';

const DESIGNED = '#5b6b85';
const MEASURED = '#1f4fd1';
const GAP = '#c62828';
const GRID = '#e5e7eb';
const EMOTION_HEIGHT = 140;
const STEP = 28; // pixels per emotion unit, −2 … +2

export interface CurvePoint {
  designed?: number | null;
  measured?: number | null;
  gap?: number | null;
  responseCount: number;
}

/** Designed (dashed) and measured (solid) emotion per touchpoint column; red where measured is below designed. */
export function EmotionChart({ points, columns }: { points: (CurvePoint | null)[]; columns: number }) {
  const width = columns * COLUMN_WIDTH;
  const x = (i: number) => i * COLUMN_WIDTH + COLUMN_WIDTH / 2;
  const y = (value: number) => EMOTION_HEIGHT / 2 - value * STEP;
  const path = (value: (p: CurvePoint) => number | null | undefined) => {
    let d = '';
    let drawing = false;
    points.forEach((point, i) => {
      const v = point ? value(point) : null;
      if (v === null || v === undefined) {
        drawing = false;
        return;
      }
      d += `${drawing ? 'L' : 'M'}${x(i)},${y(v)} `;
      drawing = true;
    });
    return d.trim();
  };
  const worse = points.map((p, i) => ({ p, i })).filter(({ p }) => p && p.gap !== null && p.gap !== undefined
    && p.gap < 0 && p.designed !== null && p.designed !== undefined && p.measured !== null && p.measured !== undefined);
  const summary = points.filter(Boolean).map((p, i) => `${i + 1}: ${t('designed')} ${p!.designed ?? '—'}, ${t('measured')} `
    + `${p!.measured === null || p!.measured === undefined ? '—' : formatNumber(p!.measured)}`).join('; ');
  return (
    <svg class="emotion-chart" width={width} height={EMOTION_HEIGHT} viewBox={`0 0 ${width} ${EMOTION_HEIGHT}`}
      role="img" aria-label={`${t('laneEmotion')}: ${summary}`}>
      {[-2, -1, 0, 1, 2].map((v) => <line key={v} x1={0} x2={width} y1={y(v)} y2={y(v)}
        stroke={v === 0 ? '#9ca3af' : GRID} />)}
      {worse.map(({ p, i }) => <g key={i} class="gap">
        <line x1={x(i)} x2={x(i)} y1={y(p!.designed!)} y2={y(p!.measured!)} stroke={GAP} stroke-width={4}
          stroke-opacity={0.75} />
        <text x={x(i) + 6} y={(y(p!.designed!) + y(p!.measured!)) / 2 + 4} fill={GAP} font-size={12}
          font-weight={700}>{formatNumber(p!.gap!)}</text>
      </g>)}
      <path d={path((p) => p.designed)} class="designed" fill="none" stroke={DESIGNED} stroke-width={2.5}
        stroke-dasharray="6 4" />
      <path d={path((p) => p.measured)} class="measured" fill="none" stroke={MEASURED} stroke-width={2.5} />
      {points.map((p, i) => p && <g key={i}>
        {p.designed !== null && p.designed !== undefined && <circle cx={x(i)} cy={y(p.designed)} r={4}
          fill={DESIGNED} />}
        {p.measured !== null && p.measured !== undefined && <rect x={x(i) - 4} y={y(p.measured) - 4} width={8}
          height={8} fill={MEASURED} />}
      </g>)}
    </svg>
  );
}

export function ChartLegend() {
  return (
    <p class="legend">
      <span class="key designed">{t('designed')}</span>
      <span class="key measured">{t('measured')}</span>
      <span class="key gap">{t('gapLegend')}</span>
    </p>
  );
}

/** A score over time: one point per bucket, on the score's own scale. */
export function TrendChart({ points, scale, label }: { points: { start: string; value: number }[];
  scale: [number, number]; label: string }) {
  const width = 360;
  const height = 120;
  const pad = 24;
  const [low, high] = scale;
  const x = (i: number) => pad + (points.length === 1 ? (width - 2 * pad) / 2 : i * (width - 2 * pad) / (points.length - 1));
  const y = (v: number) => height - pad - ((v - low) / (high - low)) * (height - 2 * pad);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(i)},${y(p.value)}`).join(' ');
  return (
    <svg class="trend-chart" width={width} height={height} role="img"
      aria-label={`${label}: ${points.map((p) => `${p.start} ${formatNumber(p.value)}`).join(', ')}`}>
      <line x1={pad} x2={width - pad} y1={y(low)} y2={y(low)} stroke={GRID} />
      <text x={2} y={y(high) + 4} font-size={10} fill="#4f5968">{high}</text>
      <text x={2} y={y(low) + 4} font-size={10} fill="#4f5968">{low}</text>
      <path d={d} fill="none" stroke={MEASURED} stroke-width={2.5} />
      {points.map((p, i) => <circle key={p.start} cx={x(i)} cy={y(p.value)} r={3} fill={MEASURED}>
        <title>{`${p.start}: ${formatNumber(p.value)}`}</title></circle>)}
    </svg>
  );
}
