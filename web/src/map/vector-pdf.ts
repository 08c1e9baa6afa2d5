// The map as a vector PDF: drawn from its data with jsPDF's text, lines and rectangles (no picture of the screen), so
// that every word is real text — selectable, searchable, read by a screen reader — and the file stays small. A3
// landscape pages of whole stages (a stage wider than a page over several, never a card cut), the title, the stage
// headers and the lane labels on every page. Loaded on first use.
import type { jsPDF as JsPdf } from 'jspdf';
import { formatNumber, label, t } from '../i18n';
import { mapColumns, slideColumns, type MapColumn } from './content';
import { downloadBlob } from './download';
import type { MapJourney } from './JourneyGrid';
import { pdfText } from './pages';
import { badge } from './scores';

const PAGE = { width: 420, height: 297, margin: 10, header: 16 }; // mm
const LABELS = 30; // mm, the lane labels' column
const COLUMN = 38; // mm, a touchpoint column
const PAD = 1.6; // mm inside a cell
const FONT = 8.5; // pt, the text's size unless a page's lanes are too tall for it
const SMALLEST = 5; // pt
const EMOTION = 36; // mm, the emotion lane
const INK = '#1c2330';
const MUTED = '#4f5968';
const GRID = '#c9d2e0';
const WASH = '#f4f6f9';
const STAGE = '#e8eef9';
const BREAKS = '#fde2e1';
const DESIGNED = '#5b6b85';
const MEASURED = '#1f4fd1';
const GAP = '#c62828';
const BAND = { bad: ['#fde2e1', '#8a1c14'], fair: ['#fff1c7', '#5e4200'], good: ['#dcf5e3', '#155c2e'] } as const;

/** A lane of text: its label and each column's lines. */
interface TextLane {
  name: string;
  cell: (column: MapColumn) => string[];
  colour?: string;
}

const bullets = (items: readonly string[] | null | undefined) => (items ?? []).map((item) => `• ${item}`);

function textLanes(journey: MapJourney): { before: TextLane[]; after: TextLane[] } {
  const blueprint: TextLane[] = journey.mapType === 'SERVICE_BLUEPRINT' ? [
    { name: t('laneFrontstage'), cell: ({ touchpoint }) => bullets(touchpoint?.frontstage) },
    { name: t('laneBackstage'), cell: ({ touchpoint }) => bullets(touchpoint?.backstage) },
    { name: t('laneSupport'), cell: ({ touchpoint }) => bullets(touchpoint?.supportProcesses) },
  ] : [];
  return {
    before: [
      { name: t('laneActions'), cell: ({ touchpoint }) => touchpoint?.customerAction ? [touchpoint.customerAction]
        : [] },
      { name: t('laneTouchpoints'), cell: ({ touchpoint }) => touchpoint ? [touchpoint.name,
        [label(touchpoint.channel), label(touchpoint.interaction), touchpoint.ownerTeam].filter(Boolean).join(' · ')]
        : [t('noTouchpoints')] },
      { name: t('laneThoughts'), cell: ({ touchpoint }) => touchpoint?.customerThought
        ? [`“${touchpoint.customerThought}”`] : [], colour: MUTED },
    ],
    after: [...blueprint,
      { name: t('lanePainPoints'), cell: ({ touchpoint }) => bullets(touchpoint?.painPoints), colour: BAND.bad[1] },
      { name: t('laneOpportunities'), cell: ({ touchpoint }) => bullets(touchpoint?.opportunities),
        colour: BAND.good[1] },
    ],
  };
}

