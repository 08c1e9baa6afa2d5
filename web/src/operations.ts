// Every GraphQL operation of the app, typed by codegen from gateway/schema.graphql (src/gql/).
import { graphql } from './gql';

export const PersonasQuery = graphql(`
  query Personas($search: String, $tag: String, $channel: Channel, $includeArchived: Boolean, $after: String) {
    personas(search: $search, tag: $tag, channel: $channel, includeArchived: $includeArchived, first: 24, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name title avatarUrl quote tags preferredChannels archived } }
    }
  }
`);

export const PersonaChoicesQuery = graphql(`
  query PersonaChoices {
    personas(first: 100) { edges { node { id name } } }
  }
`);

export const PersonaQuery = graphql(`
  query Persona($id: ID!) {
    persona(id: $id) {
      id version name title avatarUrl quote summary tags archived goals frustrations motivations behaviours
      preferredChannels
      demographics { ageRange familyStatus incomeBand location occupation }
      journeys { id name mapType status }
    }
  }
`);

export const CreatePersona = graphql(`
  mutation CreatePersona($input: PersonaInput!) { createPersona(input: $input) { id } }
`);

export const UpdatePersona = graphql(`
  mutation UpdatePersona($id: ID!, $expectedVersion: Int!, $input: PersonaInput!) {
    updatePersona(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
  }
`);

export const ArchivePersona = graphql(`
  mutation ArchivePersona($id: ID!) { archivePersona(id: $id) { id archived } }
`);

export const RestorePersona = graphql(`
  mutation RestorePersona($id: ID!) { restorePersona(id: $id) { id archived } }
`);

export const JourneysQuery = graphql(`
  query Journeys($personaId: ID, $mapType: MapType, $status: JourneyStatus, $search: String, $after: String) {
    journeys(personaId: $personaId, mapType: $mapType, status: $status, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id name mapType status updatedAt persona { id name } stages { id } } }
    }
  }
`);

export const CreateJourney = graphql(`
  mutation CreateJourney($input: JourneyInput!, $template: StageTemplate, $stageNames: [String]) {
    createJourney(input: $input, template: $template, stageNames: $stageNames) { id }
  }
`);

graphql(`
  fragment MapJourney on Journey {
    id version name description mapType status derivedFromId personaId
    persona { id name title avatarUrl quote goals frustrations preferredChannels }
    feedback(from: $from, to: $to) {
      responseCount
      nps { score answers } csat { mean percentSatisfied answers } ces { mean answers }
    }
    funnel(from: $from, to: $to) {
      customersEntered customersCompleted overallConversion
      breakStage { stageId name }
      stages { stageId name customers conversionFromPrevious dropOff }
    }
    emotionCurve(from: $from, to: $to) { touchpointId designed measured gap responseCount }
    invitationStats { sent answered responseRate }
    stages {
      id name position
      feedback(from: $from, to: $to) { responseCount }
      touchpoints {
        id version name description channel interaction ownerTeam position stageId
        customerAction customerThought emotion painPoints opportunities frontstage backstage supportProcesses
        feedback(from: $from, to: $to) {
          responseCount
          nps { score } csat { percentSatisfied } ces { mean }
        }
        surveys { id kind status title }
        invitationStats { sent answered responseRate }
      }
    }
  }
`);

export const JourneyMapQuery = graphql(`
  query JourneyMap($id: ID!, $from: DateTime, $to: DateTime) {
    journey(id: $id) { ...MapJourney }
  }
`);

export const CompareMapsQuery = graphql(`
  query CompareMaps($current: ID!, $future: ID!, $from: DateTime, $to: DateTime) {
    current: journey(id: $current) { ...MapJourney }
    future: journey(id: $future) { ...MapJourney }
  }
`);

export const TouchpointTrendQuery = graphql(`
  query TouchpointTrend($filter: FeedbackFilter, $bucket: TrendBucket) {
    feedbackTrend(filter: $filter, bucket: $bucket) {
      start
      summary { responseCount nps { score } csat { percentSatisfied } ces { mean } }
    }
  }
`);

