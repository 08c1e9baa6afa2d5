package io.parcours.common;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

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

    /** Now, at PostgreSQL's microsecond precision, so cursors built from stored values stay exact. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