/** Draws one page's grid: the map's columns in it, from the stage headers down to the funnel. */
function drawPage(pdf: JsPdf, journey: MapJourney, columns: readonly MapColumn[], font: number): number {
  const lineHeight = font * 0.3528 * 1.25; // mm per line
  const left = PAGE.margin;
  let top = PAGE.margin + PAGE.header;
  const x = (i: number) => left + LABELS + i * COLUMN;
  const wrap = (text: string, room: number): string[] => pdf.splitTextToSize(pdfText(text), room) as string[];
  const box = (rx: number, ry: number, w: number, h: number, fill?: string) => {
    pdf.setDrawColor(GRID);
    pdf.setLineWidth(0.2);
    if (fill) pdf.setFillColor(fill);
    pdf.rect(rx, ry, w, h, fill ? 'FD' : 'S');
  };
  const write = (lines: string[], tx: number, ty: number, colour = INK, bold = false) => {
    pdf.setTextColor(colour);
    pdf.setFont('helvetica', bold ? 'bold' : 'normal');
    lines.forEach((line, i) => pdf.text(line, tx, ty + i * lineHeight, { baseline: 'top' }));
  };
  const laneLabel = (name: string, height: number) => {
    box(left, top, LABELS, height, WASH);
    write(wrap(name, LABELS - 2 * PAD), left + PAD, top + PAD, INK, true);
  };
  pdf.setFontSize(font);

  // Stage headers: a stage's name across its columns on this page.
  const runs: { stage: MapColumn['stage']; from: number; to: number }[] = [];
  columns.forEach((column, i) => {
    const last = runs[runs.length - 1];
    if (last && last.stage.id === column.stage.id) last.to = i + 1;
    else runs.push({ stage: column.stage, from: i, to: i + 1 });
  });
  const breakStage = journey.funnel?.breakStage?.stageId;
  const headerHeight = Math.max(...runs.map((run) => wrap(run.stage.name, (run.to - run.from) * COLUMN - 2 * PAD)
    .length)) * lineHeight * 1.25 + lineHeight + 2 * PAD;
  box(left, top, LABELS, headerHeight, WASH);
  for (const run of runs) {
    box(x(run.from), top, (run.to - run.from) * COLUMN, headerHeight, run.stage.id === breakStage ? BREAKS : STAGE);
    pdf.setFontSize(font * 1.25);
    const name = wrap(run.stage.name, (run.to - run.from) * COLUMN - 2 * PAD);
    write(name, x(run.from) + PAD, top + PAD, INK, true);
    pdf.setFontSize(font);
    write([pdfText(t('responses', { count: run.stage.feedback?.responseCount ?? 0 }))], x(run.from) + PAD,
      top + PAD + name.length * lineHeight * 1.25, MUTED);
  }
  top += headerHeight;

  const lanes = textLanes(journey);
  const textLane = (lane: TextLane) => {
    const cells = columns.map((column) => lane.cell(column).flatMap((text) => wrap(text, COLUMN - 2 * PAD)));
    const isTouchpoints = lane.name === t('laneTouchpoints');
    const labelLines = wrap(lane.name, LABELS - 2 * PAD).length;
    const height = Math.max(labelLines, ...cells.map((lines) => lines.length + (isTouchpoints ? 1.6 : 0))) * lineHeight
      + 2 * PAD;
    laneLabel(lane.name, height);
    cells.forEach((lines, i) => {
      box(x(i), top, COLUMN, height);
      if (!isTouchpoints || !columns[i].touchpoint) {
        write(lines, x(i) + PAD, top + PAD, lane.colour);
        return;
      }
      // A touchpoint: its name in bold, its channel, then its score badge.
      const name = wrap(columns[i].touchpoint!.name, COLUMN - 2 * PAD);
      write(name, x(i) + PAD, top + PAD, INK, true);
      write(lines.slice(name.length), x(i) + PAD, top + PAD + name.length * lineHeight, MUTED);
      const score = badge(columns[i].touchpoint!.feedback);
      const text = score ? `${score.kind} ${pdfText(score.text)}  n=${columns[i].touchpoint!.feedback!.responseCount}`
        : '—  n=0';
      const [fill, ink] = score ? BAND[score.band] : [WASH, MUTED];
      const by = top + PAD + lines.length * lineHeight + 0.4;
      pdf.setFillColor(fill);
      pdf.roundedRect(x(i) + PAD, by, pdf.getTextWidth(text) + 2 * PAD, lineHeight + 0.8, 0.8, 0.8, 'F');
      write([text], x(i) + 2 * PAD, by + 0.4, ink, true);
    });
    top += height;
  };
  lanes.before.forEach(textLane);
  drawEmotion(pdf, columns, left, top, x, laneLabel, font);
  top += EMOTION;
  lanes.after.forEach(textLane);

  // The funnel: per stage on this page, its customers, conversion and drop-off.
  const funnelOf = new Map((journey.funnel?.stages ?? []).map((stage) => [stage.stageId, stage]));
  const funnelHeight = 4 * lineHeight + 2 * PAD;
  laneLabel(t('laneFunnel'), funnelHeight);
  for (const run of runs) {
    const stage = funnelOf.get(run.stage.id);
    box(x(run.from), top, (run.to - run.from) * COLUMN, funnelHeight, run.stage.id === breakStage ? BREAKS : undefined);
    if (!stage) continue;
    const lines = [t('customers', { count: stage.customers })];
    if (stage.conversionFromPrevious != null) {
      lines.push(t('conversion', { value: `${formatNumber(stage.conversionFromPrevious * 100, 0)} %` }));
    }
    if (stage.dropOff) lines.push(t('dropOff', { count: stage.dropOff }));
    if (run.stage.id === breakStage) lines.push(t('breaksHere'));
    write(lines.map(pdfText), x(run.from) + PAD, top + PAD);
  }
  return top + funnelHeight;
}

