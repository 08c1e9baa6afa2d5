package io.parcours.gateway.feedback;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Outcome of one submitted response.")
public record SubmissionResult(
        @Description("The clientResponseId as sent.") String clientResponseId,
        @NonNull @Description("ACCEPTED, DUPLICATE (responseId is the original) or REJECTED (see reasons).") SubmissionStatus status,
        @Id @Description("Id of the stored response.") String responseId,
        @NonNull @Description("Why it was rejected, each naming the question or field and the rule.") List<@NonNull String> reasons) {

    @Description("Outcome of one submitted response.")
    public enum SubmissionStatus {
        ACCEPTED, DUPLICATE, REJECTED
    }
}
