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
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public String getClientResponseId() {
        return clientResponseId;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public String getResponseId() {
        return responseId;
    }

    public List<String> getReasons() {
        return reasons;
    }

    @Description("Outcome of one submitted response.")
    public enum SubmissionStatus {
        ACCEPTED, DUPLICATE, REJECTED
    }
}