export const AddStage = graphql(`
  mutation AddStage($journeyId: ID!, $name: String!) { addStage(journeyId: $journeyId, name: $name) { id } }
`);

export const RenameStage = graphql(`
  mutation RenameStage($stageId: ID!, $name: String!) { renameStage(stageId: $stageId, name: $name) { id } }
`);

export const MoveStage = graphql(`
  mutation MoveStage($stageId: ID!, $position: Int!) { moveStage(stageId: $stageId, position: $position) { id } }
`);

export const RemoveStage = graphql(`
  mutation RemoveStage($stageId: ID!, $touchpoints: StageRemoval, $moveToStageId: ID) {
    removeStage(stageId: $stageId, touchpoints: $touchpoints, moveToStageId: $moveToStageId) { id }
  }
`);

export const AddTouchpoint = graphql(`
  mutation AddTouchpoint($stageId: ID!, $input: TouchpointInput!) {
    addTouchpoint(stageId: $stageId, input: $input) { id }
  }
`);

export const UpdateTouchpoint = graphql(`
  mutation UpdateTouchpoint($id: ID!, $expectedVersion: Int!, $input: TouchpointInput!) {
    updateTouchpoint(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
  }
`);

export const MoveTouchpoint = graphql(`
  mutation MoveTouchpoint($id: ID!, $stageId: ID!, $position: Int) {
    moveTouchpoint(id: $id, stageId: $stageId, position: $position) { id }
  }
`);

export const RemoveTouchpoint = graphql(`
  mutation RemoveTouchpoint($id: ID!) { removeTouchpoint(id: $id) { id } }
`);

export const DeriveJourney = graphql(`
  mutation DeriveJourney($id: ID!, $mapType: MapType!, $name: String) {
    deriveJourney(id: $id, mapType: $mapType, name: $name) { id }
  }
`);

export const UpdateJourney = graphql(`
  mutation UpdateJourney($id: ID!, $expectedVersion: Int!, $input: JourneyInput!) {
    updateJourney(id: $id, expectedVersion: $expectedVersion, input: $input) { id version }
  }
`);

export const DeleteJourney = graphql(`
  mutation DeleteJourney($id: ID!, $expectedVersion: Int!) {
    deleteJourney(id: $id, expectedVersion: $expectedVersion) { journeyId name touchpointsDeleted interactionsDeleted }
  }
`);

export const SetJourneyStatus = graphql(`
  mutation SetJourneyStatus($id: ID!, $expectedVersion: Int!, $status: JourneyStatus!) {
    setJourneyStatus(id: $id, expectedVersion: $expectedVersion, status: $status) { id version status }
  }
`);

export const AddSurvey = graphql(`
  mutation AddSurvey($kind: SurveyKind!, $input: SurveyTemplateInput) {
    createSurveyFromTemplate(kind: $kind, input: $input) { id revision }
  }
`);

export const PublishSurvey = graphql(`
  mutation PublishSurvey($id: ID!, $expectedRevision: Int!) {
    publishSurvey(id: $id, expectedRevision: $expectedRevision) { id status }
  }
`);

export const LiveFeedback = graphql(`
  subscription LiveFeedback($journeyId: ID!) {
    feedbackReceived(journeyId: $journeyId) { eventId responseId touchpointId nps csat ces }
  }
`);

graphql(`
  fragment InboxAlert on Alert {
    id kind state ruleId ruleName raisedAt acknowledgedAt closedAt assignee note score questionId respondentRef
    journeyId stageId touchpointId metric value baseline windowResponses
  }
`);

export const LiveAlerts = graphql(`
  subscription LiveAlerts { alertRaised { ...InboxAlert } }
`);

export const AlertsQuery = graphql(`
  query Alerts($filter: AlertFilter, $after: String) {
    alerts(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...InboxAlert } }
    }
  }
`);

export const AcknowledgeAlert = graphql(`
  mutation AcknowledgeAlert($id: ID!, $assignee: String, $note: String) {
    acknowledgeAlert(id: $id, assignee: $assignee, note: $note) { id state }
  }
`);

