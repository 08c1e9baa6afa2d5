package io.parcours.touchpoint.journey;

/** A journey's own fields as a client sent them (personaId checked to be a UUID); Journey.apply stores them. */
public record JourneyDetails(String name, String description, String personaId, MapType mapType) {
}
