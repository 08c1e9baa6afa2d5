package io.parcours.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.parcours.feedback.support.Mails;
import io.parcours.feedback.support.WorkMetrics;
import io.parcours.feedback.support.Surveys;
import io.parcours.testing.GraphQL;
import io.parcours.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;

/**
 * Invitations by e-mail, caught by a real SMTP server: the mail itself, its link opened and answered, every
 * suppression with its reason, one reminder and only one, and the one-click unsubscribe. A "day" lasts a second here
 * and the throttle three days.
 */
@QuarkusTest
class InvitationTest {

    private static final String INVITE = "mutation($s: ID!, $r: [String!], $a: [AttributeFilter!], $t: ID) { "
            + "inviteContacts(surveyId: $s, respondentRefs: $r, attributes: $a, touchpointId: $t) { scheduled sendAt } }";
    private static final String LIST = "query($s: ID, $r: String) { invitations(surveyId: $s, respondentRef: $r, "
            + "first: 100) { totalCount edges { node { respondentRef state suppression sentAt openedAt answeredAt "
            + "responseId remindedAt expiresAt } } } }";
    private static final String STATS = "query($s: ID!) { invitationStats(surveyId: $s) { invited scheduled sent "
            + "opened answered suppressed failed responseRate medianSecondsToAnswer } }";
    private static final String UPSERT = "mutation($in: ContactInput!) { upsertContact(input: $in) { respondentRef } }";

    private final String workspace = "invite-" + UUID.randomUUID();
    private final String editor = Tokens.of(workspace, "editor");

