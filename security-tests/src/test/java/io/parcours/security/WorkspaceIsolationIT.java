package io.parcours.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** Logins of workspace "other" (Keycloak user attribute) never see or change workspace "demo"'s data. */
class WorkspaceIsolationIT {

    private static SecuredPlatform platform;
    private static Fixtures demo;

    @BeforeAll
    static void platform() {
        platform = SecuredPlatform.get();
        demo = new Fixtures(platform.tokens.password("editor"), null);
    }

    @Test
    void otherWorkspaceSeesNothing() {
        Object journey = demo.journey().get("id");
        Object persona = demo.persona().get("id");
        Object survey = demo.activeSurvey().get("id");
        String other = platform.tokens.password("other-viewer");

        JsonPath body = GraphQL.call(other, "query($j: ID!, $p: ID!, $s: ID!) { journey(id: $j) { id } persona(id: $p) "
                + "{ id } survey(id: $s) { id } personas { totalCount } journeys { totalCount } surveys { totalCount } "
                + "feedbackSummary { responseCount } }", Map.of("j", journey, "p", persona, "s", survey));
        assertThat(body.getList("errors")).as(body.prettify()).isNull();
        assertThat(body.getMap("data")).containsEntry("journey", null).containsEntry("persona", null)
                .containsEntry("survey", null);
        assertThat(body.getInt("data.personas.totalCount")).isZero();
        assertThat(body.getInt("data.journeys.totalCount")).isZero();
        assertThat(body.getInt("data.surveys.totalCount")).isZero();
        assertThat(body.getInt("data.feedbackSummary.responseCount")).isZero();
    }

    @Test
    void otherWorkspaceChangesNothing() {
        Map<String, Object> persona = demo.persona();
        String other = platform.tokens.password("other-editor");

        JsonPath update = GraphQL.call(other, "mutation($id: ID!, $v: Int!) { updatePersona(id: $id, expectedVersion: $v, "
                + "input: {name: \"Hijacked\"}) { id } }", Map.of("id", persona.get("id"), "v", persona.get("version")));
        assertThat(update.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        JsonPath archive = GraphQL.call(other, "mutation($id: ID!) { archivePersona(id: $id) { id } }",
                Map.of("id", persona.get("id")));
        assertThat(archive.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");

        JsonPath after = demo.ok("query($id: ID!) { persona(id: $id) { name archived version } }", Map.of("id", persona.get("id")));
        assertThat(after.getString("data.persona.name")).isEqualTo("Fixture");
        assertThat(after.getBoolean("data.persona.archived")).isFalse();
        assertThat(after.getInt("data.persona.version")).isEqualTo(persona.get("version"));
    }

    @Test
    void mobileBackendSubmitsAndRecordsButReadsNothing() {
        String client = platform.tokens.mobileBackend();
        Object survey = demo.activeSurvey().get("id");
        JsonPath submitted = GraphQL.call(client, "mutation($in: ResponseInput!) { submitResponse(input: $in) { status } }",
                Map.of("in", Fixtures.response(survey)));
        assertThat(submitted.getString("data.submitResponse.status")).as(submitted.prettify()).isEqualTo("ACCEPTED");

        JsonPath read = GraphQL.call(client, "query($id: ID!) { survey(id: $id) { id } }", Map.of("id", survey));
        assertThat(read.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(demo.ok("query($id: ID!) { feedbackSummary(filter: {surveyId: $id}) { responseCount } }",
                Map.of("id", survey)).getInt("data.feedbackSummary.responseCount")).isEqualTo(1);
    }
}
