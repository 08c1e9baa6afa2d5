// The map as a slide deck (PPTX) for the meeting where it is presented: a title slide with the persona and the
// scores, then stage groups, each with its lanes as a table and the designed and measured emotion under it. Native
// text, tables and charts, so that the deck can be edited. Loaded on first use, with pptxgenjs.
import type PptxGenJS from 'pptxgenjs';
import { formatNumber, label, t } from '../i18n';
import { mapColumns, slideColumns, type MapColumn } from './content';
import { downloadBlob } from './download';
import type { MapJourney } from './JourneyGrid';
import { badge, scoreText } from './scores';

/** Touchpoint columns on one slide: more would make the 9 pt text of a 13.3-inch slide unreadable. */
export const COLUMNS_PER_SLIDE = 5;
const SLIDE = { width: 13.333, margin: 0.4, labels: 1.5 }; // inches, 16:9
const INK = '1F2933';
const MUTED = '5B6B85';
const DESIGNED = '5B6B85';
const MEASURED = '1F4FD1';
const STAGE = 'E8EEF9';

type Row = PptxGenJS.TableRow;
type Lane = [string, (column: MapColumn) => string];

const list = (items: readonly string[] | null | undefined) => (items ?? []).map((item) => `• ${item}`).join('\n');

function lanes(journey: MapJourney): Lane[] {
  const lanes: Lane[] = [
    [t('laneActions'), ({ touchpoint }) => touchpoint?.customerAction ?? ''],
    [t('laneThoughts'), ({ touchpoint }) => touchpoint?.customerThought ? `“${touchpoint.customerThought}”` : ''],
  ];
  // In the map's order: a blueprint's lanes under the customer's, then pain points and opportunities.
  if (journey.mapType === 'SERVICE_BLUEPRINT') {
    lanes.push([t('laneFrontstage'), ({ touchpoint }) => list(touchpoint?.frontstage)],
      [t('laneBackstage'), ({ touchpoint }) => list(touchpoint?.backstage)],
      [t('laneSupport'), ({ touchpoint }) => list(touchpoint?.supportProcesses)]);
  }
  lanes.push([t('lanePainPoints'), ({ touchpoint }) => list(touchpoint?.painPoints)],
    [t('laneOpportunities'), ({ touchpoint }) => list(touchpoint?.opportunities)]);
  lanes.push([t('slideScores'), ({ touchpoint }) => {
    const score = badge(touchpoint?.feedback);
    return score ? `${score.kind} ${score.text} · n=${touchpoint!.feedback!.responseCount}` : '';
  }]);
  return lanes;
}

/** The stage row: each stage's name across its columns on this slide. */
function stageRow(columns: readonly MapColumn[]): Row {
  const row: Row = [{ text: '' }];
  columns.forEach((column, i) => {
    const cell = row[row.length - 1];
    if (i > 0 && columns[i - 1].stage.id === column.stage.id) cell.options!.colspan = (cell.options!.colspan ?? 1) + 1;
    else row.push({ text: column.stage.name, options: { bold: true, fontSize: 12, fill: { color: STAGE },
      colspan: 1 } });
  });
  return row;
}

function touchpointRow(columns: readonly MapColumn[]): Row {
  return [{ text: t('laneTouchpoints'), options: { bold: true } }, ...columns.map(({ touchpoint }) => touchpoint
    ? { text: [{ text: touchpoint.name, options: { bold: true, breakLine: true } },
      { text: `${label(touchpoint.channel)} · ${label(touchpoint.interaction)}`, options: { color: MUTED } }] }
    : { text: t('noTouchpoints'), options: { color: MUTED } })];
}

