package io.parcours.touchpoint.journey;

import java.util.List;

/** One page of a journey listing, with its maps loaded. */
public record JourneyPage(List<JourneyMap> journeys, boolean hasNextPage, long totalCount) {
}
