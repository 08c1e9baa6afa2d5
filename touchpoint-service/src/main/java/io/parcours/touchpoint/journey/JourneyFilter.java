package io.parcours.touchpoint.journey;

import java.util.UUID;

/** Which journeys a listing returns; null members do not filter. */
public record JourneyFilter(UUID personaId, JourneyStatus status, MapType mapType) {
}
