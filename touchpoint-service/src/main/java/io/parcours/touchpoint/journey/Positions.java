package io.parcours.touchpoint.journey;

import java.util.List;
import java.util.function.ObjIntConsumer;

import io.parcours.common.error.ValidationException;
import io.smallrye.mutiny.Uni;

/** Dense 1-based ordering: after any insert, move or removal, positions are 1, 2, … n again. */
final class Positions {

    private Positions() {
    }

    static <T> void renumber(List<T> ordered, ObjIntConsumer<T> setPosition) {
        for (int i = 0; i < ordered.size(); i++) {
            setPosition.accept(ordered.get(i), i + 1);
        }
    }

    /** {@code requested} or, when null, {@code last}; a VALIDATION failure outside 1…last. */
    static Uni<Integer> check(String field, Integer requested, int last) {
        int position = requested == null ? last : requested;
        return position >= 1 && position <= last ? Uni.createFrom().item(position)
                : Uni.createFrom().failure(ValidationException.of(field, "must be between 1 and " + last));
    }
}
