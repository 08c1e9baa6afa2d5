package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.SmsResource;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Invitations by text message, posted to the SMS provider's endpoint (a real HTTP receiver that checks each signature
 * with the Standard Webhooks reference library): the text in the contact's language with short links that open and
 * answer the survey and unsubscribe, and the refusals of the SMS channel.
 */
@QuarkusTest
class SmsInvitationTest {

    private static final Pattern SHORT = Pattern.compile("http://127\\.0\\.0\\.1:8080/([su])/([A-Za-z0-9]{10})\\b");
    private static final String LIST = "query($s: ID) { invitations(surveyId: $s, first: 100) { edges { node { "
            + "respondentRef channel state suppression } } } }";

    private final String workspace = "sms-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void aTextMessageCarriesShortLinksThatOpenAndAnswerTheSurveyAndUnsubscribe() throws Exception {
        String surveyId = survey();
        String phone = "+3361" + (10_000_000 + (int) (Math.random() * 89_999_999));
        contact(Map.of("respondentRef", "sam", "phone", phone, "smsConsent", true, "locale", "fr"));
        contact(Map.of("respondentRef", "no-sms", "phone", "+33700000001", "smsConsent", false));
        contact(Map.of("respondentRef", "mail-only", "email", "mail-only@example.com", "emailConsent", true,
                "smsConsent", true));
        JsonPath invited = GraphQL.call(editor, "mutation($s: ID!) { inviteContacts(surveyId: $s, respondentRefs: "
                + "[\"sam\", \"no-sms\", \"mail-only\"], channel: SMS) { scheduled } }", Map.of("s", surveyId));
        assertThat(invited.getInt("data.inviteContacts.scheduled")).as(invited.prettify()).isEqualTo(3);

        Map<String, Object> message = awaitMessageTo(phone);
        String text = (String) message.get("text");
        assertThat(text).startsWith("Après l'achat : Quelle est la probabilité").contains("Répondez en une minute");
        assertThat(text.length()).as("two SMS parts at most: " + text).isLessThanOrEqualTo(306);
        Matcher links = SHORT.matcher(text);
        assertThat(links.find()).as(text).isTrue();
        assertThat(links.group(1)).isEqualTo("s");
        String surveyCode = links.group(2);
        assertThat(links.find()).as(text).isTrue();
        assertThat(links.group(1)).isEqualTo("u");
        String unsubscribeCode = links.group(2);
        assertThat(states(surveyId)).containsEntry("sam", "SMS SENT null").containsEntry("no-sms", "SMS SUPPRESSED NO_CONSENT")
                .containsEntry("mail-only", "SMS SUPPRESSED NO_ADDRESS");

        given().get("/api/v1/respond/" + surveyCode).then().statusCode(200).body("personal", org.hamcrest.Matchers.is(true));
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", "nps", "score", 10)),
                "channel", "SMS")).post("/api/v1/respond/" + surveyCode).then().statusCode(201);
        assertThat(states(surveyId)).containsEntry("sam", "SMS ANSWERED null");
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/unsubscribe/" + unsubscribeCode).then().statusCode(200);
        assertThat(GraphQL.call(editor, "{ contact(respondentRef: \"sam\") { unsubscribedAt } }")
                .getString("data.contact.unsubscribedAt")).isNotNull();
        given().get("/api/v1/respond/ABCDEFGHJK").then().statusCode(404);
    }

    private Map<String, Object> awaitMessageTo(String phone) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            List<Map<String, Object>> events = SmsResource.receiver().stats().getList("events");
            for (Map<String, Object> event : events) {
                @SuppressWarnings("unchecked")
                Map<String, Object> message = (Map<String, Object>) event.get("message");
                if (message != null && phone.equals(message.get("to"))) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no text message to " + phone);
    }

    /** respondentRef → "CHANNEL STATE SUPPRESSION". */
    private Map<String, String> states(String surveyId) throws InterruptedException {
        Map<String, String> states = new HashMap<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            states.clear();
            for (Map<String, Object> node : GraphQL.call(editor, LIST, Map.of("s", surveyId))
                    .<Map<String, Object>>getList("data.invitations.edges.node")) {
                states.put((String) node.get("respondentRef"), node.get("channel") + " " + node.get("state") + " "
                        + node.get("suppression"));
            }
            if (!states.containsValue("SMS SCHEDULED null")) {
                return states;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        return states;
    }

    private String survey() {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Après l'achat");
        input.put("kind", "NPS");
        input.put("defaultLocale", "fr");
        input.put("questions", List.of(Map.of("id", "nps", "type", "NPS", "required", true, "labels", List.of(
                Map.of("locale", "fr", "text", "Quelle est la probabilité que vous nous recommandiez ?")))));
        return (String) Surveys.active(editor, input).get("id");
    }

    private void contact(Map<String, Object> input) {
        JsonPath done = GraphQL.call(editor, "mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }",
                Map.of("in", input));
        assertThat(done.getString("errors")).as(done.prettify()).isNull();
    }
}
