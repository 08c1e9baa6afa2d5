package io.parcours.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SecurityTest {

    private final String workspace = "security-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void requestsWithoutAValidTokenAre401() {
        GraphQL.post(null, "{ surveys { totalCount } }", Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.expired(workspace, "admin"), "{ surveys { totalCount } }", Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.fromOtherIssuer(workspace, "admin"), "{ surveys { totalCount } }", Map.of()).then().statusCode(401);
    }

    @Test
    void viewersReadButDoNotWriteAndCollectorsOnlySubmit() {
        Map<String, Object> survey = Surveys.active(editor, Surveys.input("Roles"));
        String viewer = Tokens.of(workspace, "viewer");
        String collector = Tokens.of(workspace, "collector");

        assertThat(GraphQL.call(viewer, Surveys.GET, Map.of("id", survey.get("id"))).getString("data.survey.title")).isEqualTo("Roles");
        assertForbidden(GraphQL.call(viewer, Surveys.CREATE, Map.of("input", Surveys.input("No"))));
        assertForbidden(GraphQL.call(viewer, Surveys.PUBLISH, Map.of("id", survey.get("id"), "r", survey.get("revision"))));
        assertForbidden(Surveys.submit(viewer, Surveys.response(survey.get("id"), "v", Surveys.score("nps", 5))));

        assertThat(Surveys.submit(collector, Surveys.response(survey.get("id"), "c", Surveys.score("nps", 5)))
                .getString("data.submitResponse.status")).isEqualTo("ACCEPTED");
        for (String read : List.of("{ surveys { totalCount } }", "{ feedbackSummary { responseCount } }",
                "{ survey(id: \"" + survey.get("id") + "\") { id } }")) {
            assertForbidden(GraphQL.call(collector, read));
        }
        assertForbidden(GraphQL.call(collector, Surveys.CREATE, Map.of("input", Surveys.input("No"))));
        assertThat(GraphQL.call(editor, "{ surveys { totalCount } }").getInt("data.surveys.totalCount")).isEqualTo(1);
    }

    @Test
    void anotherWorkspaceSeesNothingAndChangesNothing() {
        Map<String, Object> survey = Surveys.active(editor, Surveys.input("Mine"));
        Surveys.submit(Tokens.of(workspace, "collector"), Surveys.response(survey.get("id"), "m", Surveys.score("nps", 10)));
        String intruder = Tokens.of("intruder-" + UUID.randomUUID(), "admin");

        assertThat(GraphQL.call(intruder, Surveys.GET, Map.of("id", survey.get("id"))).getMap("data.survey")).isNull();
        assertThat(GraphQL.call(intruder, "{ surveys { totalCount } }").getInt("data.surveys.totalCount")).isZero();
        assertThat(Surveys.count(intruder, Map.of("surveyId", survey.get("id")))).isZero();
        JsonPath publish = GraphQL.call(intruder, Surveys.PUBLISH, Map.of("id", survey.get("id"), "r", survey.get("revision")));
        assertThat(publish.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(Surveys.count(editor, Map.of())).isEqualTo(1);
        assertThat(GraphQL.call(editor, Surveys.GET, Map.of("id", survey.get("id"))).getInt("data.survey.revision"))
                .isEqualTo(survey.get("revision"));
    }

    private static void assertForbidden(JsonPath body) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("FORBIDDEN");
    }
}
