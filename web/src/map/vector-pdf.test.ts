import { describe, expect, it } from 'vitest';
import type { MapJourney } from './JourneyGrid';
import { mapPdf } from './vector-pdf';

function journey(touchpointsPerStage: number[], painPoints: string[] = []): MapJourney {
  let n = 0;
  const stages = touchpointsPerStage.map((count, s) => ({ id: `s${s}`, name: `Stage ${s + 1}`, position: s + 1,
    feedback: { responseCount: 0 }, touchpoints: Array.from({ length: count }, () => ({ id: `t${++n}`,
      name: `Touchpoint ${n}`, channel: 'WEBSITE', interaction: 'DIRECT', ownerTeam: null, customerAction: 'Looks',
      customerThought: null, emotion: 1, painPoints, opportunities: [], frontstage: [], backstage: [],
      supportProcesses: [], feedback: { responseCount: 3, nps: { score: 20 }, csat: null, ces: null } })) }));
  return { id: 'j', name: 'Vector map', description: null, mapType: 'CURRENT_STATE', persona: null, feedback: null,
    funnel: null, emotionCurve: [], stages } as unknown as MapJourney;
}

async function pdf(of: MapJourney): Promise<string> {
  return new TextDecoder('latin1').decode(await (await mapPdf(of, 'All time')).arrayBuffer());
}

describe('mapPdf', () => {
  it('writes the map as text and lines, a page per group of whole stages, labels on every page', async () => {
    const written = await pdf(journey([4, 4, 4]));
    expect(written.match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(written).not.toContain('/Subtype /Image');
    for (const text of ['Stage 1', 'Stage 2', 'Stage 3', 'Touchpoint 12', 'NPS 20']) {
      expect(written).toContain(`(${text}`);
    }
    expect(written.match(/\(Customer actions\) Tj/g)).toHaveLength(2);
    expect(written.match(/\(Vector map\) Tj/g)).toHaveLength(2);
  });

  it('keeps a stage taller than a page on it, in smaller type', async () => {
    const long = Array.from({ length: 20 }, (_, i) => `A pain point long enough to wrap over several lines, ${i}`);
    const written = await pdf(journey([2, 1], long));
    expect(written.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(written).toContain(', 19');
    const sizes = [...written.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map(([, size]) => Number(size));
    expect(Math.min(...sizes)).toBeLessThan(8.5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
  });
});
