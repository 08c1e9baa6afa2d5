package io.parcours.touchpoint.journey;

import static io.parcours.common.validation.Texts.trimmed;

import java.time.Instant;
import java.util.UUID;

import io.parcours.common.Ids;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One persona's path with a brand. Stages and touchpoints refer to it by id (no lazy associations). */
@Entity
@Table(name = "journey")
public class Journey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "persona_id")
    public UUID personaId;

    @Enumerated(EnumType.STRING)
    @Column(name = "map_type", nullable = false)
    public MapType mapType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JourneyStatus status;

    @Column(name = "derived_from_id", updatable = false)
    public UUID derivedFromId;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new DRAFT journey of the workspace with the client's fields. */
    static Journey draft(String workspace, JourneyDetails details) {
        Journey journey = new Journey();
        journey.id = UUID.randomUUID();
        journey.workspaceId = workspace;
        journey.status = JourneyStatus.DRAFT;
        journey.createdAt = Ids.now();
        journey.updatedAt = journey.createdAt;
        journey.apply(details);
        return journey;
    }

    /** Replaces the client-set fields: strings trimmed, blanks as absent; the persona id was checked to be a UUID. */
    public void apply(JourneyDetails details) {
        name = details.name().trim();
        description = trimmed(details.description());
        personaId = details.personaId() == null ? null : UUID.fromString(details.personaId());
        mapType = details.mapType() == null ? MapType.CURRENT_STATE : details.mapType();
    }
}
