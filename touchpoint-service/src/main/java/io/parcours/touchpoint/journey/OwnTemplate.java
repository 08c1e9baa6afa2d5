package io.parcours.touchpoint.journey;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A journey a workspace saved as a template: its own fields, and its stages and touchpoints as JSON. */
@Entity
@Table(name = "journey_template")
public class OwnTemplate extends PanacheEntityBase {

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

    /** The stages with their touchpoints, as {@link JourneyDocument.StageDocument}s in JSON. */
    @Column(nullable = false, columnDefinition = "text")
    public String stages;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
