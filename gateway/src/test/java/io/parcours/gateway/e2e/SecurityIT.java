package io.parcours.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/** The caller's token reaches every subgraph, and each decides; the gateway refuses bad tokens itself. */
@QuarkusIntegrationTest
class SecurityIT {

    private static final String READ = "query($id: ID!) { journey(id: $id) { name persona { name } stages { touchpoints { "
            + "surveys { title } feedback { responseCount } } } } }";
    private static final String CREATE_PERSONA = "mutation { createPersona(input: {name: \"Eve\"}) { id } }";

    private final String workspace = "security-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");
    private String journeyId;
    private String touchpointId;
    private String surveyId;

    @BeforeEach
    void seed() {
        Map<String, Object> journey = Seed.journey(editor, Seed.persona(editor, "Noa", "Saver"), "Savings", List.of("Open"));
        journeyId = (String) journey.get("id");
        Object stage = ((List<?>) journey.get("stages")).get(0);
        touchpointId = Seed.touchpoint(editor, stage, "Sign-up form", 0);
        surveyId = Seed.survey(editor, "CES", journeyId, stage, touchpointId);
    }

    @Test
    void missingOrBadTokensAre401() {
        GraphQL.post(null, READ, Map.of("id", journeyId)).then().statusCode(401);
        GraphQL.post("not-a-token", READ, Map.of("id", journeyId)).then().statusCode(401);
        GraphQL.post(Tokens.forged(workspace, "admin"), READ, Map.of("id", journeyId)).then().statusCode(401);
        GraphQL.post(Tokens.expired(workspace, "admin"), READ, Map.of("id", journeyId)).then().statusCode(401);
        GraphQL.post(Tokens.fromOtherIssuer(workspace, "admin"), READ, Map.of("id", journeyId)).then().statusCode(401);
    }

    @Test
    void viewerReadsEverythingButWritesNothing() {
        String viewer = Tokens.of(workspace, "viewer");
        JsonPath read = GraphQL.call(viewer, READ, Map.of("id", journeyId));
        assertThat(read.getList("errors")).as(read.prettify()).isNull();
        assertThat(read.getString("data.journey.persona.name")).isEqualTo("Noa");
        assertThat(read.getList("data.journey.stages[0].touchpoints[0].surveys.title")).hasSize(1);

        assertForbidden(GraphQL.call(viewer, CREATE_PERSONA));
        assertForbidden(GraphQL.call(viewer, "mutation($id: ID!) { deriveJourney(id: $id, mapType: FUTURE_STATE) { id } }",
                Map.of("id", journeyId)));
        assertForbidden(GraphQL.call(viewer, "mutation($id: ID!) { closeSurvey(id: $id, expectedRevision: 2) { id } }",
                Map.of("id", surveyId)));
        assertForbidden(GraphQL.call(viewer, "mutation { eraseRespondent(respondentRef: \"r\") }"));
    }

    @Test
    void collectorSubmitsButReadsNothing() {
        String collector = Tokens.of(workspace, "collector");
        JsonPath submitted = GraphQL.call(collector, "mutation($in: ResponseInput!) { submitResponse(input: $in) { status } }",
                Map.of("in", Map.of("surveyId", surveyId, "clientResponseId", "c-1", "respondentRef", "r-1",
                        "submittedAt", Instant.now().toString(), "answers", List.of(Map.of("questionId", "ces", "score", 6)))));
        assertThat(submitted.getString("data.submitResponse.status")).as(submitted.prettify()).isEqualTo("ACCEPTED");
        JsonPath recorded = GraphQL.call(collector, "mutation($e: [InteractionInput!]!) { recordInteractions(events: $e) "
                + "{ accepted } }", Map.of("e", List.of(Map.of("eventId", "e-1", "touchpointId", touchpointId,
                        "customerRef", "c", "occurredAt", Instant.now().toString()))));
        assertThat(recorded.getInt("data.recordInteractions.accepted")).isEqualTo(1);

        JsonPath read = GraphQL.call(collector, READ, Map.of("id", journeyId));
        assertThat((Object) read.get("data.journey")).isNull();
        assertThat(read.getList("errors.extensions.code")).containsOnly("FORBIDDEN");
        assertForbidden(GraphQL.call(collector, CREATE_PERSONA));
    }

    @Test
    void editorWritesAndOnlyAdminErases() {
        assertThat(GraphQL.call(editor, CREATE_PERSONA).getString("data.createPersona.id")).isNotNull();
        assertForbidden(GraphQL.call(editor, "mutation { eraseRespondent(respondentRef: \"r-1\") }"));
        JsonPath erased = GraphQL.call(Tokens.of(workspace, "admin"), "mutation { eraseRespondent(respondentRef: \"r-1\") }");
        assertThat(erased.getList("errors")).as(erased.prettify()).isNull();
        assertThat(erased.getLong("data.eraseRespondent")).isZero();

        String recount = "mutation { recountScores { daysChecked responsesCounted daysCorrected corrections { day } } }";
        assertForbidden(GraphQL.call(editor, recount));
        JsonPath recounted = GraphQL.call(Tokens.of(workspace, "admin"), recount);
        assertThat(recounted.getList("errors")).as(recounted.prettify()).isNull();
        assertThat(recounted.getInt("data.recountScores.daysCorrected")).as("tallies kept up with the submissions").isZero();
        assertThat(recounted.getList("data.recountScores.corrections")).isEmpty();
    }

    @Test
    void anotherWorkspaceSeesNothingAndChangesNothing() {
        String intruder = Tokens.of("intruder-" + UUID.randomUUID(), "admin");
        JsonPath read = GraphQL.call(intruder, READ, Map.of("id", journeyId));
        assertThat(read.getList("errors")).isNull();
        assertThat((Object) read.get("data.journey")).isNull();
        assertThat(GraphQL.call(intruder, "query($id: ID!) { survey(id: $id) { title } }", Map.of("id", surveyId))
                .getMap("data.survey")).isNull();

        JsonPath renamed = GraphQL.call(intruder, "mutation($id: ID!) { updateJourney(id: $id, expectedVersion: 0, "
                + "input: {name: \"Stolen\"}) { id } }", Map.of("id", journeyId));
        assertThat(renamed.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(GraphQL.call(editor, READ, Map.of("id", journeyId)).getString("data.journey.name")).isEqualTo("Savings");
    }

    private static void assertForbidden(JsonPath body) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("FORBIDDEN");
    }
}
