package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.link.LinkSigner;
import io.parcours.feedback.link.SurveyLink;
import io.parcours.feedback.response.ResponseStore;
import io.parcours.feedback.response.StoredResponse;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/** The hosted survey page's API: public and personal links, hidden fields, and every refused link. */
@QuarkusTest
class RespondentLinkTest {

    private static final String LINKS = "query($id: ID!) { survey(id: $id) { publicUrl hiddenFields publicLinkEnabled revision } }";
    private static final String PERSONAL = "mutation($s: ID!, $r: String!, $t: ID, $d: Int) { "
            + "createPersonalLink(surveyId: $s, respondentRef: $r, touchpointId: $t, validDays: $d) { url expiresAt } }";
    private static final String SWITCH = "mutation($id: ID!, $on: Boolean!, $r: Int!) { "
            + "setSurveyPublicLink(id: $id, enabled: $on, expectedRevision: $r) { publicLinkEnabled revision } }";

    private final String workspace = "links-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Inject
    LinkSigner signer;
    @Inject
    ResponseStore responses;

    @Test
    void publicLinkOpensTheSurveyAndStoresHiddenFields() {
        String surveyId = survey(List.of("order"));
        String token = publicToken(surveyId);
        open(token).statusCode(200).body("questions", hasSize(7)).body("locales", equalTo(List.of("en")))
                .body("hiddenFields", equalTo(List.of("order"))).body("personal", equalTo(false))
                .body("answeredResponseId", nullValue());

        Map<String, Object> page = page("page-0001", 9);
        page.put("hiddenFields", Map.of("order", "A-1042"));
        String id = answer(token, page).statusCode(201).body("status", equalTo("ACCEPTED")).extract().path("responseId");
        answer(token, page).statusCode(200).body("status", equalTo("DUPLICATE")).body("responseId", equalTo(id));
        answer(token, page("page-0002", 3)).statusCode(201); // anyone may answer a public link again

        StoredResponse stored = stored(id);
        assertThat(stored.hiddenFields()).isEqualTo(Map.of("order", "A-1042"));
        assertThat(stored.channel().name()).isEqualTo("EMAIL");
        assertThat(stored.locale()).isEqualTo("fr");
        assertThat(stored.respondentRef()).isNull();
        assertThat(Surveys.count(editor, Map.of())).isEqualTo(2);
    }

    @Test
    void badAnswersAndUndeclaredHiddenFieldsAreRefusedByName() {
        String surveyId = survey(List.of("order"));
        String token = publicToken(surveyId);
        Map<String, Object> page = page("page-0003", 9);
        page.put("hiddenFields", Map.of("coupon", "FREE"));
        answer(token, page).statusCode(422).body("violations.field", hasItem("hiddenFields.coupon"))
                .body("violations.rule", hasItem("is not a hidden field of this survey"));
        page.put("hiddenFields", Map.of("order", "x".repeat(201)));
        answer(token, page).statusCode(422).body("violations.field", hasItem("hiddenFields.order"));
        answer(token, page("page-0004", 11)).statusCode(422).body("violations.field", hasItem("answers[0].score"));
        answer(token, page("short", 9)).statusCode(422).body("violations.field", hasItem("clientResponseId"));
        answer(token, Map.of("clientResponseId", "page-0005", "answers", List.of(Map.of("questionId", "nps", "score", "9"))))
                .statusCode(422).body("violations.field", hasItem("answers[0].score"));
        assertThat(Surveys.count(editor, Map.of())).isZero();
    }

    @Test
    void personalLinkIsAnsweredOnceWithItsRespondentAndTouchpoint() {
        String surveyId = survey(List.of());
        String touchpoint = UUID.randomUUID().toString();
        Map<String, Object> link = Surveys.ok(GraphQL.call(editor, PERSONAL,
                Map.of("s", surveyId, "r", "customer-42", "t", touchpoint, "d", 14)), "createPersonalLink");
        assertThat(Instant.parse((String) link.get("expiresAt")))
                .isBetween(Instant.now().plus(Duration.ofDays(14)).minusSeconds(60), Instant.now().plus(Duration.ofDays(14)));
        String token = tokenOf((String) link.get("url"));
        open(token).statusCode(200).body("personal", equalTo(true)).body("answeredResponseId", nullValue());

        String id = answer(token, page("ignored-1", 10)).statusCode(201).extract().path("responseId");
        answer(token, page("ignored-2", 2)).statusCode(200).body("status", equalTo("DUPLICATE"))
                .body("responseId", equalTo(id));
        open(token).statusCode(200).body("answeredResponseId", equalTo(id));

        StoredResponse stored = stored(id);
        assertThat(stored.respondentRef()).isEqualTo("customer-42");
        assertThat(stored.touchpointId()).isEqualTo(touchpoint);
        assertThat(stored.answers().get(0).score()).isEqualTo(10);
        assertThat(Surveys.count(editor, Map.of())).isEqualTo(1);
    }

