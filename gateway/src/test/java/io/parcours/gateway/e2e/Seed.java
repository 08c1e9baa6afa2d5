package io.parcours.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** Builds test data through the gateway's mutations, as a front-end would. */
final class Seed {

    private Seed() {
    }

    static JsonPath ok(String token, String document, Map<String, Object> variables) {
        JsonPath body = GraphQL.call(token, document, variables);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body;
    }

    static String persona(String editor, String name, String title) {
        return ok(editor, "mutation($in: PersonaInput!) { createPersona(input: $in) { id } }",
                Map.of("in", Map.of("name", name, "title", title, "goals", List.of("Save time"))))
                .getString("data.createPersona.id");
    }

    /** A journey with the given stages; returns its id and the stage ids in order. */
    static Map<String, Object> journey(String editor, String personaId, String name, List<String> stageNames) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        if (personaId != null) {
            input.put("personaId", personaId);
        }
        JsonPath body = ok(editor, "mutation($in: JourneyInput!, $names: [String]) { createJourney(input: $in, "
                + "template: CUSTOM, stageNames: $names) { id stages { id } } }", Map.of("in", input, "names", stageNames));
        return Map.of("id", body.getString("data.createJourney.id"), "stages", body.getList("data.createJourney.stages.id"));
    }

    static String touchpoint(String editor, Object stageId, String name, Integer emotion) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("channel", "WEBSITE");
        input.put("emotion", emotion);
        return ok(editor, "mutation($s: ID!, $in: TouchpointInput!) { addTouchpoint(stageId: $s, input: $in) { id } }",
                Map.of("s", stageId, "in", input)).getString("data.addTouchpoint.id");
    }

    /** An ACTIVE survey from a template (NPS, CSAT or CES), linked to a touchpoint, its stage and journey. */
    static String survey(String editor, String kind, String journeyId, Object stageId, String touchpointId) {
        JsonPath created = ok(editor, "mutation($k: SurveyKind!, $in: SurveyTemplateInput) { createSurveyFromTemplate("
                + "kind: $k, input: $in) { id revision } }", Map.of("k", kind, "in", Map.of("journeyId", journeyId,
                        "stageId", stageId, "touchpointId", touchpointId)));
        String id = created.getString("data.createSurveyFromTemplate.id");
        ok(editor, "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { status } }",
                Map.of("id", id, "r", created.getInt("data.createSurveyFromTemplate.revision")));
        return id;
    }

    /** One response per score, answering the survey's main question (nps, csat or ces), a minute ago. */
    static void responses(String collector, String surveyId, String question, int... scores) {
        responses(collector, surveyId, question, Instant.now().minusSeconds(60), scores);
    }

    /** One response per score, answering the survey's main question, submitted at the given instant. */
    static void responses(String collector, String surveyId, String question, Instant submittedAt, int... scores) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int score : scores) {
            inputs.add(Map.of("surveyId", surveyId, "clientResponseId", UUID.randomUUID().toString(),
                    "respondentRef", "r-" + UUID.randomUUID(), "channel", "WEB", "locale", "en",
                    "submittedAt", submittedAt.toString(),
                    "answers", List.of(Map.of("questionId", question, "score", score))));
        }
        JsonPath body = ok(collector, "mutation($in: [ResponseInput!]!) { submitResponses(inputs: $in) { status reasons } }",
                Map.of("in", inputs));
        assertThat(body.getList("data.submitResponses.status")).as(body.prettify()).containsOnly("ACCEPTED");
    }

    /** Interactions: each customer met the given touchpoints in order, a minute apart. */
    static void interactions(String collector, Map<String, List<String>> touchpointsByCustomer) {
        List<Map<String, Object>> events = new ArrayList<>();
        Instant start = Instant.now().minusSeconds(3600);
        touchpointsByCustomer.forEach((customer, touchpoints) -> {
            for (int i = 0; i < touchpoints.size(); i++) {
                events.add(Map.of("eventId", UUID.randomUUID().toString(), "touchpointId", touchpoints.get(i),
                        "customerRef", customer, "occurredAt", start.plusSeconds(60L * i).toString()));
            }
        });
        JsonPath body = ok(collector, "mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) { accepted } }",
                Map.of("e", events));
        assertThat(body.getInt("data.recordInteractions.accepted")).isEqualTo(events.size());
    }
}
