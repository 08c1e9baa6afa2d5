// The map screen's layout as measured in the browser: what is cut off or pushes the page sideways, and whether the
// stage headers and lane labels stay in view while the map scrolls. Each returns the problems found ([] if none).

/** Texts of the map's header and toolbar cut off or beyond the window, and a page wider than the window. */
export function clippingProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const page = document.documentElement;
    if (page.scrollWidth > innerWidth) problems.push(`the page scrolls sideways (${page.scrollWidth} > ${innerWidth} px)`);
    const texts = document.querySelectorAll('.map-header h1, .map-header p, .scores dt, .scores dd, '
      + '.map-toolbar button, .map-toolbar a, .persona-mini');
    for (const element of texts) {
      const name = `"${element.textContent.trim().slice(0, 40)}"`;
      const box = element.getBoundingClientRect();
      if (box.left < -0.5 || box.right > innerWidth + 0.5) problems.push(`${name} beyond the window (${box.left}–${box.right})`);
      if (element.scrollWidth > element.clientWidth + 1) problems.push(`${name} cut (${element.scrollWidth} > ${element.clientWidth} px)`);
    }
    const map = document.querySelector('.map-scroll')?.getBoundingClientRect();
    if (!map) problems.push('no map');
    else if (map.right > innerWidth + 0.5 || map.bottom > innerHeight + 0.5) {
      problems.push(`the map's box ends beyond the window (${map.right} × ${map.bottom})`);
    }
    return problems;
  });
}

/**
 * Scrolls the map to its far end (right and bottom), then checks that a stage header is still at the top of the
 * box and the lane labels at its left; scrolls back.
 */
export function stickyProblems(page) {
  return page.evaluate(async () => {
    const problems = [];
    const scroller = document.querySelector('.map-scroll');
    if (scroller.scrollWidth <= scroller.clientWidth && scroller.scrollHeight <= scroller.clientHeight) {
      return ['the map does not scroll: nothing to hold in view'];
    }
    scroller.scrollTo(scroller.scrollWidth, scroller.scrollHeight);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = scroller.getBoundingClientRect();
    const inView = (element) => {
      const r = element.getBoundingClientRect();
      return r.right > box.left + 1 && r.left < box.right - 1;
    };
    const header = [...document.querySelectorAll('.stage-header')].filter(inView).at(-1);
    const headerTop = header?.getBoundingClientRect().top;
    if (!header || Math.abs(headerTop - box.top) > 1.5) problems.push(`no stage header at the top (${headerTop} vs ${box.top})`);
    const labels = [...document.querySelectorAll('.lane-label:not(.corner)')];
    const last = labels.at(-1).getBoundingClientRect();
    if (Math.abs(last.left - box.left) > 1.5) problems.push(`lane labels scrolled away (${last.left} vs ${box.left})`);
    if (last.bottom > box.bottom + 1 || last.top < box.top) problems.push('the last lane is not in view at the bottom');
    scroller.scrollTo(0, 0);
    return problems;
  });
}
