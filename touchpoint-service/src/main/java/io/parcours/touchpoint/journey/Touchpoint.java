package io.parcours.touchpoint.journey;

import static io.parcours.common.validation.Texts.distinctTrimmed;
import static io.parcours.common.validation.Texts.trimmed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.parcours.common.Channel;
import io.parcours.common.Ids;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One interaction point in a stage. Positions are 1, 2, … n within the stage, without gaps. */
@Entity
@Table(name = "touchpoint")
public class Touchpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "journey_id", nullable = false, updatable = false)
    public UUID journeyId;

    @Column(name = "stage_id", nullable = false)
    public UUID stageId;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InteractionType interaction;

    @Column(name = "owner_team")
    public String ownerTeam;

    @Column(name = "customer_action")
    public String customerAction;

    @Column(name = "customer_thought")
    public String customerThought;

    /** Designed emotion, −2 (very negative) … +2 (very positive); null when not designed. */
    public Short emotion;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pain_points", nullable = false)
    public List<String> painPoints = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> opportunities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> frontstage = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> backstage = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "support_processes", nullable = false)
    public List<String> supportProcesses = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A new touchpoint of the stage, its fields still to be applied. */
    static Touchpoint of(Stage stage) {
        Touchpoint touchpoint = new Touchpoint();
        touchpoint.id = UUID.randomUUID();
        touchpoint.journeyId = stage.journeyId;
        touchpoint.stageId = stage.id;
        touchpoint.workspaceId = stage.workspaceId;
        touchpoint.createdAt = Ids.now();
        touchpoint.updatedAt = touchpoint.createdAt;
        return touchpoint;
    }

    /** Replaces every client-set field: strings trimmed, blanks as absent, list duplicates dropped. */
    public void apply(TouchpointDetails details) {
        name = details.name().trim();
        description = trimmed(details.description());
        channel = details.channel();
        interaction = details.interaction() == null ? InteractionType.DIRECT : details.interaction();
        ownerTeam = trimmed(details.ownerTeam());
        customerAction = trimmed(details.customerAction());
        customerThought = trimmed(details.customerThought());
        emotion = details.emotion() == null ? null : details.emotion().shortValue();
        painPoints = distinctTrimmed(details.painPoints());
        opportunities = distinctTrimmed(details.opportunities());
        frontstage = distinctTrimmed(details.frontstage());
        backstage = distinctTrimmed(details.backstage());
        supportProcesses = distinctTrimmed(details.supportProcesses());
    }
}
