package io.parcours.touchpoint.journey;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.parcours.common.error.ValidationException.Violation;

/** Which journeys a listing returns; null members do not filter. {@code nameContains} ignores case. */
public record JourneyFilter(UUID personaId, JourneyStatus status, MapType mapType, String nameContains) {

    /** The filter's own rule: a name search of 1 to 120 characters, not blank. */
    Optional<Violation> violation() {
        if (nameContains != null && (nameContains.isBlank() || nameContains.length() > Limits.MAX_JOURNEY_NAME)) {
            return Optional.of(new Violation("search", "must be 1 to " + Limits.MAX_JOURNEY_NAME
                    + " characters, not blank"));
        }
        return Optional.empty();
    }

    /** The LIKE pattern of the name search: its text anywhere, lower case, with LIKE's wildcards taken literally. */
    String namePattern() {
        String literal = nameContains.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + literal + "%";
    }
}
