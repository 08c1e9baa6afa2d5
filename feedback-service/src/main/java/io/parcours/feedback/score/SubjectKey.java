package io.parcours.feedback.score;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;

import io.parcours.feedback.response.StoredResponse;

/**
 * What one all-time total counts: every response of a workspace about one journey, stage or touchpoint. A journey
 * map reads these by _id, so that its scores are key lookups in any store, whatever the number of days.
 */
record SubjectKey(String workspaceId, String link, String subjectId) implements TallyKey {

    /** The links a journey map reads all-time scores of. */
    static final List<String> LINKS = List.of("journeyId", "stageId", "touchpointId");
    /** The field naming the link of a total; day tallies do not have it. */
    static final String SUBJECT = "subject";

    static List<SubjectKey> ofResponse(StoredResponse response) {
        return of(response.workspaceId(), response::link);
    }

    /** The totals of each link that {@code linkOf} gives a value for. */
    static List<SubjectKey> of(String workspaceId, Function<String, String> linkOf) {
        return LINKS.stream().filter(link -> linkOf.apply(link) != null)
                .map(link -> new SubjectKey(workspaceId, link, linkOf.apply(link))).toList();
    }

    static SubjectKey ofTally(Document tally) {
        return new SubjectKey(tally.getString("workspaceId"), tally.getString(SUBJECT), tally.getString("subjectId"));
    }

    /** The _id of a total; subject ids are stored in lower case, as responses carry them. */
    static String id(String workspaceId, String link, String subjectId) {
        return workspaceId + "|" + link + "|" + subjectId.toLowerCase();
    }

    @Override
    public String id() {
        return id(workspaceId, link, subjectId);
    }

    @Override
    public Document fields() {
        // The link's own field name is left out, so that no filter of the day tallies matches a total.
        return new Document("workspaceId", workspaceId).append(SUBJECT, link).append("subjectId", subjectId);
    }

    @Override
    public Bson responses() {
        return and(eq("workspaceId", workspaceId), eq(link, Objects.requireNonNull(subjectId)));
    }
}
