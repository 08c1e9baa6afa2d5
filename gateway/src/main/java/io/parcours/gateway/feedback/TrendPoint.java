package io.parcours.gateway.feedback;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The scores of one bucket of a trend.")
public record TrendPoint(
        @NonNull @Description("First day of the bucket.") LocalDate start,
        @NonNull @Description("Scores of the responses submitted in the bucket.") FeedbackSummary summary) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public LocalDate getStart() {
        return start;
    }

    public FeedbackSummary getSummary() {
        return summary;
    }
}
