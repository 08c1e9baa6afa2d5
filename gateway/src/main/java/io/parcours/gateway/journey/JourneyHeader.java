package io.parcours.gateway.journey;

import java.time.Instant;
import java.util.List;

/**
 * A journey as read from touchpoint-service without its stages: what the gateway asks for when the caller's
 * selection needs no stage or touchpoint (a listing of names, say), so that none are fetched.
 */
public record JourneyHeader(String id, String name, String description, MapType mapType, JourneyStatus status,
        String personaId, String derivedFromId, int version, Instant createdAt, Instant updatedAt) {

    /** The journey with no stages: only used where the selection reads none. */
    public Journey toJourney() {
        return new Journey(id, name, description, mapType, status, personaId, derivedFromId, List.of(), version,
                createdAt, updatedAt);
    }

    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public MapType getMapType() {
        return mapType;
    }

    public JourneyStatus getStatus() {
        return status;
    }

    public String getPersonaId() {
        return personaId;
    }

    public String getDerivedFromId() {
        return derivedFromId;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
