package io.parcours.feedback.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.conversions.Bson;

import io.parcours.feedback.response.StoredResponse;

/**
 * What one tally document counts: the responses of a {@link DayKey} (one day of one combination of links) or of a
 * {@link SubjectKey} (all time of one journey, stage or touchpoint). Both are kept by the same writes and repaired by
 * the same recount.
 */
sealed interface TallyKey permits DayKey, SubjectKey {

    /** The tally document's _id. */
    String id();

    /** The fields a tally document carries besides its counts. */
    Document fields();

    /** The stored responses this tally counts. */
    Bson responses();

    /** The tallies a stored response is counted in: its day and each subject it is about. */
    static List<TallyKey> ofResponse(StoredResponse response) {
        List<TallyKey> keys = new ArrayList<>(List.of(DayKey.ofResponse(response)));
        keys.addAll(SubjectKey.ofResponse(response));
        return keys;
    }

    /** The tallies the responses are counted in, by {@link #id}, in the order they first appear. */
    static Map<String, TallyKey> ofResponses(List<StoredResponse> responses) {
        Map<String, TallyKey> keys = new LinkedHashMap<>();
        responses.forEach(response -> ofResponse(response).forEach(key -> keys.putIfAbsent(key.id(), key)));
        return keys;
    }

    /** The key of a tally document of either kind. */
    static TallyKey ofTally(Document tally) {
        return tally.containsKey(SubjectKey.SUBJECT) ? SubjectKey.ofTally(tally) : DayKey.ofTally(tally);
    }
}
