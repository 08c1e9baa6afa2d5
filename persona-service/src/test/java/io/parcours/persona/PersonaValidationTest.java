package io.parcours.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.LimitChecks;
import io.parcours.persona.support.Personas;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every rule a client can break: a VALIDATION error naming field and rule, and nothing stored. */
@QuarkusTest
class PersonaValidationTest {

    private String editor;

    @BeforeEach
    void freshWorkspace() {
        editor = Tokens.of("validation-" + UUID.randomUUID(), "editor");
        Personas.create(editor, Personas.minimal("Existing"));
    }

    @Test
    void nameIsRequiredAndAtMost120Characters() {
        rejected(in -> in.put("name", ""), "input.name must not be blank");
        rejected(in -> in.put("name", "   "), "input.name must not be blank");
        rejected(in -> in.put("name", "x".repeat(121)), "input.name size must be between 1 and 120");
        Personas.create(editor, Personas.minimal("x".repeat(120)));
    }

    @Test
    void textFieldsAreBounded() {
        rejected(in -> in.put("title", "x".repeat(121)), "input.title size must be between 0 and 120");
        rejected(in -> in.put("summary", "x".repeat(2001)), "input.summary size must be between 0 and 2000");
        rejected(in -> in.put("quote", "x".repeat(501)), "input.quote size must be between 0 and 500");
        rejected(in -> in.put("demographics", Map.of("location", "x".repeat(121))),
                "input.demographics.location size must be between 0 and 120");
    }

    @Test
    void avatarMustBeAnAbsoluteHttpUrl() {
        rejected(in -> in.put("avatarUrl", "not a url"), "input.avatarUrl must be an absolute http or https URL");
        rejected(in -> in.put("avatarUrl", "ftp://files.example.com/a.png"), "input.avatarUrl must be an absolute http or https URL");
        rejected(in -> in.put("avatarUrl", "/avatars/a.png"), "input.avatarUrl must be an absolute http or https URL");
    }

    @Test
    void listsAreBoundedInSizeAndItemLength() {
        rejected(in -> in.put("goals", Collections.nCopies(21, "goal")), "input.goals size must be between 0 and 20");
        rejected(in -> in.put("frustrations", List.of("ok", " ")), "input.frustrations[1] must not be blank");
        rejected(in -> in.put("behaviours", List.of("x".repeat(301))), "input.behaviours[0] size must be between 0 and 300");
        rejected(in -> in.put("tags", List.of("x".repeat(41))), "input.tags[0] size must be between 0 and 40");
        rejected(in -> in.put("preferredChannels", Collections.nCopies(16, "EMAIL")),
                "input.preferredChannels size must be between 0 and 15");
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        JsonPath body = create(in -> {
            in.put("name", "");
            in.put("avatarUrl", "nope");
        });
        assertThat(body.getString("errors[0].message"))
                .contains("input.avatarUrl must be an absolute http or https URL")
                .contains("input.name must not be blank");
        assertNothingStored();
    }

    @Test
    void unknownEnumValuesAreRejectedBeforeExecution() {
        JsonPath channel = create(in -> in.put("preferredChannels", List.of("FAX")));
        assertThat(channel.getString("errors[0].message")).contains("Channel").contains("FAX");
        assertThat(channel.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");

        JsonPath band = create(in -> in.put("demographics", Map.of("incomeBand", "RICH")));
        assertThat(band.getString("errors[0].message")).contains("IncomeBand").contains("RICH");
        assertNothingStored();
    }

    @Test
    void pagingArgumentsAreChecked() {
        assertValidation(GraphQL.call(editor, "{ personas(first: 0) { totalCount } }"), "first must be between 1 and 100");
        assertValidation(GraphQL.call(editor, "{ personas(first: 101) { totalCount } }"), "first must be between 1 and 100");
        assertValidation(GraphQL.call(editor, "{ personas(after: \"garbage!\") { totalCount } }"),
                "after must be a cursor returned by this API");
    }

    @Test
    void batchLookupIsBoundedTo1000Ids() {
        List<String> ids = Collections.nCopies(1001, UUID.randomUUID().toString());
        // Refused for its size before execution, as every list of every request.
        JsonPath body = GraphQL.call(editor, "query($ids: [String!]!) { personasByIds(ids: $ids) { id } }",
                Map.of("ids", ids));
        LimitChecks.assertLimit(body, "maxListItems");
        assertThat(body.getString("errors[0].message")).contains("$ids has 1001 items");
    }

    @Test
    void invalidUpdateChangesNothing() {
        Map<String, Object> created = Personas.create(editor, Personas.full("Sofia"));
        Map<String, Object> bad = Personas.full("");
        JsonPath body = GraphQL.call(editor, Personas.UPDATE, Map.of("id", created.get("id"), "input", bad, "v", 0));

        assertValidation(body, "input.name must not be blank");
        assertThat(GraphQL.call(editor, Personas.GET, Map.of("id", created.get("id"))).getMap("data.persona"))
                .isEqualTo(created);
    }

    private void rejected(Consumer<Map<String, Object>> breakIt, String expected) {
        assertValidation(create(breakIt), expected);
        assertNothingStored();
    }

    private JsonPath create(Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> input = Personas.full("Valid name");
        breakIt.accept(input);
        return GraphQL.call(editor, Personas.CREATE, Map.of("input", input));
    }

    private static void assertValidation(JsonPath body, String expected) {
        assertThat(body.getString("errors[0].extensions.code")).as(body.prettify()).isEqualTo("VALIDATION");
        assertThat(body.getString("errors[0].message")).contains(expected);
    }

    private void assertNothingStored() {
        assertThat(Personas.count(editor)).isEqualTo(1);
    }
}
