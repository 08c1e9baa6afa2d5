package io.parcours.common.paging;

import io.parcours.common.error.ValidationException;
import io.smallrye.mutiny.Uni;

/** Validated paging arguments of a connection: page size and where to continue. */
public record PageRequest(int size, PageCursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** @return the request, or a VALIDATION failure naming {@code first} or {@code after} */
    public static Uni<PageRequest> of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            return Uni.createFrom().failure(ValidationException.of("first", "must be between 1 and " + MAX_SIZE));
        }
        try {
            return Uni.createFrom().item(new PageRequest(size, after == null ? null : PageCursor.decode("after", after)));
        } catch (ValidationException badCursor) {
            return Uni.createFrom().failure(badCursor);
        }
    }
}
