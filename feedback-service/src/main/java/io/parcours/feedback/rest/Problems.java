package io.parcours.feedback.rest;

import java.util.List;

import io.parcours.common.error.ValidationException.Violation;

/**
 * The body of every REST refusal: an RFC 9457 problem ({@code application/problem+json}) with our extension members,
 * {@code code} (as GraphQL's {@code extensions.code}) and {@code violations} (each naming the field and the rule).
 */
public record Problems(String type, String title, int status, String detail, String code, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problems of(int status, String title, String code, String detail, List<Violation> violations) {
        return new Problems("about:blank", title, status, detail, code, violations);
    }
}
