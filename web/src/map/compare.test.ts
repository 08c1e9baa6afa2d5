import { describe, expect, it } from 'vitest';
import { changeCounts, compareMaps } from './compare';
import type { MapJourney } from './JourneyGrid';

type Spec = Record<string, Record<string, { emotion?: number; channel?: string; painPoints?: string[] }>>;

function map(spec: Spec): Pick<MapJourney, 'stages'> {
  return { stages: Object.entries(spec).map(([name, touchpoints], s) => ({ id: `${name}-${s}`, name, position: s + 1,
    touchpoints: Object.entries(touchpoints).map(([tp, fields]) => ({ id: tp, name: tp, channel: 'WEBSITE',
      interaction: 'DIRECT', emotion: null, painPoints: [], ...fields })) })) } as unknown as Pick<MapJourney, 'stages'>;
}

const shape = (current: Spec, future: Spec) => compareMaps(map(current), map(future)).map((stage) =>
  `${stage.name}:${stage.change}[${stage.touchpoints.map((pair) =>
    `${(pair.future ?? pair.current)!.name}=${pair.change}${pair.fields.length ? `(${pair.fields})` : ''}`
    + `${pair.emotionDelta !== null ? `Δ${pair.emotionDelta}` : ''}`).join(' ')}]`);

describe('compareMaps', () => {
  it('pairs touchpoints by name within a stage and says what changed', () => {
    expect(shape(
      { Buy: { Checkout: { emotion: -2, painPoints: ['Account'] }, Cart: {}, Phone: { channel: 'PHONE' } } },
      { Buy: { cart: {}, Checkout: { emotion: 1 }, Chat: {} } },
    )).toEqual(['Buy:changed[cart=unchanged Checkout=changed(emotion,painPoints)Δ3 Chat=added Phone=removed]']);
  });

  it('keeps the future\'s stage order and puts a dropped stage after its predecessor', () => {
    expect(shape(
      { Search: { Ad: {} }, Compare: { Reviews: {} }, Buy: { Pay: {} } },
      { Search: { Ad: {} }, Buy: { Pay: {} }, Love: { Review: {} } },
    )).toEqual(['Search:unchanged[Ad=unchanged]', 'Compare:removed[Reviews=removed]', 'Buy:unchanged[Pay=unchanged]',
      'Love:added[Review=added]']);
  });

  it('matches stage names ignoring case and spaces, and a dropped first stage comes first', () => {
    expect(shape({ Gone: {}, ' search ': { Ad: { emotion: 0 } } }, { Search: { Ad: { emotion: 0 } } }))
      .toEqual(['Gone:removed[]', 'Search:unchanged[Ad=unchangedΔ0]']);
  });

  it('counts the touchpoints by change', () => {
    const stages = compareMaps(map({ A: { x: {}, y: {} } }), map({ A: { x: { emotion: 1 }, z: {} } }));
    expect(changeCounts(stages)).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 0 });
  });
});