    @Test
    void tamperedExpiredAndForeignLinksAreRefused() {
        String surveyId = survey(List.of());
        String token = publicToken(surveyId);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        open(tampered).statusCode(404).body("code", equalTo("LINK_INVALID"));
        open("not-a-link").statusCode(404).body("code", equalTo("LINK_INVALID"));
        open("x".repeat(700) + ".y").statusCode(404).body("code", equalTo("LINK_INVALID"));
        // Another workspace's id in a link it did not sign: the same refusal.
        String payload = token.substring(0, token.indexOf('.'));
        String foreign = signer.sign(SurveyLink.publicLink("other-" + workspace, surveyId));
        open(payload + foreign.substring(foreign.indexOf('.'))).statusCode(404).body("code", equalTo("LINK_INVALID"));
        open(foreign).statusCode(404).body("code", equalTo("LINK_INVALID"));

        String expired = signer.sign(new SurveyLink(SurveyLink.Kind.PERSONAL, workspace, surveyId, "late", null,
                Instant.now().minusSeconds(1), "nonce-expired"));
        open(expired).statusCode(410).body("code", equalTo("LINK_EXPIRED"));
        answer(expired, page("page-0006", 9)).statusCode(410).body("code", equalTo("LINK_EXPIRED"));
        assertThat(Surveys.count(editor, Map.of())).isZero();
    }

    @Test
    void switchedOffPublicLinkAndClosedSurveysTakeNothing() {
        String surveyId = survey(List.of());
        String token = publicToken(surveyId);
        int revision = (Integer) Surveys.ok(GraphQL.call(editor, LINKS, Map.of("id", surveyId)), "survey").get("revision");
        Map<String, Object> off = Surveys.ok(GraphQL.call(editor, SWITCH, Map.of("id", surveyId, "on", false, "r", revision)),
                "setSurveyPublicLink");
        assertThat(off.get("publicLinkEnabled")).isEqualTo(false);
        open(token).statusCode(410).body("code", equalTo("LINK_OFF"));
        answer(token, page("page-0007", 9)).statusCode(410).body("code", equalTo("LINK_OFF"));
        // Personal links of the same survey keep working.
        String personal = tokenOf((String) Surveys.ok(GraphQL.call(editor, PERSONAL, Map.of("s", surveyId, "r", "c-1")),
                "createPersonalLink").get("url"));
        open(personal).statusCode(200);

        GraphQL.call(editor, SWITCH, Map.of("id", surveyId, "on", true, "r", (Integer) off.get("revision")));
        open(token).statusCode(200);

        Map<String, Object> draft = Surveys.create(editor, Surveys.input("Never published"));
        open(publicToken((String) draft.get("id"))).statusCode(410).body("code", equalTo("SURVEY_CLOSED"));
        assertThat(Surveys.count(editor, Map.of())).isZero();
    }

    @Test
    void onlyEditorsMakeLinksAndOnlyForTheirWorkspace() {
        String surveyId = survey(List.of());
        var viewer = GraphQL.call(Tokens.of(workspace, "viewer"), PERSONAL, Map.of("s", surveyId, "r", "c-2"));
        assertThat(viewer.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        var stranger = GraphQL.call(Tokens.of("other-" + UUID.randomUUID(), "editor"), PERSONAL, Map.of("s", surveyId, "r", "c-3"));
        assertThat(stranger.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        var tooLong = GraphQL.call(editor, PERSONAL, Map.of("s", surveyId, "r", "c-4", "d", 366));
        assertThat(tooLong.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        // The page's API needs no token, and the rest of /api still does.
        given().get("/api/v1/respond/" + publicToken(surveyId)).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/surveys/" + surveyId + "/responses").then().statusCode(401);
    }

    private String survey(List<String> hiddenFields) {
        Map<String, Object> input = Surveys.input("Hosted");
        input.put("hiddenFields", hiddenFields);
        return (String) Surveys.active(editor, input).get("id");
    }

    private String publicToken(String surveyId) {
        Map<String, Object> survey = Surveys.ok(GraphQL.call(editor, LINKS, Map.of("id", surveyId)), "survey");
        assertThat(survey.get("publicLinkEnabled")).isEqualTo(true);
        return tokenOf((String) survey.get("publicUrl"));
    }

    private static String tokenOf(String url) {
        assertThat(url).startsWith("http://127.0.0.1:8080/s/");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> page(String clientId, int nps) {
        Map<String, Object> page = new HashMap<>();
        page.put("clientResponseId", clientId);
        page.put("locale", "fr");
        page.put("channel", "EMAIL");
        page.put("answers", List.of(Surveys.score("nps", nps)));
        return page;
    }

    private static ValidatableResponse open(String token) {
        return given().get("/api/v1/respond/" + token).then();
    }

    private static ValidatableResponse answer(String token, Map<String, Object> page) {
        return given().contentType(ContentType.JSON).body(page).post("/api/v1/respond/" + token).then();
    }

    private StoredResponse stored(String id) {
        return responses.withIds(List.of(id)).await().atMost(Duration.ofSeconds(5)).get(0);
    }
}
