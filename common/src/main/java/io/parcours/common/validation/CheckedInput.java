package io.parcours.common.validation;

import io.smallrye.mutiny.Uni;

/**
 * What a use case receives from the API layer for a write: the domain value an input maps to, checked only when the
 * use case asks, after its role check (a caller without the role is FORBIDDEN whatever it sent). The domain so
 * never sees the API's input types, and the validation paths stay those of the input (input.name, …).
 */
@FunctionalInterface
public interface CheckedInput<T> {

    /** The domain value, or a VALIDATION failure naming each field and rule. */
    Uni<T> value();
}
