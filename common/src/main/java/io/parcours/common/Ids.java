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

import io.parcours.common.error.ValidationException;
import io.smallrye.mutiny.Uni;

/** Ids and timestamps as every service stores them, and the contract of batch lookups by id. */
public final class Ids {

    /** Most ids one batch lookup takes. */
    public static final int MAX_BATCH = 1000;

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

    /** The distinct UUIDs among the ids; malformed ones are left out (they match nothing). */
    public static List<UUID> parseAll(List<String> ids) {
        return ids.stream().map(Ids::parse).flatMap(Optional::stream).distinct().toList();
    }

    /** A VALIDATION failure naming {@code ids} when a batch holds more than {@link #MAX_BATCH}. */
    public static Uni<Void> checkBatch(List<String> ids) {
        return checkBatch("ids", ids);
    }

    /** As {@link #checkBatch(List)}, for a list of ids passed as the argument {@code field}. */
    public static Uni<Void> checkBatch(String field, List<String> ids) {
        return ids.size() <= MAX_BATCH ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ValidationException.of(field, "must hold at most " + MAX_BATCH + " ids"));
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
