// A journey as a JSON file: what "Export JSON" writes and "Import a journey" reads. The journey document that
// importJourney takes, with the persona it follows as createPersona takes it: the shape of the template gallery's
// files, so that a map moves between workspaces and installations. Pure, tested without a browser.
import type { JourneyDocumentInput, PersonaInput } from '../gql/graphql';
import type { MapJourney } from './JourneyGrid';

export const FORMAT = 'parcours.journey';
export const VERSION = 1;

export interface JourneyFile {
  format: typeof FORMAT;
  version: number;
  persona: PersonaInput | null;
  document: JourneyDocumentInput;
}

/** Why a file cannot be imported before the platform sees it: not JSON, not ours, or from a newer version. */
export class FileProblem extends Error {
  constructor(readonly kind: 'notJson' | 'notJourney' | 'newer', detail: string) {
    super(detail);
  }
}

export function journeyFile(journey: MapJourney): JourneyFile {
  const persona = journey.persona;
  return {
    format: FORMAT,
    version: VERSION,
    persona: persona ? { name: persona.name, title: persona.title, quote: persona.quote, goals: persona.goals,
      frustrations: persona.frustrations, preferredChannels: persona.preferredChannels,
      // A photo kept by this installation is not at that address in another; an address on the web is.
      avatarUrl: persona.avatarUrl?.startsWith('https://') ? persona.avatarUrl : null } : null,
    document: {
      journey: { name: journey.name, description: journey.description, mapType: journey.mapType },
      stages: journey.stages.map((stage) => ({ name: stage.name, touchpoints: stage.touchpoints.map((tp) => ({
        name: tp.name, description: tp.description, channel: tp.channel, interaction: tp.interaction,
        ownerTeam: tp.ownerTeam, customerAction: tp.customerAction, customerThought: tp.customerThought,
        emotion: tp.emotion, painPoints: tp.painPoints, opportunities: tp.opportunities, frontstage: tp.frontstage,
        backstage: tp.backstage, supportProcesses: tp.supportProcesses })) })),
    },
  };
}

/** The file as written by journeyFile (its fields are checked by the platform on import, not here). */
export function parseJourneyFile(text: string): JourneyFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new FileProblem('notJson', (error as Error).message);
  }
  const file = parsed as Partial<JourneyFile> | null;
  if (typeof file !== 'object' || file === null || file.format !== FORMAT || typeof file.document !== 'object') {
    throw new FileProblem('notJourney', `format ${JSON.stringify(file?.format)}`);
  }
  if (typeof file.version !== 'number' || file.version > VERSION) {
    throw new FileProblem('newer', String(file.version));
  }
  return { format: FORMAT, version: file.version, persona: file.persona ?? null, document: file.document! };
}
