// PNG and PDF of the map, made in the browser. Loaded on first use, so the first page load stays small.

/** Renders the element at twice its size, on white, without the editing controls (class no-export). */
async function canvasOf(element: HTMLElement): Promise<HTMLCanvasElement> {
  const { toCanvas } = await import('html-to-image');
  return toCanvas(element, { pixelRatio: 2, backgroundColor: '#ffffff', width: element.scrollWidth,
    height: element.scrollHeight, filter: (node) => !(node instanceof Element && node.classList.contains('no-export')) });
}

function download(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}

export async function exportPng(element: HTMLElement, fileName: string) {
  download((await canvasOf(element)).toDataURL('image/png'), fileName);
}

const PAGE = { width: 420, height: 297, margin: 10, header: 18 }; // A3 landscape, mm
/** At most this many CSS pixels of the map across one page, so that its text stays readable (about 8 pt). */
const MAX_PIXELS_ACROSS = 1800;

/**
 * A3 landscape pages: the title and date range as text at the top of each, the map below, cut across pages
 * when it is wider than one page can show readably.
 */
export async function exportPdf(element: HTMLElement, fileName: string, title: string, subtitle: string) {
  const [{ jsPDF }, canvas] = await Promise.all([import('jspdf'), canvasOf(element)]);
  const cssWidth = canvas.width / 2;
  const cssHeight = canvas.height / 2;
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
    slice.width = sliceWidth * 2;
    slice.height = canvas.height;
    slice.getContext('2d')!.drawImage(canvas, page * pixelsPerPage * 2, 0, slice.width, slice.height, 0, 0,
      slice.width, slice.height);
    pdf.addImage(slice, 'PNG', PAGE.margin, PAGE.margin + PAGE.header, sliceWidth * mmPerPixel,
      cssHeight * mmPerPixel);
  }
  pdf.save(fileName);
}
