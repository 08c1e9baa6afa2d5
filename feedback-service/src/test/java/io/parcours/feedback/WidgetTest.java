package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.response.ResponseStore;
import io.parcours.feedback.response.StoredResponse;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * The website widget's side of the survey page's API: calls from the brand's own site (CORS) for the origins its
 * workspace lists, through the public link only, with the page and the visitor the response came from.
 */
@QuarkusTest
class WidgetTest {

    private static final String SHOP = "https://shop.example.com";
    private static final String SET = "mutation($o: [String!]!) { setWidgetOrigins(origins: $o) }";
    private static final String LINKS = "query($id: ID!) { survey(id: $id) { publicUrl } }";
    private static final String PERSONAL = "mutation($s: ID!, $r: String!) { "
            + "createPersonalLink(surveyId: $s, respondentRef: $r) { url } }";

    private final String workspace = "widget-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Inject
    ResponseStore responses;

    @Test
    void anAllowedSiteOpensAndAnswersWithItsPageAndVisitor() {
        setOrigins(editor, List.of(SHOP, "http://localhost:5173"));
        String token = publicToken(editor, Surveys.active(editor, Surveys.input("On the shop")).get("id"));

        preflight(token, SHOP).statusCode(204).header("Access-Control-Allow-Origin", SHOP)
                .header("Access-Control-Allow-Methods", "GET, POST").header("Access-Control-Allow-Headers", "Content-Type")
                .header("Vary", "Origin");
        given().header("Origin", SHOP).get("/api/v1/respond/" + token).then().statusCode(200)
                .header("Access-Control-Allow-Origin", SHOP).body("personal", equalTo(false));

        Map<String, Object> page = page("widget-0001");
        page.put("pageUrl", SHOP + "/checkout/done?order=A-7");
        page.put("respondentRef", "visitor-77");
        String id = answer(token, SHOP, page).statusCode(201).header("Access-Control-Allow-Origin", SHOP)
                .extract().path("responseId");
        StoredResponse stored = responses.withIds(List.of(id)).await().atMost(Duration.ofSeconds(5)).get(0);
        assertThat(stored.pageUrl()).isEqualTo(SHOP + "/checkout/done?order=A-7");
        assertThat(stored.respondentRef()).isEqualTo("visitor-77");
        assertThat(stored.channel().name()).isEqualTo("WEB");

        // Refusals reach the widget too (it may read them), each naming its field.
        page.put("clientResponseId", "widget-0002");
        page.put("pageUrl", "javascript:alert(1)");
        answer(token, SHOP, page).statusCode(422).header("Access-Control-Allow-Origin", SHOP)
                .body("violations.field", hasItem("pageUrl"));
        page.put("pageUrl", SHOP + "/" + "p".repeat(2000));
        answer(token, SHOP, page).statusCode(422).body("violations.field", hasItem("pageUrl"));
        page.put("pageUrl", SHOP + "/");
        page.put("respondentRef", " ");
        answer(token, SHOP, page).statusCode(422).body("violations.field", hasItem("respondentRef"));
        assertThat(Surveys.count(editor, Map.of())).isEqualTo(1);
    }

