// Presenting a map: full screen, the whole map first, then one stage per slide, enlarged to the screen. Arrows,
// Page Up / Down, space, Home and End move; Escape (or leaving full screen) ends it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { columnsOf, JourneyGrid, READ_ONLY, type MapJourney } from './JourneyGrid';
import { fitScale, slideAfter, slideCount } from './layout';
import { useWidth } from './reading';

/** A stage shown alone is enlarged up to twice its size, no more: its text stays in proportion to the screen. */
const LARGEST = 2;
const NO_FOLDED_LANES = new Set<never>();

export function Presentation({ journey, onExit }: { journey: MapJourney; onExit: () => void }) {
  const [slide, setSlide] = useState(0);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useWidth(box);
  const count = slideCount(journey.stages.length);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        onExit();
        return;
      }
      // From the slide as it is when the key is handled: keys pressed faster than a render each move once.
      if (slideAfter(event.key, 0, count) === null) return;
      event.preventDefault();
      setSlide((current) => slideAfter(event.key, current, count) ?? current);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [count]);

  // Full screen where the browser allows it; leaving it (Escape in most browsers) ends the presentation.
  useEffect(() => {
    let entered = false;
    const onChange = () => {
      if (entered && !document.fullscreenElement) onExit();
      entered = !!document.fullscreenElement;
    };
    document.addEventListener('fullscreenchange', onChange);
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const stage = slide > 0 ? journey.stages[slide - 1] : undefined;
  const shown = stage ? { ...journey, stages: [stage] } : journey;
  const title = stage ? t('presentStage', { number: slide, count: journey.stages.length, name: stage.name })
    : t('presentOverview');
  return (
    <div class="presentation" role="dialog" aria-modal="true" aria-label={`${journey.name}: ${title}`}>
      <header>
        <div>
          <h1>{journey.name}</h1>
          <p class="muted" aria-live="polite">{title}</p>
        </div>
        <nav class="actions" aria-label={t('presentControls')}>
          <button type="button" disabled={slide === 0} onClick={() => setSlide(slide - 1)}
            aria-label={t('presentPrevious')}>←</button>
          <span class="muted">{slide + 1} / {count}</span>
          <button type="button" disabled={slide === count - 1} onClick={() => setSlide(slide + 1)}
            aria-label={t('presentNext')}>→</button>
          <button type="button" onClick={onExit}>{t('presentEnd')}</button>
        </nav>
      </header>
      <div class="presentation-map map-scroll" ref={setBox}>
        <JourneyGrid journey={shown} canEdit={false} actions={READ_ONLY}
          view={{ scale: fitScale(width, columnsOf(shown), LARGEST), folded: NO_FOLDED_LANES, toggleLane: () => undefined }} />
      </div>
    </div>
  );
}
