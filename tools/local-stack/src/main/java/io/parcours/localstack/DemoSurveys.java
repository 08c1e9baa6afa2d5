package io.parcours.localstack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Demo surveys on a journey (those an interrupted load made are found by title, responses carry fixed
 * clientResponseIds so that a second load stores only the missing ones): a CSAT survey per touchpoint, a CES survey on the touchpoints that carry pain
 * points, an NPS survey on the journey; responses over the last 90 days whose scores follow each
 * touchpoint's designed emotion, lower where pain points are known — so measured and designed emotion differ.
 */
final class DemoSurveys {

    private static final String TEMPLATE = """
            mutation($kind: SurveyKind!, $input: SurveyTemplateInput) {
              createSurveyFromTemplate(kind: $kind, input: $input) { id revision } }""";
    private static final String PUBLISH = "mutation($id: ID!, $r: Int!) { publishSurvey(id: $id, expectedRevision: $r) { id } }";
    private static final String SURVEYS = """
            query($journey: ID!, $after: String) { surveys(journeyId: $journey, first: 100, after: $after) {
              edges { node { id title touchpointId status revision } } pageInfo { hasNextPage endCursor } } }""";
    private static final String SUBMIT = "mutation($inputs: [ResponseInput!]!) { submitResponses(inputs: $inputs) { status } }";
    private static final int BATCH = 500;

    /** A touchpoint as the seeder created it. */
    record DemoTouchpoint(String id, String stageId, String name, int emotion, boolean painful) {
    }

    private final GraphQLClient client;
    private final String url;
    private final Random random = new Random(7);
    private final List<Map<String, Object>> pending = new ArrayList<>();
    /** Surveys an earlier load made, by touchpoint and title. */
    private final Map<String, JsonNode> existing = new HashMap<>();
    private int stored;

    DemoSurveys(GraphQLClient client, String url) {
        this.client = client;
        this.url = url;
    }

    int seed(String journeyId, String personaId, List<DemoTouchpoint> touchpoints, int responsesPerTouchpoint)
            throws IOException, InterruptedException {
        findExisting(journeyId);
        for (DemoTouchpoint touchpoint : touchpoints) {
            double mean = 3 + 0.8 * touchpoint.emotion() - (touchpoint.painful() ? 0.8 : 0);
            String csat = survey("CSAT", "Satisfaction: " + touchpoint.name(), journeyId, personaId, touchpoint);
            respond(csat, "csat", responsesPerTouchpoint, () -> clamp(mean + random.nextGaussian() * 0.9, 1, 5));
            if (touchpoint.painful()) {
                String ces = survey("CES", "Effort: " + touchpoint.name(), journeyId, personaId, touchpoint);
                respond(ces, "ces", responsesPerTouchpoint / 2, () -> clamp(1 + (mean - 1) * 1.5 + random.nextGaussian(), 1, 7));
            }
        }
        String nps = survey("NPS", "Would you recommend us?", journeyId, personaId, null);
        respond(nps, "nps", responsesPerTouchpoint * 4, () -> clamp(7 + random.nextGaussian() * 2.2, 0, 10));
        flush();
        // Rules after the history, then three detractors of the last day: the inbox opens on a handful of alerts
        // a team would act on, not one per low answer of the past three months.
        alertRules(journeyId);
        respondRecently(nps, "nps", 2, 4, 6);
        flush();
        return stored;
    }

    /** The journey's alert rules. */
    private void alertRules(String journeyId) throws IOException, InterruptedException {
        JsonNode rules = client.call(url, "{ alertRules { name journeyId } }", Map.of()).get("alertRules");
        for (Map<String, Object> rule : List.<Map<String, Object>>of(
                Map.of("name", "Call detractors back", "kind", "DETRACTOR", "journeyId", journeyId),
                Map.of("name", "Too hard to do", "kind", "HIGH_EFFORT", "journeyId", journeyId),
                Map.of("name", "Satisfaction falls", "kind", "SCORE_DROP", "journeyId", journeyId, "metric", "CSAT",
                        "windowDays", 7, "minimumDrop", 15, "minimumResponses", 10))) {
            boolean known = false;
            for (JsonNode existingRule : rules) {
                known |= existingRule.get("name").asText().equals(rule.get("name"))
                        && existingRule.path("journeyId").asText().equals(journeyId);
            }
            if (!known) {
                client.call(url, "mutation($in: AlertRuleInput!) { createAlertRule(input: $in) { id } }", Map.of("in", rule));
            }
        }
    }

