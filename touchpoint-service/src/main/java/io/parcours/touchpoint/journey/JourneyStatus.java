package io.parcours.touchpoint.journey;

import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

@Description("Life cycle of a journey: DRAFT → PUBLISHED → ARCHIVED, and PUBLISHED back to DRAFT.")
public enum JourneyStatus {
    @Description("Being edited; not shown to stakeholders as final.")
    DRAFT,
    @Description("The reference map of the team.")
    PUBLISHED,
    @Description("Kept for history; no way back.")
    ARCHIVED;

    /** The statuses this one may change to. */
    public Set<JourneyStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(DRAFT, ARCHIVED);
            case ARCHIVED -> Set.of();
        };
    }
}
