package io.parcours.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.persona.support.Personas;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PersonaSecurityTest {

    private final String workspace = "security-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void requestsWithoutAValidTokenAre401() {
        String query = "{ personas { totalCount } }";
        GraphQL.post(null, query, Map.of()).then().statusCode(401);
        GraphQL.post("not-a-jwt", query, Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.forged(workspace, "admin"), query, Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.expired(workspace, "admin"), query, Map.of()).then().statusCode(401);
        GraphQL.post(Tokens.fromOtherIssuer(workspace, "admin"), query, Map.of()).then().statusCode(401);
    }

    @Test
    void a401SaysWhatIsMissingInJson() {
        String query = "{ personas { totalCount } }";
        JsonPath missing = GraphQL.post(null, query, Map.of()).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").contentType("application/json").extract().jsonPath();
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(missing.getString("errors[0].message")).contains("bearer token").contains("./parcours token");
        JsonPath refused = GraphQL.post(Tokens.expired(workspace, "admin"), query, Map.of()).then().statusCode(401)
                .contentType("application/json").extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
        assertThat(refused.getString("errors[0].message")).contains("refused");
    }

    @Test
    void forgedTokenCannotWrite() {
        GraphQL.post(Tokens.forged(workspace, "admin"), Personas.CREATE, Map.of("input", Personas.minimal("X")))
                .then().statusCode(401);
        assertThat(Personas.count(editor)).isZero();
    }

    @Test
    void viewerReadsButCannotWrite() {
        String id = (String) Personas.create(editor, Personas.minimal("Sofia")).get("id");
        String viewer = Tokens.of(workspace, "viewer");

        assertThat(GraphQL.call(viewer, Personas.GET, Map.of("id", id)).getString("data.persona.name")).isEqualTo("Sofia");
        assertThat(GraphQL.call(viewer, "{ personas { totalCount } }").getInt("data.personas.totalCount")).isEqualTo(1);

        assertForbidden(GraphQL.call(viewer, Personas.CREATE, Map.of("input", Personas.minimal("Nope"))));
        assertForbidden(GraphQL.call(viewer, Personas.UPDATE, Map.of("id", id, "input", Personas.minimal("Nope"), "v", 0)));
        assertForbidden(GraphQL.call(viewer, "mutation($id: ID!) { archivePersona(id: $id) { id } }", Map.of("id", id)));
        assertForbidden(GraphQL.call(viewer, "mutation($id: ID!) { restorePersona(id: $id) { id } }", Map.of("id", id)));
        // The role is checked before the input: a viewer learns nothing about what would have been accepted.
        Map<String, Object> invalid = Map.of("name", " ", "avatarUrl", "not a url");
        assertForbidden(GraphQL.call(viewer, Personas.CREATE, Map.of("input", invalid)));
        assertForbidden(GraphQL.call(viewer, Personas.UPDATE, Map.of("id", id, "input", invalid, "v", 0)));
        assertThat(GraphQL.call(editor, Personas.CREATE, Map.of("input", invalid)).getString("errors[0].extensions.code"))
                .isEqualTo("VALIDATION");

        JsonPath after = GraphQL.call(editor, Personas.GET, Map.of("id", id));
        assertThat(after.getString("data.persona.name")).isEqualTo("Sofia");
        assertThat(after.getInt("data.persona.version")).isZero();
        assertThat(Personas.count(editor)).isEqualTo(1);
    }

    @Test
    void adminWritesLikeAnEditor() {
        String admin = Tokens.of(workspace, "admin");
        String id = (String) Personas.create(admin, Personas.minimal("By admin")).get("id");
        JsonPath archived = GraphQL.call(admin, "mutation($id: ID!) { archivePersona(id: $id) { archived } }", Map.of("id", id));
        assertThat(archived.getBoolean("data.archivePersona.archived")).isTrue();
    }

    @Test
    void collectorAndRolelessTokensReadNothing() {
        Personas.create(editor, Personas.minimal("Secret"));
        assertForbidden(GraphQL.call(Tokens.of(workspace, "collector"), "{ personas { totalCount } }"));
        assertForbidden(GraphQL.call(Tokens.of(workspace), "{ personas { totalCount } }"));
        assertForbidden(GraphQL.call(Tokens.of(workspace, "collector"), Personas.CREATE, Map.of("input", Personas.minimal("X"))));
        assertThat(Personas.count(editor)).isEqualTo(1);
    }

    @Test
    void tokenWithoutWorkspaceIsRefused() {
        JsonPath body = GraphQL.call(Tokens.withoutWorkspace("admin"), "{ personas { totalCount } }");
        assertForbidden(body);
        assertThat(body.getString("errors[0].message")).contains("workspace");
    }

    @Test
    void anotherWorkspaceSeesNothingAndChangesNothing() {
        Map<String, Object> mine = Personas.create(editor, Personas.full("Mine"));
        String id = (String) mine.get("id");
        String intruder = Tokens.of("intruder-" + UUID.randomUUID(), "admin");

        assertThat(GraphQL.call(intruder, Personas.GET, Map.of("id", id)).getMap("data.persona")).isNull();
        assertThat(GraphQL.call(intruder, "{ personas(includeArchived: true) { totalCount } }")
                .getInt("data.personas.totalCount")).isZero();
        assertThat(GraphQL.call(intruder, "query($ids: [String!]!) { personasByIds(ids: $ids) { id } }",
                Map.of("ids", java.util.List.of(id))).getList("data.personasByIds")).containsExactly((Object) null);

        assertNotFound(GraphQL.call(intruder, Personas.UPDATE, Map.of("id", id, "input", Personas.minimal("Hijacked"), "v", 0)));
        assertNotFound(GraphQL.call(intruder, "mutation($id: ID!) { archivePersona(id: $id) { id } }", Map.of("id", id)));
        assertNotFound(GraphQL.call(intruder, "mutation($id: ID!) { restorePersona(id: $id) { id } }", Map.of("id", id)));

        assertThat(GraphQL.call(editor, Personas.GET, Map.of("id", id)).getMap("data.persona")).isEqualTo(mine);
    }

    private static void assertForbidden(JsonPath body) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("FORBIDDEN");
    }

    private static void assertNotFound(JsonPath body) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("NOT_FOUND");
    }
}
