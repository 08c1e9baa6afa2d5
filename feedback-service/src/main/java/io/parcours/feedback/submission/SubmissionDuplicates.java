package io.parcours.feedback.submission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parcours.feedback.response.ResponseStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Submissions that repeat one already stored (same survey and clientResponseId: the unique index refused them) or an
 * earlier one of the same batch: they are DUPLICATE, with the id of the response they repeat.
 */
@ApplicationScoped
class SubmissionDuplicates {

    private final ResponseStore responses;

    SubmissionDuplicates(ResponseStore responses) {
        this.responses = responses;
    }

    /** What makes two submissions the same response. */
    static String key(Submission input) {
        return key(input.surveyId(), input.clientResponseId());
    }

    private static String key(String surveyId, String clientResponseId) {
        return surveyId + "\n" + clientResponseId;
    }

    /** The stored responses' ids, keyed by key(input), for the clientResponseIds that clashed, per survey. */
    Uni<Map<String, String>> originals(String workspace, Map<String, Set<String>> clashesBySurvey) {
        if (clashesBySurvey.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<Map<String, String>>> lookups = clashesBySurvey.entrySet().stream()
                .map(e -> responses.idsOf(workspace, e.getKey(), e.getValue()).map(ids -> {
                    Map<String, String> keyed = new HashMap<>();
                    ids.forEach((client, id) -> keyed.put(key(e.getKey(), client), id));
                    return keyed;
                })).toList();
        return Uni.join().all(lookups).andFailFast().map(maps -> {
            Map<String, String> all = new HashMap<>();
            maps.forEach(all::putAll);
            return all;
        });
    }

    /** Repeats within the batch (null results) take the outcome of their first occurrence, as DUPLICATE. */
    static List<SubmissionResult> settle(List<Submission> inputs, SubmissionResult[] results,
            Map<String, Integer> firstInBatch) {
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                Submission input = inputs.get(i);
                SubmissionResult first = results[firstInBatch.get(key(input))];
                results[i] = SubmissionResult.duplicate(input.clientResponseId(), first.responseId());
            }
        }
        return List.of(results);
    }
}