export const CloseAlert = graphql(`
  mutation CloseAlert($id: ID!, $note: String) { closeAlert(id: $id, note: $note) { id state } }
`);

export const AlertRulesQuery = graphql(`
  query AlertRules {
    alertRules { id name kind enabled revision journeyId stageId touchpointId metric minimumDrop minimumResponses windowDays }
  }
`);

export const CreateAlertRule = graphql(`
  mutation CreateAlertRule($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }
`);

export const UpdateAlertRule = graphql(`
  mutation UpdateAlertRule($id: ID!, $expectedRevision: Int!, $input: AlertRuleInput!) {
    updateAlertRule(id: $id, expectedRevision: $expectedRevision, input: $input) { id revision enabled }
  }
`);

export const DeleteAlertRule = graphql(`
  mutation DeleteAlertRule($id: ID!) { deleteAlertRule(id: $id) }
`);

export const AlertPlacesQuery = graphql(`
  query AlertPlaces {
    journeys(first: 100) { edges { node { id name stages { id name touchpoints { id name } } } } }
  }
`);

export const SurveysQuery = graphql(`
  query Surveys($status: SurveyStatus, $after: String) {
    surveys(status: $status, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id title kind status latestVersion publicLinkEnabled touchpointId
        feedback { responseCount } invitationStats { invited responseRate } } }
    }
  }
`);

export const SurveyLinksQuery = graphql(`
  query SurveyLinks($id: ID!) {
    survey(id: $id) {
      id title kind status revision latestVersion hasUnpublishedChanges defaultLocale publicUrl publicLinkEnabled
      hiddenFields touchpointId questions { id type required labels { locale text } }
    }
  }
`);

export const SetSurveyPublicLink = graphql(`
  mutation SetSurveyPublicLink($id: ID!, $enabled: Boolean!, $expectedRevision: Int!) {
    setSurveyPublicLink(id: $id, enabled: $enabled, expectedRevision: $expectedRevision) { id revision publicLinkEnabled }
  }
`);

export const CreatePersonalLink = graphql(`
  mutation CreatePersonalLink($surveyId: ID!, $respondentRef: String!, $validDays: Int!) {
    createPersonalLink(surveyId: $surveyId, respondentRef: $respondentRef, validDays: $validDays) { url expiresAt }
  }
`);

export const ContactsQuery = graphql(`
  query Contacts($search: String, $after: String) {
    contacts(search: $search, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { respondentRef email phone hasEmail hasPhone locale emailConsent smsConsent unsubscribedAt
        attributes { name value } } }
    }
  }
`);

export const ImportContacts = graphql(`
  mutation ImportContacts($csv: String!) {
    importContacts(csv: $csv) { received created updated refused { row respondentRef violations { field rule } } }
  }
`);

export const UnsubscribeContact = graphql(`
  mutation UnsubscribeContact($respondentRef: String!) {
    unsubscribeContact(respondentRef: $respondentRef) { respondentRef unsubscribedAt }
  }
`);

export const EraseRespondent = graphql(`
  mutation EraseRespondent($respondentRef: String!) { eraseRespondent(respondentRef: $respondentRef) }
`);

export const SurveyInvitationsQuery = graphql(`
  query SurveyInvitations($surveyId: ID!) {
    invitationStats(surveyId: $surveyId) {
      invited scheduled sent opened answered suppressed failed responseRate medianSecondsToAnswer
    }
    invitations(surveyId: $surveyId, first: 10) {
      totalCount
      edges { node { id respondentRef channel state suppression error sentAt answeredAt remindedAt } }
    }
  }
`);

export const InviteContacts = graphql(`
  mutation InviteContacts($surveyId: ID!, $respondentRefs: [String], $attributes: [AttributeFilter],
      $channel: InvitationChannel) {
    inviteContacts(surveyId: $surveyId, respondentRefs: $respondentRefs, attributes: $attributes, channel: $channel) {
      scheduled sendAt }
  }
`);

export const SurveyTriggersQuery = graphql(`
  query SurveyTriggers($surveyId: ID!) {
    surveyTriggers(surveyId: $surveyId) { id touchpointId channel delaySeconds enabled interactions invited withoutContact }
    journeys(first: 50) { edges { node { id name stages { name touchpoints { id name } } } } }
  }
`);

