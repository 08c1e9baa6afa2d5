package io.parcours.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Ids and timestamps as every service stores them. */
public final class Ids {

    private Ids() {
    }

    /** The UUID, or empty for anything else: a malformed id reads as an unknown one. */
    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * One item per requested id, in the order asked, null where an id matched nothing: the contract of
     * every batch lookup the gateway uses.
     */
    public static <T> List<T> inArgumentOrder(List<String> ids, List<T> found, Function<T, UUID> idOf) {
        Map<UUID, T> byId = new HashMap<>();
        found.forEach(item -> byId.put(idOf.apply(item), item));
        List<T> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(parse(id).map(byId::get).orElse(null)));
        return ordered;
    }

    /** Now, at PostgreSQL's microsecond precision, so cursors built from stored values stay exact. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
