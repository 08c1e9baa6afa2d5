// Where a wide map is cut into PDF pages: between stages where one fits, between touchpoint columns where a stage is
// wider than a page, never through a card. Pure (CSS pixels in, slices out), tested without a browser.

export interface PageSlice {
  /** The map's columns this page shows, in CSS pixels from the map's left edge. */
  from: number;
  to: number;
  /** Whether the lane labels are drawn first (every page but the first, which has them in its slice). */
  withLabels: boolean;
}

/**
 * @param width the whole map's width
 * @param columnsStart where the first touchpoint column starts (right of the lane labels)
 * @param labelsWidth the lane labels' strip, repeated at the left of every page after the first
 * @param stageEdges the right edge of each stage, in order
 * @param columnWidth every touchpoint column's width
 * @param across the most CSS pixels a page shows
 */
export function pageSlices(width: number, columnsStart: number, labelsWidth: number, stageEdges: readonly number[],
  columnWidth: number, across: number): PageSlice[] {
  const slices: PageSlice[] = [];
  let from = 0;
  while (from < width - 0.5) {
    const withLabels = slices.length > 0;
    const room = across - (withLabels ? labelsWidth : 0);
    const limit = from + room;
    if (limit >= width - 0.5) {
      slices.push({ from, to: width, withLabels });
      break;
    }
    const stageEnd = [...stageEdges].reverse().find((edge) => edge > from + 0.5 && edge <= limit + 0.5);
    const columns = Math.floor((limit - columnsStart) / columnWidth);
    const columnEnd = columnsStart + columns * columnWidth;
    const to = stageEnd ?? (columnEnd > from + 0.5 ? columnEnd : limit);
    slices.push({ from, to, withLabels });
    from = to;
  }
  return slices;
}

/** Text for the PDF's standard fonts (WinAnsi): signs it lacks become their plain equivalents, anything else goes. */
export function pdfText(text: string): string {
  return text.replace(/\u2212/g, '-').replace(/\u00a0|\u202f/g, ' ').replace(/[▾▸]/g, '')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/g, '').trim();
}
