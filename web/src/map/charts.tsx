// The two charts of the map, drawn as SVG: the emotion curve must line up with the map's touchpoint columns,
// which a chart library's own layout would fight; the trend is one line. Neither needs more. Colours and strokes
// are attributes, not CSS, so that the PNG and PDF exports draw them too.
import { formatNumber, locale, t, type MessageKey } from '../i18n';
import { dateTickIndexes, valueTicks } from './axes';
import { COLUMN_WIDTH, LANE_WIDTH } from './layout';

const DESIGNED = '#5b6b85';
const MEASURED = '#1f4fd1';
const GAP = '#c62828';
const GRID = '#e5e7eb';
const EMOTION_HEIGHT = 140;
const STEP = 28; // pixels per emotion unit, −2 … +2
const y = (value: number) => EMOTION_HEIGHT / 2 - value * STEP;

/** Each emotion value's word and colour, −2 … +2. */
const EMOTIONS: { value: number; word: MessageKey; colour: string }[] = [
  { value: 2, word: 'emotionVeryPositive', colour: '#15803d' },
  { value: 1, word: 'emotionPositive', colour: '#4d7c0f' },
  { value: 0, word: 'emotionNeutral', colour: '#4b5563' },
  { value: -1, word: 'emotionNegative', colour: '#c2410c' },
  { value: -2, word: 'emotionVeryNegative', colour: '#b91c1c' },
];

/** A face for an emotion value: its mouth curves up for a positive value, down for a negative one. */
function Face({ cx, cy, value, colour }: { cx: number; cy: number; value: number; colour: string }) {
  const curve = value * 1.6;
  return <g stroke={colour} fill="none" stroke-width={1.4} stroke-linecap="round">
    <circle cx={cx} cy={cy} r={6.5} />
    <circle cx={cx - 2.3} cy={cy - 1.8} r={0.4} fill={colour} />
    <circle cx={cx + 2.3} cy={cy - 1.8} r={0.4} fill={colour} />
    <path d={`M${cx - 3},${cy + 2.2 - curve / 4} Q${cx},${cy + 2.2 + curve} ${cx + 3},${cy + 2.2 - curve / 4}`} />
  </g>;
}

/**
 * The emotion lane's scale, drawn in its label (which stays in view): a face, the value and its word on each of the
 * chart's five lines, at the chart's own heights.
 */
export function EmotionScale() {
  const width = LANE_WIDTH - 2;
  return (
    <svg class="emotion-scale" width={width} height={EMOTION_HEIGHT} viewBox={`0 0 ${width} ${EMOTION_HEIGHT}`}
      role="img" aria-label={EMOTIONS.map((e) => `${signed(e.value)} ${t(e.word)}`).join(', ')}>
      {EMOTIONS.map((emotion) => <g key={emotion.value}>
        <text x={width - 44} y={y(emotion.value) + 3.5} text-anchor="end" font-size={10} fill={emotion.colour}>
          {t(emotion.word)}</text>
        <text x={width - 22} y={y(emotion.value) + 3.5} text-anchor="end" font-size={10} font-weight={700}
          fill={emotion.colour}>{signed(emotion.value)}</text>
        <Face cx={width - 11} cy={y(emotion.value)} value={emotion.value} colour={emotion.colour} />
      </g>)}
    </svg>
  );
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

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
        <text x={x(i) + 10} y={(y(p!.designed!) + y(p!.measured!)) / 2 + 4} fill={GAP} font-size={12}
          font-weight={700} stroke="#ffffff" stroke-width={3} paint-order="stroke">{formatNumber(p!.gap!)}</text>
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

/** A score over time: one point per bucket (dated below it), on the score's own scale with its unit. */
export function TrendChart({ points, scale, label, format }: { points: { start: string; value: number }[];
  scale: [number, number]; label: string; format: (value: number) => string }) {
  const width = 520;
  const height = 220;
  const left = 56;
  const right = 16;
  const top = 12;
  const bottom = 34;
  const [low, high] = scale;
  const x = (i: number) => left + (points.length === 1 ? (width - left - right) / 2
    : i * (width - left - right) / (points.length - 1));
  const y = (v: number) => height - bottom - ((v - low) / (high - low)) * (height - top - bottom);
  const d = points.map((p, i) => `${i ? 'L' : 'M'}${x(i)},${y(p.value)}`).join(' ');
  const day = (start: string) => new Date(start).toLocaleDateString(locale.get(),
    { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <svg class="trend-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img"
      aria-label={`${label}: ${points.map((p) => `${day(p.start)} ${format(p.value)}`).join(', ')}`}>
      {valueTicks(low, high).map((value) => <g key={value}>
        <line x1={left} x2={width - right} y1={y(value)} y2={y(value)} stroke={GRID} />
        <text x={left - 6} y={y(value) + 3.5} text-anchor="end" font-size={10} fill="#4f5968">{format(value)}</text>
      </g>)}
      {dateTickIndexes(points.length).map((i) => <g key={points[i].start}>
        <line x1={x(i)} x2={x(i)} y1={height - bottom} y2={height - bottom + 4} stroke="#9ca3af" />
        <text x={x(i)} y={height - bottom + 16} text-anchor="middle" font-size={10} fill="#4f5968">
          {day(points[i].start)}</text>
      </g>)}
      <path d={d} fill="none" stroke={MEASURED} stroke-width={2.5} />
      {points.map((p, i) => <circle key={p.start} cx={x(i)} cy={y(p.value)} r={3.5} fill={MEASURED}>
        <title>{`${day(p.start)}: ${format(p.value)}`}</title></circle>)}
    </svg>
  );
}
