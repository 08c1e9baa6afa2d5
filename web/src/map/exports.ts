// PNG and PDF of the map, made in the browser. Loaded on first use, so the first page load stays small.

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

function download(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

export async function exportPng(element: HTMLElement, fileName: string) {
  const { canvas } = await canvasOf(element);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!png) throw new Error('the map is too large for a PNG');
  const url = URL.createObjectURL(png);
  download(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const PAGE = { width: 420, height: 297, margin: 10, header: 18 }; // A3 landscape, mm
/** At most this many CSS pixels of the map across one page, so that its text stays readable (about 8 pt). */
const MAX_PIXELS_ACROSS = 1800;

/**
 * A3 landscape pages: the title and date range as text at the top of each, the map below, cut across pages
 * when it is wider than one page can show readably.
 */
export async function exportPdf(element: HTMLElement, fileName: string, title: string, subtitle: string) {
  const [{ jsPDF }, { canvas, ratio }] = await Promise.all([import('jspdf'), canvasOf(element)]);
  const cssWidth = canvas.width / ratio;
  const cssHeight = canvas.height / ratio;
  const usableWidth = PAGE.width - 2 * PAGE.margin;
  const usableHeight = PAGE.height - 2 * PAGE.margin - PAGE.header;
  const mmPerPixel = Math.min(usableWidth / Math.min(cssWidth, MAX_PIXELS_ACROSS), usableHeight / cssHeight);
  const pixelsPerPage = Math.floor(usableWidth / mmPerPixel);
  const pages = Math.ceil(cssWidth / pixelsPerPage);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3' });
  for (let page = 0; page < pages; page++) {
    if (page > 0) pdf.addPage('a3', 'landscape');
    pdf.setFontSize(16);
    pdf.text(title, PAGE.margin, PAGE.margin + 6);
    pdf.setFontSize(10);
    pdf.text(`${subtitle}${pages > 1 ? ` · ${page + 1}/${pages}` : ''}`, PAGE.margin, PAGE.margin + 13);
    const slice = document.createElement('canvas');
    const sliceWidth = Math.min(pixelsPerPage, cssWidth - page * pixelsPerPage);
    slice.width = Math.round(sliceWidth * ratio);
    slice.height = canvas.height;
    slice.getContext('2d')!.drawImage(canvas, Math.round(page * pixelsPerPage * ratio), 0, slice.width, slice.height,
      0, 0, slice.width, slice.height);
    pdf.addImage(slice, 'PNG', PAGE.margin, PAGE.margin + PAGE.header, sliceWidth * mmPerPixel,
      cssHeight * mmPerPixel);
  }
  pdf.save(fileName);
}