    @Test
    void otherSitesPersonalLinksAndOtherWorkspacesOriginsAreRefused() {
        setOrigins(editor, List.of(SHOP));
        Object surveyId = Surveys.active(editor, Surveys.input("Not everywhere")).get("id");
        String token = publicToken(editor, surveyId);

        preflight(token, "https://evil.example.net").statusCode(403).header("Access-Control-Allow-Origin", nullValue())
                .body("code", equalTo("ORIGIN_NOT_ALLOWED"));
        answer(token, "https://evil.example.net", page("widget-0003")).statusCode(403)
                .body("code", equalTo("ORIGIN_NOT_ALLOWED"));
        answer(token, "http://shop.example.com", page("widget-0004")).statusCode(403); // not https: another origin

        // A second workspace allowing that site lets it show its own surveys, never this one's.
        String other = Tokens.of("widget-other-" + UUID.randomUUID(), "editor");
        setOrigins(other, List.of("https://evil.example.net"));
        answer(token, "https://evil.example.net", page("widget-0005")).statusCode(403);

        String personal = personalToken(surveyId, "c-1");
        preflight(personal, SHOP).statusCode(403).body("detail", equalTo(
                "Only a survey's public link answers calls from another site"));
        Map<String, Object> named = page("ignored");
        named.put("respondentRef", "someone-else");
        answer(personal, null, named).statusCode(422).body("violations.field", hasItem("respondentRef"));

        // The hosted page on the platform's own origin sends no Origin through the gateway, and is not affected.
        answer(token, null, page("widget-0006")).statusCode(201).header("Access-Control-Allow-Origin", nullValue());
        assertThat(Surveys.count(editor, Map.of())).isEqualTo(1);
    }

    @Test
    void originsAreValidatedWholeAndWrittenOnlyByEditors() {
        var refused = GraphQL.call(editor, SET, Map.of("o", List.of(SHOP, "https://Shop.example.com",
                "https://shop.example.com/path", "https://shop.example.com:443", "ftp://files.example.com", SHOP)));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(refused.getString("errors[0].message")).contains("origins[1] must be a web origin",
                "origins[2] must be", "origins[3] must be", "origins[4] must be",
                "origins[5] must be unique; https://shop.example.com repeats").doesNotContain("origins[0]");
        assertThat(origins(editor)).isEmpty(); // nothing of a refused list is kept

        setOrigins(editor, List.of(SHOP, "http://127.0.0.1:8081"));
        assertThat(origins(Tokens.of(workspace, "viewer"))).containsExactly(SHOP, "http://127.0.0.1:8081");
        var viewer = GraphQL.call(Tokens.of(workspace, "viewer"), SET, Map.of("o", List.of()));
        assertThat(viewer.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        var tooMany = GraphQL.call(editor, SET, Map.of("o", IntStream.range(0, 21)
                .mapToObj(i -> "https://s" + i + ".example.com").toList()));
        assertThat(tooMany.getString("errors[0].extensions.code")).isEqualTo("VALIDATION");
        assertThat(origins(Tokens.of("widget-nobody-" + UUID.randomUUID(), "viewer"))).isEmpty();
    }

    private static void setOrigins(String token, List<String> origins) {
        var body = GraphQL.call(token, SET, Map.of("o", origins));
        assertThat(body.getList("data.setWidgetOrigins")).as(body.prettify()).isEqualTo(origins);
    }

    private static List<String> origins(String token) {
        return GraphQL.call(token, "{ widgetOrigins }", Map.of()).getList("data.widgetOrigins", String.class);
    }

    private static String publicToken(String token, Object surveyId) {
        String url = (String) Surveys.ok(GraphQL.call(token, LINKS, Map.of("id", surveyId)), "survey").get("publicUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private String personalToken(Object surveyId, String respondent) {
        String url = (String) Surveys.ok(GraphQL.call(editor, PERSONAL, Map.of("s", surveyId, "r", respondent)),
                "createPersonalLink").get("url");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> page(String clientId) {
        Map<String, Object> page = new HashMap<>();
        page.put("clientResponseId", clientId);
        page.put("locale", "en");
        page.put("channel", "WEB");
        page.put("answers", List.of(Surveys.score("nps", 8)));
        return page;
    }

    private static ValidatableResponse preflight(String token, String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/api/v1/respond/" + token).then();
    }

    private static ValidatableResponse answer(String token, String origin, Map<String, Object> page) {
        var request = given().contentType(ContentType.JSON).body(page);
        if (origin != null) {
            request.header("Origin", origin);
        }
        return request.post("/api/v1/respond/" + token).then();
    }
}
