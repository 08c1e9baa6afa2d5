package io.parcours.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The hosted survey page on the gateway's origin: the page itself, and its API passed on to feedback-service. */
@QuarkusIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyPagesIT {

    private static final String WORKSPACE = "pages-" + UUID.randomUUID();
    private static final String EDITOR = Tokens.of(WORKSPACE, "editor");

    @Test
    @Order(1)
    void thePageAndItsApiAnswerWithoutAnAccount() {
        String token = publicToken();
        Response page = given().get("/s/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body().asString()).contains("id=\"survey\"").contains("/assets/respond-");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(given().get("/").header("Cache-Control")).as("the web app's page").isEqualTo("no-cache");

        Response survey = given().get("/api/v1/respond/" + token);
        assertThat(survey.statusCode()).isEqualTo(200);
        assertThat(survey.jsonPath().getList("questions.id")).contains("nps");

        Response answered = given().contentType(ContentType.JSON).body(Map.of("clientResponseId", "gateway-page-1",
                "answers", List.of(Map.of("questionId", "nps", "score", 10)))).post("/api/v1/respond/" + token);
        assertThat(answered.statusCode()).as(answered.body().asString()).isEqualTo(201);
        assertThat(answered.jsonPath().getString("status")).isEqualTo("ACCEPTED");

        Response tampered = given().get("/api/v1/respond/" + token.substring(0, token.length() - 4) + "AAAA");
        assertThat(tampered.statusCode()).isEqualTo(404);
        assertThat(tampered.jsonPath().getString("code")).isEqualTo("LINK_INVALID");
    }

    @Test
    @Order(3) // last: it spends this address's budget
    void aClientCannotChooseTheAddressItIsCountedBy() {
        // Each request claims another address; the gateway passes on the one it sees, so all count as one client.
        String token = publicToken();
        int refusedAt = -1;
        for (int i = 1; i <= 250 && refusedAt < 0; i++) {
            int status = given().header("X-Forwarded-For", "203.0.113." + (i % 250)).get("/api/v1/respond/" + token)
                    .statusCode();
            if (status == 429) {
                refusedAt = i;
            }
        }
        // 120 per minute: refused within the first minute's 121 requests, or the next one's if a minute began meanwhile.
        assertThat(refusedAt).as("refused once over 120 per minute").isBetween(2, 242);
    }

    @Test
    @Order(2)
    void theWidgetCallsFromTheSitesItsWorkspaceLists() {
        String shop = "https://shop.example.com";
        Seed.ok(EDITOR, "mutation($o: [String!]!) { setWidgetOrigins(origins: $o) }", Map.of("o", List.of(shop)));
        String token = publicToken();
        Response script = given().get("/widget.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.header("Cache-Control")).isEqualTo("public, max-age=600");

        // Not the gateway's CORS list (that is the web app's): the workspace's, which feedback-service keeps.
        Response preflight = given().header("Origin", shop).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/api/v1/respond/" + token);
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(shop);
        Response answered = given().header("Origin", shop).contentType(ContentType.JSON).body(Map.of(
                "clientResponseId", "gateway-widget-1", "pageUrl", shop + "/basket", "respondentRef", "visitor-1",
                "answers", List.of(Map.of("questionId", "nps", "score", 7)))).post("/api/v1/respond/" + token);
        assertThat(answered.statusCode()).as(answered.body().asString()).isEqualTo(201);
        assertThat(answered.header("Access-Control-Allow-Origin")).isEqualTo(shop);

        Response elsewhere = given().header("Origin", "https://elsewhere.example.org").get("/api/v1/respond/" + token);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.jsonPath().getString("code")).isEqualTo("ORIGIN_NOT_ALLOWED");
        assertThat(elsewhere.header("Access-Control-Allow-Origin")).isNull();

        // The hosted page's own calls carry the gateway's origin: not cross-origin, whatever the workspace lists.
        URI own = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        Response samePage = given().header("Origin", own.getScheme() + "://" + own.getAuthority())
                .get("/api/v1/respond/" + token);
        assertThat(samePage.statusCode()).isEqualTo(200);
        assertThat(samePage.header("Access-Control-Allow-Origin")).isNull();
    }

    private static String publicToken() {
        var created = Seed.ok(EDITOR, "mutation { createSurveyFromTemplate(kind: NPS) { id revision } }", Map.of());
        String surveyId = created.getString("data.createSurveyFromTemplate.id");
        Seed.ok(EDITOR, "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { status } }",
                Map.of("id", surveyId, "r", created.getInt("data.createSurveyFromTemplate.revision")));
        String url = Seed.ok(EDITOR, "query($id: ID!) { survey(id: $id) { publicUrl } }", Map.of("id", surveyId))
                .getString("data.survey.publicUrl");
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
