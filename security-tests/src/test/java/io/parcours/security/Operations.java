package io.parcours.security;

import static io.parcours.security.Operation.ADMINS;
import static io.parcours.security.Operation.COLLECTORS;
import static io.parcours.security.Operation.READERS;
import static io.parcours.security.Operation.WRITERS;

import java.util.List;
import java.util.Map;

/** Every query and mutation of the gateway's schema, with who may run it (see the README's role table). */
final class Operations {

    private Operations() {
    }

    static List<Operation> all() {
        return List.of(
                // Queries: the readers.
                Operation.of("journey", "query($id: ID!) { journey(id: $id) { id stages { touchpoints { id } } } }",
                        f -> Map.of("id", f.journey().get("id")), READERS),
                Operation.of("journeys", "{ journeys { totalCount } }", READERS),
                Operation.of("journeyTemplates", "{ journeyTemplates(locale: \"fr\") { id } }", READERS),
                Operation.of("checkJourneyDocument", "query { checkJourneyDocument(document: {journey: {name: \"Checked\"}, "
                        + "stages: [{name: \"One\"}]}) }", WRITERS),
                Operation.of("persona", "query($id: ID!) { persona(id: $id) { id journeys { id } } }",
                        f -> Map.of("id", f.persona().get("id")), READERS),
                Operation.of("personas", "{ personas { totalCount } }", READERS),
                Operation.of("survey", "query($id: ID!) { survey(id: $id) { id questions { id } } }",
                        f -> Map.of("id", f.activeSurvey().get("id")), READERS),
                Operation.of("surveys", "{ surveys { totalCount } }", READERS),
                Operation.of("feedbackSummary", "{ feedbackSummary { responseCount } }", READERS),
                Operation.of("feedbackTrend", "{ feedbackTrend(bucket: DAY) { start } }", READERS),
                Operation.of("alertRules", "{ alertRules { id } }", READERS),
                Operation.of("alerts", "{ alerts { totalCount } }", READERS),
                Operation.of("alertGroups", "{ alertGroups { key total } }", READERS),
                Operation.of("alert", "query($id: ID!) { alert(id: $id) { id } }", f -> f.openAlert(), READERS),
                Operation.of("contacts", "{ contacts { totalCount } }", READERS),
                Operation.of("contact", "{ contact(respondentRef: \"fixture-known\") { respondentRef } }", f -> {
                    f.ok("mutation { upsertContact(input: {respondentRef: \"fixture-known\", phone: \"+33612345678\"}) "
                            + "{ respondentRef } }", Map.of());
                    return Map.of();
                }, READERS),
                Operation.of("invitations", "{ invitations { totalCount } }", READERS),
                Operation.of("invitationStats", "query($s: ID!) { invitationStats(surveyId: $s) { invited } }",
                        f -> Map.of("s", f.activeSurvey().get("id")), READERS),
                Operation.of("surveyTriggers", "query($s: ID!) { surveyTriggers(surveyId: $s) { id } }",
                        f -> Map.of("s", f.activeSurvey().get("id")), READERS),
                Operation.of("widgetOrigins", "{ widgetOrigins }", READERS),
                Operation.of("webhookEndpoints", "{ webhookEndpoints { id } }", ADMINS),
                Operation.of("webhookDeliveries", "{ webhookDeliveries { totalCount } }", ADMINS),

                // Alert rules and the alerts' follow-up: the writers.
                Operation.of("createAlertRule", "mutation { createAlertRule(input: {name: \"New\", kind: DETRACTOR}) { id } }",
                        WRITERS),
                Operation.of("updateAlertRule", "mutation($id: ID!, $r: Int!) { updateAlertRule(id: $id, expectedRevision: $r, "
                        + "input: {name: \"Renamed\", kind: LOW_CSAT}) { id } }", f -> {
                            Map<String, Object> rule = f.alertRule();
                            return Map.of("id", rule.get("id"), "r", rule.get("revision"));
                        }, WRITERS),
                Operation.of("deleteAlertRule", "mutation($id: ID!) { deleteAlertRule(id: $id) }",
                        f -> Map.of("id", f.alertRule().get("id")), WRITERS),
                Operation.of("acknowledgeAlert", "mutation($id: ID!) { acknowledgeAlert(id: $id, assignee: \"me\") { id } }",
                        f -> f.openAlert(), WRITERS),
                Operation.of("closeAlert", "mutation($id: ID!) { closeAlert(id: $id) { id } }", f -> f.openAlert(), WRITERS),
                Operation.of("acknowledgeAlertGroups", "mutation { acknowledgeAlertGroups(groups: "
                        + "[\"0e8400e2-9b1d-41d4-a716-446655440000:::\"]) }", WRITERS),
                Operation.of("closeAlertGroups", "mutation { closeAlertGroups(groups: "
                        + "[\"0e8400e2-9b1d-41d4-a716-446655440000:::\"]) }", WRITERS),
                Operation.of("updateAlert", "mutation($id: ID!) { updateAlert(id: $id, note: \"Called back\") { id } }",
                        f -> f.openAlert(), WRITERS),

                // Webhooks: the admins.
                Operation.of("createWebhookEndpoint", "mutation($url: String!) { createWebhookEndpoint(input: {url: $url, "
                        + "events: [ALERT_RAISED]}) { id } }", f -> Map.of("url", Fixtures.CLOSED_PORT_URL), ADMINS),
                Operation.of("updateWebhookEndpoint", "mutation($id: ID!, $r: Int!, $url: String!) { updateWebhookEndpoint("
                        + "id: $id, expectedRevision: $r, input: {url: $url, events: [FEEDBACK_RECEIVED]}) { id } }", f -> {
                            Map<String, Object> endpoint = f.webhookEndpoint();
                            return Map.of("id", endpoint.get("id"), "r", endpoint.get("revision"), "url", Fixtures.CLOSED_PORT_URL);
                        }, ADMINS),
                Operation.of("deleteWebhookEndpoint", "mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }",
                        f -> Map.of("id", f.webhookEndpoint().get("id")), ADMINS),
                Operation.of("replayWebhookDelivery", "mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }",
                        f -> f.deadDelivery(), ADMINS),

                // Persona mutations: the writers.
                Operation.of("createPersona", "mutation { createPersona(input: {name: \"New\"}) { id } }", WRITERS),
                Operation.of("updatePersona", "mutation($id: ID!, $v: Int!) { updatePersona(id: $id, expectedVersion: $v, "
                        + "input: {name: \"Renamed\"}) { id } }", f -> {
                            Map<String, Object> persona = f.persona();
                            return Map.of("id", persona.get("id"), "v", persona.get("version"));
                        }, WRITERS),
                Operation.of("archivePersona", "mutation($id: ID!) { archivePersona(id: $id) { id } }",
                        f -> Map.of("id", f.persona().get("id")), WRITERS),
                Operation.of("restorePersona", "mutation($id: ID!) { restorePersona(id: $id) { id } }", f -> {
                    Object id = f.persona().get("id");
                    f.ok("mutation($id: ID!) { archivePersona(id: $id) { id } }", Map.of("id", id));
                    return Map.of("id", id);
                }, WRITERS),

                // Journey, stage and touchpoint mutations: the writers.
                Operation.of("createJourney", "mutation { createJourney(input: {name: \"New\"}, template: DIGITAL_PHASES) "
                        + "{ id } }", WRITERS),
                Operation.of("updateJourney", "mutation($id: ID!, $v: Int!) { updateJourney(id: $id, expectedVersion: $v, "
                        + "input: {name: \"Renamed\"}) { id } }", f -> {
                            Map<String, Object> journey = f.journey();
                            return Map.of("id", journey.get("id"), "v", journey.get("version"));
                        }, WRITERS),
                Operation.of("setJourneyStatus", "mutation($id: ID!, $v: Int!) { setJourneyStatus(id: $id, "
                        + "expectedVersion: $v, status: PUBLISHED) { id } }", f -> {
                            Map<String, Object> journey = f.journey();
                            return Map.of("id", journey.get("id"), "v", journey.get("version"));
                        }, WRITERS),
                Operation.of("deriveJourney", "mutation($id: ID!) { deriveJourney(id: $id, mapType: FUTURE_STATE) { id } }",
                        f -> Map.of("id", f.journey().get("id")), WRITERS),
                Operation.of("importJourney", "mutation { importJourney(document: {journey: {name: \"Imported\"}, "
                        + "stages: [{name: \"One\", touchpoints: [{name: \"T\", channel: EMAIL}]}]}) { id } }", WRITERS),
                Operation.of("saveJourneyAsTemplate", "mutation($id: ID!) { saveJourneyAsTemplate(journeyId: $id) { id } }",
                        f -> Map.of("id", f.journey().get("id")), WRITERS),
                Operation.of("deleteJourneyTemplate", "mutation { deleteJourneyTemplate("
                        + "id: \"0e8400e2-9b1d-41d4-a716-446655440000\") }", WRITERS),
                Operation.of("createJourneyFromTemplate", "mutation { createJourneyFromTemplate(templateId: \"hotel-stay\") "
                        + "{ id } }", WRITERS),
                Operation.of("deleteJourney", "mutation($id: ID!, $v: Int!) { deleteJourney(id: $id, expectedVersion: $v) "
                        + "{ journeyId } }", f -> {
                            Map<String, Object> journey = f.journey();
                            return Map.of("id", journey.get("id"), "v", journey.get("version"));
                        }, ADMINS),
                Operation.of("addStage", "mutation($id: ID!) { addStage(journeyId: $id, name: \"Three\") { id } }",
                        f -> Map.of("id", f.journey().get("id")), WRITERS),
                Operation.of("renameStage", "mutation($s: ID!) { renameStage(stageId: $s, name: \"Renamed\") { id } }",
                        f -> Map.of("s", firstStage(f)), WRITERS),
                Operation.of("moveStage", "mutation($s: ID!) { moveStage(stageId: $s, position: 2) { id } }",
                        f -> Map.of("s", firstStage(f)), WRITERS),
                Operation.of("removeStage", "mutation($s: ID!) { removeStage(stageId: $s) { id } }",
                        f -> Map.of("s", firstStage(f)), WRITERS),
                Operation.of("addTouchpoint", "mutation($s: ID!) { addTouchpoint(stageId: $s, input: {name: \"New\", "
                        + "channel: EMAIL}) { id } }", f -> Map.of("s", firstStage(f)), WRITERS),
                Operation.of("updateTouchpoint", "mutation($id: ID!, $v: Int!) { updateTouchpoint(id: $id, "
                        + "expectedVersion: $v, input: {name: \"Renamed\", channel: SMS}) { id } }", f -> {
                            Map<String, Object> touchpoint = f.touchpoint();
                            return Map.of("id", touchpoint.get("id"), "v", touchpoint.get("version"));
                        }, WRITERS),
                Operation.of("moveTouchpoint", "mutation($id: ID!, $s: ID!) { moveTouchpoint(id: $id, stageId: $s) { id } }",
                        f -> {
                            Map<String, Object> touchpoint = f.touchpoint();
                            return Map.of("id", touchpoint.get("id"), "s", touchpoint.get("otherStage"));
                        }, WRITERS),
                Operation.of("removeTouchpoint", "mutation($id: ID!) { removeTouchpoint(id: $id) { id } }",
                        f -> Map.of("id", f.touchpoint().get("id")), WRITERS),

                // Survey mutations: the writers.
                Operation.of("createSurvey", "mutation { createSurvey(input: {title: \"New\", questions: [{id: \"q\", "
                        + "type: CSAT, labels: [{locale: \"en\", text: \"How was it?\"}]}]}) { id } }", WRITERS),
                Operation.of("createSurveyFromTemplate", "mutation { createSurveyFromTemplate(kind: NPS) { id } }", WRITERS),
                Operation.of("updateSurvey", "mutation($id: ID!, $r: Int!) { updateSurvey(id: $id, expectedRevision: $r, "
                        + "input: {title: \"Renamed\", questions: [{id: \"csat\", type: CSAT, labels: [{locale: \"en\", "
                        + "text: \"How was it?\"}]}]}) { id } }", f -> revisioned(f.draftSurvey()), WRITERS),
                Operation.of("publishSurvey", "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) "
                        + "{ id } }", f -> revisioned(f.draftSurvey()), WRITERS),
                Operation.of("closeSurvey", "mutation($id: ID!, $r: Int!) { closeSurvey(id: $id, expectedRevision: $r) "
                        + "{ id } }", f -> revisioned(f.activeSurvey()), WRITERS),

                Operation.of("setSurveyPublicLink", "mutation($id: ID!, $r: Int!) { setSurveyPublicLink(id: $id, "
                        + "enabled: false, expectedRevision: $r) { id } }", f -> revisioned(f.activeSurvey()), WRITERS),
                Operation.of("createPersonalLink", "mutation($s: ID!) { createPersonalLink(surveyId: $s, "
                        + "respondentRef: \"fixture-customer\") { url } }", f -> Map.of("s", f.activeSurvey().get("id")),
                        WRITERS),

                // Contacts and invitations (personal data): the writers.
                Operation.of("upsertContact", "mutation { upsertContact(input: {respondentRef: \"fixture-contact\", "
                        + "email: \"fixture@example.com\", emailConsent: true}) { respondentRef } }", WRITERS),
                Operation.of("importContacts", "mutation { importContacts(csv: \"respondentRef,email\\r\\nfixture-csv,"
                        + "csv@example.com\\r\\n\") { created updated } }", WRITERS),
                Operation.of("unsubscribeContact", "mutation { unsubscribeContact(respondentRef: \"fixture-leaving\") "
                        + "{ unsubscribedAt } }", f -> {
                            f.ok("mutation { upsertContact(input: {respondentRef: \"fixture-leaving\", email: "
                                    + "\"leaving@example.com\"}) { respondentRef } }", Map.of());
                            return Map.of();
                        }, WRITERS),
                Operation.of("inviteContacts", "mutation($s: ID!) { inviteContacts(surveyId: $s, respondentRefs: "
                        + "[\"fixture-contact\"]) { scheduled } }", f -> Map.of("s", f.activeSurvey().get("id")), WRITERS),

                Operation.of("setWidgetOrigins", "mutation { setWidgetOrigins(origins: [\"https://shop.example.com\"]) }",
                        WRITERS),
                Operation.of("createSurveyTrigger", "mutation($in: SurveyTriggerInput!) { createSurveyTrigger(input: $in) "
                        + "{ id } }", f -> Map.of("in", Map.of("surveyId", f.activeSurvey().get("id"), "touchpointId",
                                f.touchpoint().get("id"), "delaySeconds", 60)), WRITERS),
                Operation.of("setSurveyTriggerEnabled", "mutation($id: ID!) { setSurveyTriggerEnabled(id: $id, enabled: "
                        + "false) { enabled } }", f -> f.surveyTrigger(), WRITERS),
                Operation.of("deleteSurveyTrigger", "mutation($id: ID!) { deleteSurveyTrigger(id: $id) }",
                        f -> f.surveyTrigger(), WRITERS),

                // What apps send: the collectors (and writers).
                Operation.of("submitResponse", "mutation($in: ResponseInput!) { submitResponse(input: $in) { status } }",
                        f -> Map.of("in", Fixtures.response(f.activeSurvey().get("id"))), COLLECTORS),
                Operation.of("submitResponses", "mutation($in: [ResponseInput!]!) { submitResponses(inputs: $in) "
                        + "{ status } }", f -> Map.of("in", List.of(Fixtures.response(f.activeSurvey().get("id")))),
                        COLLECTORS),
                Operation.of("recordInteractions", "mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) "
                        + "{ accepted } }", f -> Map.of("e", List.of(Fixtures.event(f.touchpoint().get("id")))), COLLECTORS),

                // Erasure and repair: admins only.
                Operation.of("eraseRespondent", "mutation { eraseRespondent(respondentRef: \"fixture-erased\") }", ADMINS),
                Operation.of("recountScores", "mutation { recountScores { daysCorrected } }", ADMINS));
    }

    private static Object firstStage(Fixtures fixtures) {
        return ((List<?>) fixtures.journey().get("stages")).get(0);
    }

    private static Map<String, Object> revisioned(Map<String, Object> survey) {
        return Map.of("id", survey.get("id"), "r", survey.get("revision"));
    }
}
