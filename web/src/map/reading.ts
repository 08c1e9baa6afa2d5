// How this browser reads maps: fitted or at 100 %, and which lanes are folded — remembered across maps and visits
// (localStorage; a browser that refuses it simply does not remember).
import { useEffect, useState } from 'preact/hooks';
import type { MapView } from './JourneyGrid';
import { parseFolded, parseZoom, scaleFor, type LaneKey, type Zoom } from './layout';

const ZOOM_KEY = 'parcours.map.zoom';
const FOLDED_KEY = 'parcours.map.foldedLanes';

function remembered(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function remember(key: string, value: string) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // not remembered: the choice still holds for this page
  }
}

/** The inner width of an element, followed as it changes (window resized, header wrapped). */
export function useWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/** The map's view for a grid of this many columns shown in this scrolling box. */
export function useMapReading(box: HTMLElement | null, columns: number): MapView & { zoom: Zoom;
  setZoom(zoom: Zoom): void } {
  const [zoom, setZoomState] = useState<Zoom>(() => parseZoom(remembered(ZOOM_KEY)));
  const [folded, setFolded] = useState<ReadonlySet<LaneKey>>(() => parseFolded(remembered(FOLDED_KEY)));
  const width = useWidth(box);
  return {
    zoom,
    scale: scaleFor(zoom, width, columns),
    folded,
    setZoom(next) {
      setZoomState(next);
      remember(ZOOM_KEY, next);
    },
    toggleLane(lane) {
      const next = new Set(folded);
      if (!next.delete(lane)) next.add(lane);
      setFolded(next);
      remember(FOLDED_KEY, JSON.stringify([...next]));
    },
  };
}
