package io.parcours.touchpoint.journey;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A phase of a journey. Positions are 1, 2, … n within the journey, without gaps. */
@Entity
@Table(name = "stage")
public class Stage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "journey_id", nullable = false, updatable = false)
    public UUID journeyId;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int position;

    /** A new stage of the journey, at the given position. */
    static Stage of(Journey journey, String name, int position) {
        Stage stage = new Stage();
        stage.id = UUID.randomUUID();
        stage.journeyId = journey.id;
        stage.workspaceId = journey.workspaceId;
        stage.name = name;
        stage.position = position;
        return stage;
    }
}
