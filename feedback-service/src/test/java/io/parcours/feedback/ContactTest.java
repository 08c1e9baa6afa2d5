package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Contacts: who may see and write them, their rules, the CSV import and erasure. */
@QuarkusTest
class ContactTest {

    private static final String FIELDS = "respondentRef email phone hasEmail hasPhone locale timeZone emailConsent "
            + "smsConsent unsubscribedAt createdAt updatedAt attributes { name value }";
    private static final String UPSERT = "mutation($in: ContactInput!) { upsertContact(input: $in) { " + FIELDS + " } }";
    private static final String GET = "query($r: String!) { contact(respondentRef: $r) { " + FIELDS + " } }";
    private static final String LIST = "query($s: String, $a: String) { contacts(search: $s, first: 100, after: $a) { "
            + "totalCount pageInfo { hasNextPage endCursor } edges { node { respondentRef email } } } }";

    private final String workspace = "contacts-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void editorsSeeHowToReachAContactViewersDoNotOtherWorkspacesNothing() {
        JsonPath created = GraphQL.call(editor, UPSERT, Map.of("in", contact("customer-1", "ana@example.com")));
        assertThat(created.getString("data.upsertContact.email")).isEqualTo("ana@example.com");
        assertThat(created.getList("data.upsertContact.attributes.name")).containsExactly("tier");

        JsonPath seenByViewer = GraphQL.call(Tokens.of(workspace, "viewer"), GET, Map.of("r", "customer-1"));
        assertThat(seenByViewer.getString("data.contact.email")).isNull();
        assertThat(seenByViewer.getString("data.contact.phone")).isNull();
        assertThat(seenByViewer.getBoolean("data.contact.hasEmail")).isTrue();
        assertThat(seenByViewer.getString("data.contact.locale")).isEqualTo("fr");

        assertThat(GraphQL.call(Tokens.of("other-" + workspace, "editor"), GET, Map.of("r", "customer-1"))
                .getString("data.contact")).isNull();
        assertThat(GraphQL.call(Tokens.of(workspace, "viewer"), UPSERT, Map.of("in", contact("customer-2", "b@example.com")))
                .getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(GraphQL.call(Tokens.of(workspace, "collector"), GET, Map.of("r", "customer-1"))
                .getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void anUpdateReplacesTheDetailsButKeepsCreationAndUnsubscription() {
        String created = GraphQL.call(editor, UPSERT, Map.of("in", contact("customer-3", "c@example.com")))
                .getString("data.upsertContact.createdAt");
        String unsubscribed = GraphQL.call(editor, "mutation { unsubscribeContact(respondentRef: \"customer-3\") { "
                + "unsubscribedAt } }").getString("data.unsubscribeContact.unsubscribedAt");
        assertThat(unsubscribed).isNotNull();
        Map<String, Object> changed = contact("customer-3", "new@example.com");
        changed.remove("attributes");
        JsonPath updated = GraphQL.call(editor, UPSERT, Map.of("in", changed));
        assertThat(updated.getString("data.upsertContact.email")).isEqualTo("new@example.com");
        assertThat(updated.getList("data.upsertContact.attributes")).isEmpty();
        assertThat(updated.getString("data.upsertContact.createdAt")).isEqualTo(created);
        assertThat(updated.getString("data.upsertContact.unsubscribedAt")).isEqualTo(unsubscribed);
        assertThat(GraphQL.call(editor, "mutation { unsubscribeContact(respondentRef: \"nobody\") { unsubscribedAt } }")
                .getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void eachBrokenRuleIsNamedAndNothingIsStored() {
        Map<String, Object> bad = contact("customer-4", "not-an-address");
        bad.put("phone", "0612345678");
        bad.put("timeZone", "Paris");
        bad.put("locale", "french");
        bad.put("attributes", List.of(Map.of("name", "9lives", "value", "x")));
        JsonPath refused = GraphQL.call(editor, UPSERT, Map.of("in", bad));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].message")).contains("input.email", "input.phone", "input.timeZone",
                "input.locale", "input.attributes.9lives");
        Map<String, Object> twice = contact("customer-4", "d@example.com");
        twice.put("attributes", List.of(Map.of("name", "tier", "value", "gold"), Map.of("name", "tier", "value", "silver")));
        JsonPath repeated = GraphQL.call(editor, UPSERT, Map.of("in", twice));
        assertThat(repeated.getString("errors[0].message")).as(repeated.prettify()).contains("input.attributes[1].name");
        Map<String, Object> unreachable = contact("customer-4", null);
        unreachable.remove("phone");
        assertThat(GraphQL.call(editor, UPSERT, Map.of("in", unreachable)).getString("errors[0].message"))
                .contains("an e-mail address or a phone number is needed");
        assertThat(GraphQL.call(editor, GET, Map.of("r", "customer-4")).getString("data.contact")).isNull();
    }

    @Test
    void tenThousandRowsImportWithEachRefusedRowReported() {
        StringBuilder csv = new StringBuilder("respondentRef,email,phone,locale,emailConsent,smsConsent,attributes.tier\r\n");
        for (int row = 1; row <= 10_000; row++) {
            String ref = row == 9000 ? "row-1" : "row-" + row;
            String email = row == 17 ? "row17-at-example.com" : "row" + row + "@example.com";
            String consent = row == 250 ? "maybe" : "yes";
            csv.append(ref).append(',').append(email).append(",+3361234").append(String.format("%04d", row % 10_000))
                    .append(",fr,").append(consent).append(",0,").append(row % 2 == 0 ? "gold" : "").append("\r\n");
        }
        JsonPath report = importCsv(editor, csv.toString()).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("received")).isEqualTo(10_000);
        assertThat(report.getInt("created")).isEqualTo(9_997);
        assertThat(report.getInt("updated")).isZero();
        assertThat(report.getList("refused.row", Integer.class)).containsExactly(17, 250, 9000);
        assertThat(report.getString("refused[0].violations[0].field")).isEqualTo("email");
        assertThat(report.getString("refused[1].violations[0].field")).isEqualTo("emailConsent");
        assertThat(report.getString("refused[2].violations[0].rule")).isEqualTo("repeats row 1");

        JsonPath again = importCsv(editor, csv.toString()).then().log().ifValidationFails().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("created")).isZero();
        assertThat(again.getInt("updated")).isEqualTo(9_997);
        assertThat(GraphQL.call(editor, LIST, new HashMap<>()).getInt("data.contacts.totalCount")).isEqualTo(9_997);
        JsonPath row2 = GraphQL.call(editor, GET, Map.of("r", "row-2"));
        assertThat(row2.getString("data.contact.phone")).isEqualTo("+33612340002");
        assertThat(row2.getList("data.contact.attributes.value")).containsExactly("gold");
        assertThat(GraphQL.call(editor, LIST, Map.of("s", "ROW99")).getInt("data.contacts.totalCount"))
                .isEqualTo(111); // the e-mail addresses row99@, row990@ … row999@, row9900@ … row9999@
    }

