package io.parcours.feedback.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.parcours.common.error.ValidationException.Violation;
import io.parcours.common.http.ProblemAnswers;

/**
 * The body of every REST refusal: an RFC 9457 problem ({@code application/problem+json}) with our extension members,
 * {@code code} (as GraphQL's {@code extensions.code}) and {@code violations} (each naming the field and the rule).
 */
@Schema(name = "Problem", description = "An RFC 9457 problem: what was refused, and each field with the rule it broke")
public record Problems(
        @Schema(description = "about:blank: the status and title say it all") String type,
        @Schema(description = "The HTTP status in words") String title,
        @Schema(description = "The HTTP status") int status,
        @Schema(description = "What was refused, for people") String detail,
        @Schema(description = "As GraphQL's extensions.code: VALIDATION, BAD_REQUEST, NOT_FOUND, FORBIDDEN, CONFLICT, "
                + "UNAUTHENTICATED") String code,
        @Schema(description = "Each field (input.answers[0].score) with the rule it broke") List<Violation> violations) {

    public static final String MEDIA_TYPE = ProblemAnswers.MEDIA_TYPE;

    static Problems of(int status, String title, String code, String detail, List<Violation> violations) {
        return new Problems("about:blank", title, status, detail, code, violations);
    }
}