export const CreateSurveyTrigger = graphql(`
  mutation CreateSurveyTrigger($input: SurveyTriggerInput!) {
    createSurveyTrigger(input: $input) { id }
  }
`);

export const SetSurveyTriggerEnabled = graphql(`
  mutation SetSurveyTriggerEnabled($id: ID!, $enabled: Boolean!) {
    setSurveyTriggerEnabled(id: $id, enabled: $enabled) { id enabled }
  }
`);

export const DeleteSurveyTrigger = graphql(`
  mutation DeleteSurveyTrigger($id: ID!) {
    deleteSurveyTrigger(id: $id)
  }
`);

export const WidgetOriginsQuery = graphql(`
  query WidgetOrigins { widgetOrigins }
`);

export const SetWidgetOrigins = graphql(`
  mutation SetWidgetOrigins($origins: [String!]!) { setWidgetOrigins(origins: $origins) }
`);

/** A survey's draft as the editor shows it, and the touchpoints it may be about. */
export const SurveyDraftQuery = graphql(`
  query SurveyDraft($id: ID!) {
    survey(id: $id, version: 0) {
      id title kind status revision defaultLocale hiddenFields reminderAfterDays journeyId stageId touchpointId
      personaId opensAt closesAt
      questions { id type required min max maxLength labels { locale text } options { id labels { locale text } } }
    }
  }
`);

export const TouchpointChoicesQuery = graphql(`
  query TouchpointChoices {
    journeys(first: 50) { edges { node { id name stages { id name touchpoints { id name } } } } }
  }
`);

export const CreateSurvey = graphql(`
  mutation CreateSurvey($input: SurveyInput!) {
    createSurvey(input: $input) { id revision }
  }
`);

export const UpdateSurvey = graphql(`
  mutation UpdateSurvey($id: ID!, $expectedRevision: Int!, $input: SurveyInput!) {
    updateSurvey(id: $id, expectedRevision: $expectedRevision, input: $input) { id revision }
  }
`);

export const JourneyTemplatesQuery = graphql(`
  query JourneyTemplates($locale: String) {
    journeyTemplates(locale: $locale) {
      id own locale industry name description stageNames touchpointCount personaId
      persona { name title summary quote goals frustrations preferredChannels }
    }
  }
`);

export const CreateJourneyFromTemplate = graphql(`
  mutation CreateJourneyFromTemplate($templateId: ID!, $locale: String, $name: String, $personaId: ID) {
    createJourneyFromTemplate(templateId: $templateId, locale: $locale, name: $name, personaId: $personaId) { id }
  }
`);

export const CheckJourneyDocument = graphql(`
  query CheckJourneyDocument($document: JourneyDocumentInput!) { checkJourneyDocument(document: $document) }
`);

export const ImportJourney = graphql(`
  mutation ImportJourney($document: JourneyDocumentInput!) { importJourney(document: $document) { id } }
`);

export const AlertGroupsQuery = graphql(`
  query AlertGroups($filter: AlertFilter) {
    alertGroups(filter: $filter) {
      key ruleId ruleName kind journeyId stageId touchpointId open acknowledged closed total latestRaisedAt
    }
  }
`);

export const AcknowledgeAlertGroups = graphql(`
  mutation AcknowledgeAlertGroups($groups: [String!]!, $assignee: String) {
    acknowledgeAlertGroups(groups: $groups, assignee: $assignee)
  }
`);

export const CloseAlertGroups = graphql(`
  mutation CloseAlertGroups($groups: [String!]!) { closeAlertGroups(groups: $groups) }
`);

export const SaveJourneyAsTemplate = graphql(`
  mutation SaveJourneyAsTemplate($journeyId: ID!, $name: String) {
    saveJourneyAsTemplate(journeyId: $journeyId, name: $name) { id name }
  }
`);

export const DeleteJourneyTemplate = graphql(`
  mutation DeleteJourneyTemplate($id: ID!) { deleteJourneyTemplate(id: $id) }
`);