    @Test
    void importRefusalsNameTheProblem() {
        importCsv(editor, "respondentRef,nickname\r\nx,y\r\n").then().statusCode(422)
                .body("violations.field", hasItem("(header).nickname"));
        importCsv(editor, "email\r\na@example.com\r\n").then().statusCode(422)
                .body("violations.rule", hasItem("must name a respondentRef column"));
        StringBuilder tooMany = new StringBuilder("respondentRef,email\r\n");
        for (int row = 0; row <= 10_000; row++) {
            tooMany.append('r').append(row).append(",a@example.com\r\n");
        }
        importCsv(editor, tooMany.toString()).then().log().ifValidationFails().statusCode(422).body("violations.rule",
                hasItem("must hold at most 10000 rows; split the file"));
        given().contentType("application/json").header("Authorization", "Bearer " + editor).body("{}")
                .post("/api/v1/contacts/import").then().statusCode(415);
        given().contentType("text/csv").body("respondentRef\r\nx\r\n").post("/api/v1/contacts/import").then().statusCode(401);
        importCsv(Tokens.of(workspace, "viewer"), "respondentRef\r\nx\r\n").then().statusCode(403);
        assertThat(GraphQL.call(editor, LIST, new HashMap<>()).getInt("data.contacts.totalCount")).isZero();
    }

    @Test
    void erasingTheRespondentErasesTheContact() {
        GraphQL.call(editor, UPSERT, Map.of("in", contact("customer-5", "e@example.com")));
        JsonPath erased = GraphQL.call(Tokens.of(workspace, "admin"), "mutation { eraseRespondent(respondentRef: \"customer-5\") }");
        assertThat(erased.getString("errors")).isNull();
        assertThat(GraphQL.call(editor, GET, Map.of("r", "customer-5")).getString("data.contact")).isNull();
    }

    private static io.restassured.response.Response importCsv(String token, String csv) {
        return given().contentType("text/csv; charset=utf-8").header("Authorization", "Bearer " + token).body(csv)
                .post("/api/v1/contacts/import");
    }

    private static Map<String, Object> contact(String ref, String email) {
        Map<String, Object> contact = new HashMap<>();
        contact.put("respondentRef", ref);
        contact.put("email", email);
        contact.put("phone", "+33612345678");
        contact.put("locale", "fr");
        contact.put("timeZone", "Europe/Paris");
        contact.put("emailConsent", true);
        contact.put("attributes", new ArrayList<>(List.of(Map.of("name", "tier", "value", "gold"))));
        return contact;
    }
}