    @Test
    void theMailCarriesTheScoresAndItsLinkIsTrackedToTheAnswer() throws Exception {
        double sentBefore = WorkMetrics.value("parcours_feedback_work_total{outcome=\"sent\",queue=\"invitations\"}");
        double suppressedBefore = WorkMetrics.value(
                "parcours_feedback_work_total{outcome=\"suppressed\",queue=\"invitations\"}");
        String surveyId = survey(null);
        String email = contact("ana", "fr", true, Map.of());
        invite(surveyId, List.of("ana"));
        MimeMessage mail = awaitMails(email, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("After purchase : une petite question"); // the title as written
        String html = part(mail, "text/html");
        assertThat(html).contains("Quelle est la probabilité").contains("lang=\"fr\"");
        List<String> scoreLinks = links(html, "score=");
        assertThat(scoreLinks).hasSize(11).allMatch(url -> url.startsWith("http://127.0.0.1:8080/s/"));
        assertThat(part(mail, "text/plain")).contains("10: http://127.0.0.1:8080/s/");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<http://127.0.0.1:8080/api/v1/unsubscribe/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(invitation("ana").getString("state")).isEqualTo("SENT");

        String token = scoreLinks.get(9).replaceAll("^.*/s/([^?]+)\\?.*$", "$1");
        given().get("/api/v1/respond/" + token).then().statusCode(200);
        assertThat(invitation("ana").getString("state")).isEqualTo("OPENED");
        String responseId = given().contentType(ContentType.JSON).body(Map.of("answers",
                List.of(Map.of("questionId", "nps", "score", 9)), "channel", "EMAIL", "locale", "fr"))
                .post("/api/v1/respond/" + token).then().statusCode(201).extract().path("responseId");
        JsonPath answered = invitation("ana");
        assertThat(answered.getString("state")).isEqualTo("ANSWERED");
        assertThat(answered.getString("responseId")).isEqualTo(responseId);
        invite(surveyId, List.of("nobody"));
        awaitState("nobody", surveyId, "SUPPRESSED");
        JsonPath stats = GraphQL.call(editor, STATS, Map.of("s", surveyId));
        assertThat(stats.getMap("data.invitationStats")).containsEntry("invited", 2).containsEntry("sent", 1)
                .containsEntry("opened", 1).containsEntry("answered", 1).containsEntry("suppressed", 1)
                .containsEntry("scheduled", 0).containsEntry("responseRate", 1.0f);
        assertThat(stats.getInt("data.invitationStats.medianSecondsToAnswer")).isBetween(0, 30);
        // Counted for the operators' dashboards (other tests' invitations may be counted meanwhile: at least ours).
        assertThat(WorkMetrics.value("parcours_feedback_work_total{outcome=\"sent\",queue=\"invitations\"}"))
                .isGreaterThanOrEqualTo(sentBefore + 1);
        assertThat(WorkMetrics.value("parcours_feedback_work_total{outcome=\"suppressed\",queue=\"invitations\"}"))
                .isGreaterThanOrEqualTo(suppressedBefore + 1);
    }

    @Test
    void theScoreClickedInTheMailIsTheResponseAndThePageCompletesIt() throws Exception {
        Map<String, Object> input = new HashMap<>(Map.of("title", "Two questions", "kind", "CUSTOM", "defaultLocale", "en"));
        input.put("questions", List.of(
                Map.of("id", "nps", "type", "NPS", "required", true, "labels", List.of(Surveys.label("Recommend?"))),
                Map.of("id", "csat", "type", "CSAT", "required", true, "labels", List.of(Surveys.label("Satisfied?")))));
        String surveyId = (String) Surveys.active(editor, input).get("id");
        String email = contact("click", "en", true, Map.of());
        invite(surveyId, List.of("click"));
        String nine = links(part(awaitMails(email, 1).get(0), "text/html"), "score=9").get(0);
        String token = nine.replaceAll("^.*/s/([^?]+)\\?.*$", "$1");
        Map<String, Object> clicked = Map.of("answers", List.of(Map.of("questionId", "nps", "score", 9)), "partial", true,
                "channel", "EMAIL");

        String responseId = given().contentType(ContentType.JSON).body(clicked).post("/api/v1/respond/" + token)
                .then().statusCode(201).extract().path("responseId");
        assertThat(invitation("click").getString("state")).as("the click is the answer").isEqualTo("ANSWERED");
        JsonPath counted = GraphQL.call(editor, Surveys.SUMMARY, Map.of("f", Map.of("surveyId", surveyId)));
        assertThat(counted.getInt("data.feedbackSummary.responseCount")).isEqualTo(1);
        assertThat(counted.getInt("data.feedbackSummary.nps.promoters")).isEqualTo(1);
        JsonPath opened = new JsonPath(given().get("/api/v1/respond/" + token).then().statusCode(200).extract().asString());
        assertThat(opened.getString("answeredResponseId")).isEqualTo(responseId);
        assertThat(opened.getBoolean("complete")).isFalse();
        assertThat(opened.getList("givenAnswers.score")).containsExactly(9);
        given().contentType(ContentType.JSON).body(clicked).post("/api/v1/respond/" + token).then().statusCode(200)
                .body("status", equalTo("DUPLICATE"));

        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", "nps", "score", 3))))
                .post("/api/v1/respond/" + token).then().statusCode(422)
                .body(containsString("question csat is required"));
        String completed = given().contentType(ContentType.JSON).body(Map.of("answers", List.of(
                Map.of("questionId", "nps", "score", 3), Map.of("questionId", "csat", "score", 4))))
                .post("/api/v1/respond/" + token).then().statusCode(201).extract().path("responseId");
        assertThat(completed).as("the same response, completed").isEqualTo(responseId);
        JsonPath recounted = GraphQL.call(editor, Surveys.SUMMARY, Map.of("f", Map.of("surveyId", surveyId)));
        assertThat(recounted.getInt("data.feedbackSummary.responseCount")).isEqualTo(1);
        assertThat(recounted.getInt("data.feedbackSummary.nps.promoters")).isZero();
        assertThat(recounted.getInt("data.feedbackSummary.nps.detractors")).as("the score changed on the page").isEqualTo(1);
        assertThat(recounted.getFloat("data.feedbackSummary.csat.mean")).isEqualTo(4.0f);
        assertThat(new JsonPath(given().get("/api/v1/respond/" + token).then().extract().asString()).getBoolean("complete")).isTrue();
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", "nps", "score", 10),
                Map.of("questionId", "csat", "score", 5)))).post("/api/v1/respond/" + token).then().statusCode(200)
                .body("status", equalTo("DUPLICATE"));

        String publicToken = GraphQL.call(editor, "query($id: ID!) { survey(id: $id) { publicUrl } }", Map.of("id", surveyId))
                .getString("data.survey.publicUrl").replaceAll("^.*/s/", "");
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", "nps", "score", 9)),
                "partial", true, "clientResponseId", "public-click-1")).post("/api/v1/respond/" + publicToken).then()
                .statusCode(422).body(containsString("partial"));
    }

    @Test
    void eachInvitationNotSentSaysWhy() throws Exception {
        String surveyId = survey(null);
        String other = survey(null);
        contact("no-consent", "en", false, Map.of());
        String gone = contact("gone", "en", true, Map.of());
        GraphQL.call(editor, "mutation { unsubscribeContact(respondentRef: \"gone\") { respondentRef } }");
        String once = contact("once", "en", true, Map.of());
        invite(surveyId, List.of("nobody", "no-consent", "gone", "once"));
        awaitMails(once, 1);
        invite(other, List.of("once")); // within the throttle period (3 "days")
        awaitState("once", other, "SUPPRESSED");
        Thread.sleep(3_200); // the throttle period passes
        invite(surveyId, List.of("once")); // the same survey about the same (no) touchpoint
        awaitState("once", surveyId, "SUPPRESSED");

        Map<String, String> reasons = new HashMap<>();
        for (Map<String, Object> node : nodes(null)) {
            if (node.get("suppression") != null) {
                reasons.merge(node.get("respondentRef") + "", node.get("suppression") + "", (a, b) -> a + "," + b);
            }
        }
        assertThat(reasons).containsEntry("nobody", "NO_CONTACT").containsEntry("no-consent", "NO_CONSENT")
                .containsEntry("gone", "UNSUBSCRIBED").containsEntry("once", "THROTTLED,ALREADY_INVITED");
        assertThat(mailsTo(once)).hasSize(1);
        assertThat(mailsTo(gone)).isEmpty();
    }

    @Test
    void oneReminderOnlyAndNoneAfterAnAnswerOrAnUnsubscribe() throws Exception {
        String surveyId = survey(1);
        String silent = contact("silent", "en", true, Map.of("tier", "gold"));
        String leaving = contact("leaving", "en", true, Map.of("tier", "gold"));
        String answering = contact("answering", "en", true, Map.of("tier", "gold"));
        contact("bronze", "en", true, Map.of("tier", "bronze"));
        JsonPath scheduled = GraphQL.call(editor, INVITE, Map.of("s", surveyId, "a", List.of(Map.of("name", "tier",
                "value", "gold"))));
        assertThat(scheduled.getInt("data.inviteContacts.scheduled")).isEqualTo(3);

        String unsubscribe = awaitMails(leaving, 1).get(0).getHeader("List-Unsubscribe")[0]
                .replaceAll("^<http://[^/]+(/api/v1/unsubscribe/[^>]+)>$", "$1");
        given().contentType("application/x-www-form-urlencoded").body("List-Unsubscribe=One-Click").post(unsubscribe)
                .then().statusCode(200);
        String link = links(part(awaitMails(answering, 1).get(0), "text/html"), "score=").get(0)
                .replaceAll("^.*/s/([^?]+)\\?.*$", "$1");
        given().contentType(ContentType.JSON).body(Map.of("answers", List.of(Map.of("questionId", "nps", "score", 0))))
                .post("/api/v1/respond/" + link).then().statusCode(201);

        List<MimeMessage> toSilent = awaitMails(silent, 2);
        assertThat(toSilent.get(1).getSubject()).startsWith("Reminder — ");
        Thread.sleep(2_500); // longer than a reminder takes: none more comes
        assertThat(mailsTo(silent)).hasSize(2);
        assertThat(mailsTo(leaving)).hasSize(1);
        assertThat(mailsTo(answering)).hasSize(1);
        assertThat(mailsTo(contactEmail("bronze"))).isEmpty();
        assertThat(invitation("silent").getString("remindedAt")).isNotNull();
    }

    @Test
    void onlyEditorsInviteAndOnlyToTheirSurveys() {
        String surveyId = survey(null);
        JsonPath viewer = GraphQL.call(Tokens.of(workspace, "viewer"), INVITE, Map.of("s", surveyId, "r", List.of("x")));
        assertThat(viewer.getString("errors[0].extensions.code")).as(viewer.prettify()).isEqualTo("FORBIDDEN");
        assertThat(GraphQL.call(Tokens.of("other-" + workspace, "editor"), INVITE, Map.of("s", surveyId, "r", List.of("x")))
                .getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        JsonPath both = GraphQL.call(editor, INVITE, Map.of("s", surveyId, "r", List.of("x"),
                "a", List.of(Map.of("name", "tier", "value", "gold"))));
        assertThat(both.getString("errors[0].message")).contains("respondentRefs");
        assertThat(GraphQL.call(editor, LIST, Map.of("s", surveyId)).getInt("data.invitations.totalCount")).isZero();
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/unsubscribe/not-a-link").then().statusCode(404);
    }

    private String survey(Integer reminderAfterDays) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "After purchase");
        input.put("kind", "NPS");
        input.put("defaultLocale", "en");
        input.put("reminderAfterDays", reminderAfterDays);
        Map<String, Object> nps = Map.of("id", "nps", "type", "NPS", "required", true, "labels", List.of(
                Map.of("locale", "en", "text", "How likely are you to recommend us?"),
                Map.of("locale", "fr", "text", "Quelle est la probabilité que vous nous recommandiez ?")));
        input.put("questions", List.of(nps));
        return (String) Surveys.active(editor, input).get("id");
    }

    private String contact(String ref, String locale, boolean consent, Map<String, String> attributes) {
        Map<String, Object> input = new HashMap<>(Map.of("respondentRef", ref, "email", contactEmail(ref),
                "locale", locale, "emailConsent", consent));
        List<Map<String, String>> list = new ArrayList<>();
        attributes.forEach((name, value) -> list.add(Map.of("name", name, "value", value)));
        input.put("attributes", list);
        assertThat(GraphQL.call(editor, UPSERT, Map.of("in", input)).getString("errors")).isNull();
        return contactEmail(ref);
    }

    private String contactEmail(String ref) {
        return ref + "@" + workspace + ".example.com";
    }

    private void invite(String surveyId, List<String> refs) {
        JsonPath done = GraphQL.call(editor, INVITE, Map.of("s", surveyId, "r", refs));
        assertThat(done.getInt("data.inviteContacts.scheduled")).as(done.prettify()).isEqualTo(refs.size());
    }

    private List<Map<String, Object>> nodes(String ref) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("r", ref);
        return GraphQL.call(editor, LIST, variables).getList("data.invitations.edges.node");
    }

    private JsonPath invitation(String ref) {
        return new JsonPath(GraphQL.call(editor, LIST, Map.of("r", ref)).prettify()).setRootPath("data.invitations.edges[0].node");
    }

    private void awaitState(String ref, String surveyId, String state) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            List<Map<String, Object>> found = GraphQL.call(editor, LIST, Map.of("r", ref, "s", surveyId))
                    .getList("data.invitations.edges.node");
            if (found.stream().anyMatch(node -> state.equals(node.get("state")) && node.get("sentAt") == null)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(ref + " never became " + state);
    }

    private static List<MimeMessage> awaitMails(String to, int count) throws InterruptedException {
        return Mails.await(to, count, 15);
    }

    private static List<MimeMessage> mailsTo(String to) {
        return Mails.to(to);
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        return Mails.part(mail, type);
    }

    private static List<String> links(String html, String containing) {
        return Mails.links(html, containing);
    }
}
