import { describe, expect, it } from 'vitest';
import { FileProblem, journeyFile, parseJourneyFile } from './document';
import type { MapJourney } from './JourneyGrid';

const touchpoint = { id: 't1', version: 3, name: 'Checkout', description: null, channel: 'WEBSITE',
  interaction: 'DIRECT', ownerTeam: 'E-commerce', position: 1, stageId: 's1', customerAction: 'Pays',
  customerThought: 'Why an account?', emotion: -1, painPoints: ['Account required'], opportunities: [],
  frontstage: [], backstage: ['Fraud check'], supportProcesses: [], feedback: null, surveys: [], invitationStats: null };
const journey = {
  id: 'j1', version: 4, name: 'Online purchase', description: 'First order', mapType: 'CURRENT_STATE',
  status: 'PUBLISHED', derivedFromId: null, personaId: 'p1',
  persona: { id: 'p1', name: 'Claire', title: 'Shopper', avatarUrl: '/api/v1/persona-photos/abc', quote: 'Fast',
    goals: ['Speed'], frustrations: [], preferredChannels: ['WEBSITE'] },
  feedback: null, funnel: null, emotionCurve: [], invitationStats: null,
  stages: [{ id: 's1', name: 'Buy', position: 1, feedback: null, touchpoints: [touchpoint] },
    { id: 's2', name: 'Use', position: 2, feedback: null, touchpoints: [] }],
} as unknown as MapJourney;

describe('journeyFile', () => {
  it('keeps what the map says and leaves out ids, versions, scores and this installation\'s photo', () => {
    const file = journeyFile(journey);
    expect(file.format).toBe('parcours.journey');
    expect(file.persona).toEqual({ name: 'Claire', title: 'Shopper', quote: 'Fast', goals: ['Speed'],
      frustrations: [], preferredChannels: ['WEBSITE'], avatarUrl: null });
    expect(file.document.journey).toEqual({ name: 'Online purchase', description: 'First order',
      mapType: 'CURRENT_STATE' });
    expect(file.document.stages.map((stage) => stage.name)).toEqual(['Buy', 'Use']);
    expect(file.document.stages[0].touchpoints).toEqual([{ name: 'Checkout', description: null, channel: 'WEBSITE',
      interaction: 'DIRECT', ownerTeam: 'E-commerce', customerAction: 'Pays', customerThought: 'Why an account?',
      emotion: -1, painPoints: ['Account required'], opportunities: [], frontstage: [], backstage: ['Fraud check'],
      supportProcesses: [] }]);
  });

  it('reads back what it wrote', () => {
    const file = journeyFile(journey);
    expect(parseJourneyFile(JSON.stringify(file))).toEqual(file);
  });
});

describe('parseJourneyFile', () => {
  const problem = (text: string) => {
    try {
      parseJourneyFile(text);
    } catch (error) {
      return (error as FileProblem).kind;
    }
    return 'none';
  };

  it('tells a file that is not JSON, not a journey, or from a newer version', () => {
    expect(problem('{ nope')).toBe('notJson');
    expect(problem('[]')).toBe('notJourney');
    expect(problem('{"format":"other","version":1,"document":{}}')).toBe('notJourney');
    expect(problem('{"format":"parcours.journey","version":1}')).toBe('notJourney');
    expect(problem('{"format":"parcours.journey","version":2,"document":{}}')).toBe('newer');
  });
});
