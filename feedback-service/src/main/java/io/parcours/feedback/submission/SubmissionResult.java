package io.parcours.feedback.submission;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What happened to one submitted response.")
public record SubmissionResult(
        @Description("The response's clientResponseId as sent.") String clientResponseId,
        @NonNull @Description("ACCEPTED, DUPLICATE (stored before: responseId is the original) or REJECTED.") Status status,
        @Id @Description("The stored response's id; null when REJECTED.") String responseId,
        @NonNull @Description("Why it was rejected; each reason names the field and, for answers, the question.")
        List<@NonNull String> reasons) {

    @org.eclipse.microprofile.graphql.Name("SubmissionStatus")
    @Description("Outcome of one submission.")
    public enum Status {
        ACCEPTED, DUPLICATE, REJECTED
    }

    static SubmissionResult accepted(String clientResponseId, String id) {
        return new SubmissionResult(clientResponseId, Status.ACCEPTED, id, List.of());
    }

    public static SubmissionResult duplicate(String clientResponseId, String originalId) {
        return new SubmissionResult(clientResponseId, Status.DUPLICATE, originalId, List.of());
    }

    static SubmissionResult rejected(String clientResponseId, List<String> reasons) {
        return new SubmissionResult(clientResponseId, Status.REJECTED, null, reasons);
    }
}
