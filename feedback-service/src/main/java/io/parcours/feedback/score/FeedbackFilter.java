package io.parcours.feedback.score;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

@Name("FeedbackFilter")
@Description("Which responses a score covers: every given member must match (null members do not filter).")
public class FeedbackFilter {

    @Description("Responses to this survey (all versions).")
    @Id
    public String surveyId;

    @Description("Responses about this touchpoint (copied from the survey when the response was stored).")
    @Id
    public String touchpointId;

    @Description("Responses about this stage.")
    @Id
    public String stageId;

    @Description("Responses about this journey.")
    @Id
    public String journeyId;

    @Description("Responses about this persona.")
    @Id
    public String personaId;

    @Description("Responses submitted at or after this instant.")
    public OffsetDateTime from;

    @Description("Responses submitted before this instant.")
    public OffsetDateTime to;

    /** Every response submitted in from ≤ submittedAt < to (null bounds open). */
    public static FeedbackFilter between(OffsetDateTime from, OffsetDateTime to) {
        FeedbackFilter range = new FeedbackFilter();
        range.from = from;
        range.to = to;
        return range;
    }
}