/** The emotion lane: the scale's five lines, the designed curve dashed, the measured solid, a red bar for a gap. */
function drawEmotion(pdf: JsPdf, columns: readonly MapColumn[], left: number, top: number, x: (i: number) => number,
  laneLabel: (name: string, height: number) => void, font: number) {
  laneLabel(t('laneEmotion'), EMOTION);
  const y = (value: number) => top + EMOTION / 2 - value * (EMOTION - 8) / 4;
  const middle = (i: number) => x(i) + COLUMN / 2;
  pdf.setDrawColor(GRID);
  pdf.rect(x(0), top, columns.length * COLUMN, EMOTION, 'S');
  pdf.setFontSize(font * 0.85);
  for (let value = -2; value <= 2; value++) {
    pdf.setDrawColor(value === 0 ? '#9aa3b2' : '#e5e7eb');
    pdf.setLineWidth(0.15);
    pdf.line(x(0), y(value), x(columns.length), y(value));
    pdf.setTextColor(MUTED);
    pdf.text(value > 0 ? `+${value}` : String(value), left + LABELS - 1.5, y(value),
      { baseline: 'middle', align: 'right' });
  }
  const curve = (value: (column: MapColumn) => number | null, colour: string, dashed: boolean) => {
    pdf.setDrawColor(colour);
    pdf.setFillColor(colour);
    pdf.setLineWidth(0.5);
    pdf.setLineDashPattern(dashed ? [1.2, 0.8] : [], 0);
    let previous: [number, number] | null = null;
    columns.forEach((column, i) => {
      const v = value(column);
      if (v === null) {
        previous = null;
        return;
      }
      const point: [number, number] = [middle(i), y(v)];
      if (previous) pdf.line(previous[0], previous[1], point[0], point[1]);
      pdf.circle(point[0], point[1], 0.7, 'F');
      previous = point;
    });
    pdf.setLineDashPattern([], 0);
  };
  columns.forEach((column, i) => {
    if (column.designed !== null && column.measured !== null && column.measured < column.designed) {
      pdf.setDrawColor(GAP);
      pdf.setLineWidth(1.2);
      pdf.line(middle(i), y(column.designed), middle(i), y(column.measured));
    }
  });
  curve((column) => column.designed, DESIGNED, true);
  curve((column) => column.measured, MEASURED, false);
  pdf.setFontSize(font);
}

/** The vector PDF of the map, as a Blob: a page per group of whole stages that fits across A3. */
export async function mapPdf(journey: MapJourney, subtitle: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3' });
  const perPage = Math.floor((PAGE.width - 2 * PAGE.margin - LABELS) / COLUMN);
  const pages = slideColumns(mapColumns(journey), perPage);
  pages.forEach((columns, page) => {
    if (page > 0) pdf.addPage('a3', 'landscape');
    pdf.setTextColor(INK);
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(16);
    pdf.text(pdfText(journey.name), PAGE.margin, PAGE.margin + 5);
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(9);
    pdf.setTextColor(MUTED);
    pdf.text(pdfText(`${subtitle}${pages.length > 1 ? ` · ${page + 1}/${pages.length}` : ''}`), PAGE.margin,
      PAGE.margin + 11);
    // A page whose lanes are taller than A3 is drawn in smaller type (half a point at a time, down to SMALLEST),
    // so that nothing is cut at its foot.
    let font = FONT;
    while (font > SMALLEST && drawPage(new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3' }), journey,
      columns, font) > PAGE.height - PAGE.margin) {
      font -= 0.5;
    }
    drawPage(pdf, journey, columns, font);
  });
  pdf.setProperties({ title: pdfText(journey.name), creator: 'Parcours' });
  return pdf.output('blob');
}

export async function exportVectorPdf(journey: MapJourney, fileName: string, subtitle: string) {
  downloadBlob(await mapPdf(journey, subtitle), fileName);
}
