package io.parcours.feedback.score;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The scores of one bucket of a trend.")
public record TrendPoint(
        @NonNull @Description("First day of the bucket (UTC): the day, the week's Monday or the month's first day.") LocalDate start,
        @NonNull @Description("Scores of the responses submitted in the bucket.") FeedbackSummary summary) {
}
