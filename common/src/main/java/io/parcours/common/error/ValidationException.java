package io.parcours.common.error;

import java.util.List;
import java.util.stream.Collectors;

import io.smallrye.graphql.api.ErrorCode;

/** Input broke one or more rules; nothing was stored. Each violation names the field and the rule. */
@ErrorCode("VALIDATION")
public class ValidationException extends ApiException {

    /** One broken rule: {@code field} is the input path (e.g. {@code input.goals[2]}). */
    public record Violation(String field, String rule) {
    }

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("Invalid input: " + violations.stream()
                .map(v -> v.field() + " " + v.rule())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String rule) {
        return new ValidationException(List.of(new Violation(field, rule)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
