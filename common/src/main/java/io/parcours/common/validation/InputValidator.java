package io.parcours.common.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.parcours.common.error.ValidationException;
import io.parcours.common.error.ValidationException.Violation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/** Runs Bean Validation on an input and turns violations into one error naming every field and rule. */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** The input, checked as {@code argument} when the use case asks, then mapped to its domain value. */
    public <I, T> CheckedInput<T> checked(String argument, I input, Function<I, T> mapping) {
        return () -> check(argument, input).map(ignored -> mapping.apply(input));
    }

    /**
     * @param argument the GraphQL argument name the input arrived in, used as the path root
     * @return a VALIDATION failure listing every violation, or an empty success
     */
    public <T> Uni<Void> check(String argument, T input) {
        if (input == null) {
            return Uni.createFrom().failure(ValidationException.of(argument, "is required"));
        }
        Set<ConstraintViolation<T>> found = validator.validate(input);
        if (found.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Violation> violations = found.stream()
                .map(v -> new Violation(path(argument, v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return Uni.createFrom().failure(new ValidationException(violations));
    }

    /**
     * {@code goals[2].<list element>} becomes {@code input.goals[2]}, {@code questions[0].id} stays as it is:
     * a node's index says where in the previous node's list it sits.
     */
    private static String path(String root, Path propertyPath) {
        StringBuilder path = new StringBuilder(root);
        for (Path.Node node : propertyPath) {
            if (node.isInIterable() && node.getIndex() != null) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                path.append('.').append(node.getName());
            }
        }
        return path.toString();
    }
}
