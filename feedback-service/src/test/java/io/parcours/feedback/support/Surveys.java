package io.parcours.feedback.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parcours.testing.GraphQL;
import io.restassured.path.json.JsonPath;

/** GraphQL documents and inputs for feedback tests. */
public final class Surveys {

    public static final String FIELDS = """
            id version latestVersion hasUnpublishedChanges revision title kind status opensAt closesAt journeyId stageId
            touchpointId personaId defaultLocale publishedAt createdAt updatedAt
            questions { id type required min max maxLength labels { locale text } options { id labels { locale text } } }""";

    public static final String CREATE = "mutation($input: SurveyInput!) { createSurvey(input: $input) { " + FIELDS + " } }";
    public static final String GET = "query($id: ID!, $v: Int) { survey(id: $id, version: $v) { " + FIELDS + " } }";
    public static final String PUBLISH = "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { "
            + FIELDS + " } }";
    public static final String SUBMIT = "mutation($input: ResponseInput!) { submitResponse(input: $input) { "
            + "clientResponseId status responseId reasons } }";
    public static final String SUMMARY = """
            query($f: FeedbackFilter) { feedbackSummary(filter: $f) { responseCount
              nps { score promoters passives detractors answers } csat { percentSatisfied mean answers } ces { mean answers } } }""";

    private Surveys() {
    }

    public static Map<String, Object> label(String text) {
        return Map.of("locale", "en", "text", text);
    }

    public static Map<String, Object> question(String id, String type, boolean required) {
        Map<String, Object> question = new HashMap<>();
        question.put("id", id);
        question.put("type", type);
        question.put("required", required);
        question.put("labels", List.of(label("Question " + id)));
        return question;
    }

    public static Map<String, Object> choice(String id, String type, String... options) {
        Map<String, Object> question = question(id, type, false);
        List<Map<String, Object>> list = new ArrayList<>();
        for (String option : options) {
            list.add(Map.of("id", option, "labels", List.of(label(option))));
        }
        question.put("options", list);
        return question;
    }

    /** A survey with one question of each scored type, a choice and a text. */
    public static Map<String, Object> input(String title) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("kind", "CUSTOM");
        Map<String, Object> rating = question("stars", "RATING", false);
        rating.put("min", 1);
        rating.put("max", 10);
        Map<String, Object> text = question("comment", "TEXT", false);
        text.put("maxLength", 20);
        input.put("questions", new ArrayList<>(List.of(question("nps", "NPS", true), question("csat", "CSAT", false),
                question("ces", "CES", false), rating, choice("found", "SINGLE_CHOICE", "search", "friend", "ad"),
                choice("liked", "MULTIPLE_CHOICE", "price", "speed", "choice"), text)));
        return input;
    }

    public static Map<String, Object> ok(JsonPath body, String field) {
        if (body.get("errors") != null) {
            throw new AssertionError(field + " failed: " + body.prettify());
        }
        return body.getMap("data." + field);
    }

    public static Map<String, Object> create(String token, Map<String, Object> input) {
        return ok(GraphQL.call(token, CREATE, Map.of("input", input)), "createSurvey");
    }

    /** Creates and publishes; returns the published survey. */
    public static Map<String, Object> active(String token, Map<String, Object> input) {
        Map<String, Object> created = create(token, input);
        return ok(GraphQL.call(token, PUBLISH, Map.of("id", created.get("id"), "r", created.get("revision"))), "publishSurvey");
    }

    public static Map<String, Object> response(Object surveyId, String clientId, Map<String, Object>... answers) {
        Map<String, Object> input = new HashMap<>();
        input.put("surveyId", surveyId);
        input.put("clientResponseId", clientId);
        input.put("respondentRef", "respondent-" + clientId);
        input.put("channel", "MOBILE_APP");
        input.put("submittedAt", Instant.now().minusSeconds(60).toString());
        input.put("answers", List.of(answers));
        return input;
    }

    public static Map<String, Object> score(String question, int score) {
        return Map.of("questionId", question, "score", score);
    }

    public static JsonPath submit(String token, Map<String, Object> response) {
        return GraphQL.call(token, SUBMIT, Map.of("input", response));
    }

    public static int count(String token, Map<String, Object> filter) {
        return GraphQL.call(token, SUMMARY, Map.of("f", filter)).getInt("data.feedbackSummary.responseCount");
    }
}