function addStageSlide(deck: PptxGenJS, journey: MapJourney, columns: readonly MapColumn[], number: number,
  count: number) {
  const slide = deck.addSlide();
  const names = [...new Set(columns.map((column) => column.stage.name))].join(' · ');
  slide.addText(`${journey.name} — ${names}`, { x: SLIDE.margin, y: 0.2, w: SLIDE.width - 2 * SLIDE.margin, h: 0.4,
    fontSize: 16, bold: true, color: INK });
  slide.addText(`${number}/${count}`, { x: SLIDE.width - 1.4, y: 0.2, w: 1, h: 0.4, fontSize: 10, color: MUTED,
    align: 'right' });
  const width = (SLIDE.width - 2 * SLIDE.margin - SLIDE.labels) / columns.length;
  const rows: Row[] = [stageRow(columns), touchpointRow(columns), ...lanes(journey).map(([name, text]) =>
    [{ text: name, options: { bold: true } }, ...columns.map((column) => ({ text: text(column) }))] as Row)];
  slide.addTable(rows, { x: SLIDE.margin, y: 0.7, w: SLIDE.width - 2 * SLIDE.margin,
    colW: [SLIDE.labels, ...columns.map(() => width)], fontSize: 9, color: INK, valign: 'top', autoPage: false,
    border: { type: 'solid', pt: 0.5, color: 'C9D2E0' } });
  const categories = columns.map((column) => column.touchpoint?.name ?? column.stage.name);
  slide.addChart(deck.ChartType.line, [
    { name: t('designed'), labels: categories, values: columns.map((column) => column.designed) },
    { name: t('measured'), labels: categories, values: columns.map((column) => column.measured) },
  ] as PptxGenJS.OptsChartData[], { x: SLIDE.margin, y: 5.1, w: SLIDE.width - 2 * SLIDE.margin, h: 2.2,
    valAxisMinVal: -2, valAxisMaxVal: 2, valAxisMajorUnit: 1, catAxisLabelFontSize: 9, valAxisLabelFontSize: 9,
    chartColors: [DESIGNED, MEASURED], lineSize: 2, lineDataSymbol: 'circle', displayBlanksAs: 'gap',
    showLegend: true, legendPos: 'r', legendFontSize: 9, showTitle: true, title: t('slideEmotion'),
    titleFontSize: 11 });
}

function addTitleSlide(deck: PptxGenJS, journey: MapJourney, subtitle: string) {
  const slide = deck.addSlide();
  slide.addText(journey.name, { x: SLIDE.margin, y: 1.2, w: 12.5, h: 1, fontSize: 32, bold: true, color: INK });
  slide.addText(subtitle, { x: SLIDE.margin, y: 2.2, w: 12.5, h: 0.5, fontSize: 14, color: MUTED });
  if (journey.description) {
    slide.addText(journey.description, { x: SLIDE.margin, y: 2.8, w: 12.5, h: 0.8, fontSize: 14, color: INK });
  }
  const persona = journey.persona;
  if (persona) {
    slide.addText([
      { text: `${t('persona')}: ${persona.name}${persona.title ? ` · ${persona.title}` : ''}`,
        options: { bold: true, breakLine: true } },
      ...(persona.quote ? [{ text: `“${persona.quote}”`, options: { italic: true } }] : []),
    ], { x: SLIDE.margin, y: 3.8, w: 12.5, h: 1, fontSize: 14, color: INK });
  }
  const feedback = journey.feedback;
  const funnel = journey.funnel;
  const scores: [string, string][] = [
    ['NPS', feedback?.nps ? `${scoreText('NPS', feedback.nps.score)} (n=${feedback.nps.answers})` : '—'],
    ['CSAT', feedback?.csat ? `${scoreText('CSAT', feedback.csat.percentSatisfied)} (n=${feedback.csat.answers})`
      : '—'],
    ['CES', feedback?.ces ? `${scoreText('CES', feedback.ces.mean)} (n=${feedback.ces.answers})` : '—'],
    [t('funnelConversion'), funnel?.overallConversion != null
      ? `${formatNumber(funnel.overallConversion * 100, 0)} % (${funnel.customersCompleted}/${funnel.customersEntered})`
      : '—'],
  ];
  slide.addTable([scores.map(([name]) => ({ text: name, options: { bold: true, color: MUTED } })),
    scores.map(([, value]) => ({ text: value, options: { fontSize: 20, bold: true } }))],
  { x: SLIDE.margin, y: 5.2, w: 12.5, fontSize: 12, color: INK, autoPage: false });
}

/** The deck: a title slide, then the map's columns in slides of at most COLUMNS_PER_SLIDE. */
export async function mapDeck(journey: MapJourney, subtitle: string): Promise<Blob> {
  const { default: PptxGen } = await import('pptxgenjs');
  const deck = new PptxGen();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = journey.name;
  deck.company = 'Parcours';
  addTitleSlide(deck, journey, subtitle);
  const slides = slideColumns(mapColumns(journey), COLUMNS_PER_SLIDE);
  slides.forEach((columns, i) => addStageSlide(deck, journey, columns, i + 1, slides.length));
  return await deck.write({ outputType: 'blob' }) as Blob;
}

export async function exportPptx(journey: MapJourney, fileName: string, subtitle: string) {
  downloadBlob(await mapDeck(journey, subtitle), fileName);
}
