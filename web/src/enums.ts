// The schema's enum values the UI offers; `satisfies Record<…>` makes a value added to the schema a build error
// here until the UI offers it too.
import type { AgeRange, Channel, IncomeBand, InteractionType, JourneyStatus, MapType, StageTemplate, SurveyKind }
  from './gql/graphql';

function values<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

export const CHANNELS = values<Channel>({
  WEBSITE: true, MOBILE_APP: true, EMAIL: true, PHONE: true, STORE: true, SOCIAL_MEDIA: true, CHATBOT: true,
  SMS: true, ADVERTISING: true, SEARCH: true, EVENT: true, PARTNER: true, REVIEW_SITE: true, WORD_OF_MOUTH: true,
  OTHER: true,
});
export const MAP_TYPES = values<MapType>({ CURRENT_STATE: true, FUTURE_STATE: true, DAY_IN_THE_LIFE: true,
  SERVICE_BLUEPRINT: true });
export const JOURNEY_STATUSES = values<JourneyStatus>({ DRAFT: true, PUBLISHED: true, ARCHIVED: true });
export const STAGE_TEMPLATES = values<StageTemplate>({ PURCHASE_LOOP: true, DIGITAL_PHASES: true, CUSTOM: true });
export const INTERACTIONS = values<InteractionType>({ DIRECT: true, INDIRECT: true });
export const AGE_RANGES = values<AgeRange>({ UNDER_18: true, AGE_18_24: true, AGE_25_34: true, AGE_35_44: true,
  AGE_45_54: true, AGE_55_64: true, AGE_65_PLUS: true });
export const INCOME_BANDS = values<IncomeBand>({ LOW: true, LOWER_MIDDLE: true, MIDDLE: true, UPPER_MIDDLE: true,
  HIGH: true });
/** The survey kinds that have a template (CUSTOM surveys are written question by question). */
export const TEMPLATE_KINDS: SurveyKind[] = ['NPS', 'CSAT', 'CES'];