    private void findExisting(String journeyId) throws IOException, InterruptedException {
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("journey", journeyId));
            variables.put("after", after);
            JsonNode page = client.call(url, SURVEYS, variables).get("surveys");
            page.get("edges").forEach(edge -> existing.put(key(edge.at("/node/touchpointId").asText(null),
                    edge.at("/node/title").asText()), edge.get("node")));
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
    }

    private static String key(String touchpointId, String title) {
        return touchpointId + "\n" + title;
    }

    /** The survey's id: one an earlier load made (published now if it was left a draft), or a new one. */
    private String survey(String kind, String title, String journeyId, String personaId, DemoTouchpoint touchpoint)
            throws IOException, InterruptedException {
        JsonNode earlier = existing.get(key(touchpoint == null ? null : touchpoint.id(), title));
        if (earlier != null) {
            if ("DRAFT".equals(earlier.get("status").asText())) {
                client.call(url, PUBLISH, Map.of("id", earlier.get("id").asText(), "r", earlier.get("revision").asInt()));
            }
            return earlier.get("id").asText();
        }
        Map<String, Object> input = new HashMap<>(Map.of("title", title, "journeyId", journeyId, "personaId", personaId));
        if (touchpoint != null) {
            input.put("touchpointId", touchpoint.id());
            input.put("stageId", touchpoint.stageId());
        }
        JsonNode created = client.call(url, TEMPLATE, Map.of("kind", kind, "input", input)).get("createSurveyFromTemplate");
        client.call(url, PUBLISH, Map.of("id", created.get("id").asText(), "r", created.get("revision").asInt()));
        return created.get("id").asText();
    }

    interface Score {
        int next();
    }

    private void respond(String surveyId, String question, int count, Score score) throws IOException, InterruptedException {
        Instant start = Instant.now().minus(Duration.ofDays(90));
        for (int i = 0; i < count; i++) {
            Map<String, Object> response = new HashMap<>();
            response.put("surveyId", surveyId);
            response.put("clientResponseId", surveyId + "-" + i);
            response.put("respondentRef", "customer-" + random.nextInt(3000));
            response.put("channel", random.nextBoolean() ? "MOBILE_APP" : "WEB");
            response.put("locale", random.nextInt(4) == 0 ? "en" : "fr");
            response.put("submittedAt", start.plusSeconds(random.nextInt(89 * 24 * 3600)).toString());
            response.put("answers", List.of(Map.of("questionId", question, "score", score.next())));
            pending.add(response);
            if (pending.size() == BATCH) {
                flush();
            }
        }
    }

    /** Answers of the last day, one per score, with ids of their own (stored once, like the others). */
    private void respondRecently(String surveyId, String question, int... scores) {
        Instant now = Instant.now();
        for (int i = 0; i < scores.length; i++) {
            pending.add(Map.of("surveyId", surveyId, "clientResponseId", surveyId + "-recent-" + i,
                    "respondentRef", "customer-recent-" + i, "channel", "MOBILE_APP", "locale", "fr",
                    "submittedAt", now.minus(Duration.ofHours(2L * (i + 1))).toString(),
                    "answers", List.of(Map.of("questionId", question, "score", scores[i]))));
        }
    }

    private void flush() throws IOException, InterruptedException {
        if (pending.isEmpty()) {
            return;
        }
        JsonNode results = client.call(url, SUBMIT, Map.of("inputs", List.copyOf(pending))).get("submitResponses");
        results.forEach(result -> stored += "ACCEPTED".equals(result.get("status").asText()) ? 1 : 0);
        pending.clear();
    }

    private static int clamp(double value, int low, int high) {
        return (int) Math.max(low, Math.min(high, Math.round(value)));
    }
}
