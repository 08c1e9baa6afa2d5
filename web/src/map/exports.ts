// PNG and PDF of the map, made in the browser. Loaded on first use, so the first page load stays small.
import { downloadBlob } from './download';
import { COLUMN_WIDTH, GRID_BORDER, LANE_WIDTH } from './layout';
import { pageSlices, pdfText } from './pages';

/** The largest canvas side html-to-image draws (it shrinks a larger one), and an area Chromium accepts. */
const MAX_SIDE = 16_384;
const MAX_AREA = 250_000_000;

/**
 * Renders the element on white without its editing controls (class no-export), at twice its size, or less for a
 * map so wide that twice would not fit in a canvas; ratio is canvas pixels per CSS pixel, as drawn.
 */
async function canvasOf(element: HTMLElement): Promise<{ canvas: HTMLCanvasElement; ratio: number }> {
  const { toCanvas } = await import('html-to-image');
  const width = element.scrollWidth;
  const height = element.scrollHeight;
  const pixelRatio = Math.min(2, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  const canvas = await toCanvas(element, { pixelRatio, backgroundColor: '#ffffff', width, height,
    filter: (node) => !(node instanceof Element && node.classList.contains('no-export')) });
  return { canvas, ratio: canvas.width / width };
}

export async function exportPng(element: HTMLElement, fileName: string) {
  const { canvas } = await canvasOf(element);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw new Error('the map is too large for a PNG');
  downloadBlob(png, fileName);
}

const PAGE = { width: 420, height: 297, margin: 10, header: 18 }; // A3 landscape, mm
/** At most this many CSS pixels of the map across one page, so that its text stays readable (about 8 pt). */
const MAX_PIXELS_ACROSS = 1800;
const MM_PER_POINT = 25.4 / 72;
/** The lane labels and the grid's left border: the strip repeated at the left of every page after the first. */
const LABELS_WIDTH = LANE_WIDTH + GRID_BORDER;

/** A piece of the map's text where the page shows it, in CSS pixels from the map's top left corner. */
interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  inLaneLabel: boolean;
}

/** Every visible text of the map (the editing controls left out), where it is drawn. */
function textRuns(element: HTMLElement): TextRun[] {
  const origin = element.getBoundingClientRect();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const runs: TextRun[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = pdfText(node.textContent ?? '');
    if (!parent || !text || parent.closest('.no-export')) continue;
    range.selectNodeContents(node);
    const rect = range.getClientRects()[0];
    if (!rect || rect.width === 0) continue;
    runs.push({ text, x: rect.left - origin.left, y: rect.top - origin.top,
      size: parseFloat(getComputedStyle(parent).fontSize) || 12, inLaneLabel: !!parent.closest('.lane-label') });
  }
  return runs;
}

/**
 * A3 landscape pages: the title and date range at the top of each, then the map, cut between stages (or between
 * touchpoint columns in a stage wider than a page) with the lane labels repeated at the left of every page. The map
 * is an image (JPEG, so that the file stays small) under an invisible layer of its text, so that every name on it
 * can be selected, searched and read by a screen reader or pdftotext.
 */
export async function exportPdf(element: HTMLElement, fileName: string, title: string, subtitle: string) {
  const [{ jsPDF }, { canvas, ratio }] = await Promise.all([import('jspdf'), canvasOf(element)]);
  const cssWidth = canvas.width / ratio;
  const cssHeight = canvas.height / ratio;
  const origin = element.getBoundingClientRect();
  const grid = element.querySelector('.map-grid')?.getBoundingClientRect();
  const gridLeft = grid ? grid.left - origin.left : 0;
  const gridTop = grid ? grid.top - origin.top : 0;
  const stageEdges = [...element.querySelectorAll('.stage-header')]
    .map((header) => header.getBoundingClientRect().right - origin.left);
  const usableWidth = PAGE.width - 2 * PAGE.margin;
  const usableHeight = PAGE.height - 2 * PAGE.margin - PAGE.header;
  const mmPerPixel = Math.min(usableWidth / Math.min(cssWidth, MAX_PIXELS_ACROSS), usableHeight / cssHeight);
  const slices = pageSlices(cssWidth, gridLeft + LABELS_WIDTH, LABELS_WIDTH, stageEdges, COLUMN_WIDTH,
    Math.floor(usableWidth / mmPerPixel));
  const runs = textRuns(element);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3' });
  const top = PAGE.margin + PAGE.header;
  slices.forEach((slice, page) => {
    if (page > 0) pdf.addPage('a3', 'landscape');
    pdf.setFontSize(16);
    pdf.text(pdfText(title), PAGE.margin, PAGE.margin + 6);
    pdf.setFontSize(10);
    pdf.text(pdfText(`${subtitle}${slices.length > 1 ? ` · ${page + 1}/${slices.length}` : ''}`), PAGE.margin,
      PAGE.margin + 13);
    const strip = slice.withLabels ? LABELS_WIDTH : 0;
    const pageCanvas = document.createElement('canvas');
    pageCanvas.width = Math.round((strip + slice.to - slice.from) * ratio);
    pageCanvas.height = canvas.height;
    const drawing = pageCanvas.getContext('2d')!;
    drawing.fillStyle = '#ffffff';
    drawing.fillRect(0, 0, pageCanvas.width, pageCanvas.height);
    if (slice.withLabels) {
      drawing.drawImage(canvas, gridLeft * ratio, gridTop * ratio, strip * ratio, (cssHeight - gridTop) * ratio,
        0, gridTop * ratio, strip * ratio, (cssHeight - gridTop) * ratio);
    }
    drawing.drawImage(canvas, slice.from * ratio, 0, (slice.to - slice.from) * ratio, canvas.height,
      strip * ratio, 0, (slice.to - slice.from) * ratio, canvas.height);
    pdf.addImage(pageCanvas.toDataURL('image/jpeg', 0.85), 'JPEG', PAGE.margin, top,
      (strip + slice.to - slice.from) * mmPerPixel, cssHeight * mmPerPixel);
    const placed = runs.flatMap((run) => {
      if (run.x >= slice.from && run.x < slice.to) return [{ run, x: run.x - slice.from + strip }];
      if (slice.withLabels && run.inLaneLabel) return [{ run, x: run.x - gridLeft }];
      return [];
    });
    for (const { run, x } of placed) {
      pdf.setFontSize(run.size * mmPerPixel / MM_PER_POINT);
      pdf.text(run.text, PAGE.margin + x * mmPerPixel, top + run.y * mmPerPixel,
        { baseline: 'top', renderingMode: 'invisible' });
    }
  });
  pdf.save(fileName);
}
