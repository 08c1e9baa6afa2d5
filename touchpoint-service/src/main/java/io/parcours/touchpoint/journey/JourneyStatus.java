package io.parcours.touchpoint.journey;

import java.util.Set;

import org.eclipse.microprofile.graphql.Description;

@Description("Life cycle of a journey: DRAFT → PUBLISHED → ARCHIVED; PUBLISHED back to DRAFT, and ARCHIVED restored as a DRAFT.")
public enum JourneyStatus {
    @Description("Being edited; not shown to stakeholders as final.")
    DRAFT,
    @Description("The reference map of the team.")
    PUBLISHED,
    @Description("Kept for history, out of the team's way; restored as a DRAFT when needed again.")
    ARCHIVED;

    /** The statuses this one may change to. */
    public Set<JourneyStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(DRAFT, ARCHIVED);
            case ARCHIVED -> Set.of(DRAFT);
        };
    }
}
