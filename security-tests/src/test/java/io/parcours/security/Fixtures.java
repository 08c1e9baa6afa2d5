package io.parcours.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** Fresh objects made by the demo editor through the gateway, for operations that need one to act on. */
final class Fixtures {

    private final String editor;

    Fixtures(String editor) {
        this.editor = editor;
    }

    JsonPath ok(String document, Map<String, Object> variables) {
        JsonPath body = GraphQL.call(editor, document, variables);
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        return body;
    }

    /** A persona: id and version. */
    Map<String, Object> persona() {
        return ok("mutation { createPersona(input: {name: \"Fixture\"}) { id version } }", Map.of())
                .getMap("data.createPersona");
    }

    /** A journey of two custom stages: id, version, stage ids. */
    Map<String, Object> journey() {
        JsonPath body = ok("mutation { createJourney(input: {name: \"Fixture\"}, stageNames: [\"One\", \"Two\"]) "
                + "{ id version stages { id } } }", Map.of());
        return Map.of("id", body.getString("data.createJourney.id"), "version", body.getInt("data.createJourney.version"),
                "stages", body.getList("data.createJourney.stages.id"));
    }

    /** A touchpoint in the first stage of a fresh journey: id, version, the journey's second stage. */
    Map<String, Object> touchpoint() {
        Map<String, Object> journey = journey();
        List<?> stages = (List<?>) journey.get("stages");
        JsonPath body = ok("mutation($s: ID!) { addTouchpoint(stageId: $s, input: {name: \"Fixture\", channel: WEBSITE}) "
                + "{ id version } }", Map.of("s", stages.get(0)));
        return Map.of("id", body.getString("data.addTouchpoint.id"), "version", body.getInt("data.addTouchpoint.version"),
                "otherStage", stages.get(1));
    }

    /** A draft survey from the CSAT template: id, revision. */
    Map<String, Object> draftSurvey() {
        return ok("mutation { createSurveyFromTemplate(kind: CSAT) { id revision } }", Map.of())
                .getMap("data.createSurveyFromTemplate");
    }

    /** An active survey from the CSAT template: id, revision. */
    Map<String, Object> activeSurvey() {
        Map<String, Object> draft = draftSurvey();
        return ok("mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id revision } }",
                Map.of("id", draft.get("id"), "r", draft.get("revision"))).getMap("data.publishSurvey");
    }

    static Map<String, Object> response(Object surveyId) {
        return Map.of("surveyId", surveyId, "clientResponseId", UUID.randomUUID().toString(), "respondentRef", "fixture",
                "submittedAt", Instant.now().toString(), "answers", List.of(Map.of("questionId", "csat", "score", 4)));
    }

    static Map<String, Object> event(Object touchpointId) {
        return Map.of("eventId", UUID.randomUUID().toString(), "touchpointId", touchpointId, "customerRef", "fixture",
                "occurredAt", Instant.now().toString());
    }
}
