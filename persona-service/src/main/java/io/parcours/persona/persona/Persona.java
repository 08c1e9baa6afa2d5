package io.parcours.persona.persona;

import static io.parcours.common.validation.Texts.distinctTrimmed;
import static io.parcours.common.validation.Texts.trimmed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.parcours.common.Channel;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A semi-fictional portrait of a customer type, owned by one workspace.
 * List-valued traits are PostgreSQL text arrays: one row per persona, filterable through GIN indexes.
 */
@Entity
@Table(name = "persona")
public class Persona extends PanacheEntityBase {

    /** Where a photo this service keeps is served: the avatarUrl of a persona whose photo was uploaded. */
    public static final String PHOTO_PATH = "/api/v1/persona-photos/";

    @Id
    public UUID id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    public String workspaceId;

    @Column(nullable = false)
    public String name;

    public String title;
    public String summary;
    public String quote;

    @Column(name = "avatar_url")
    public String avatarUrl;

    @Embedded
    public Demographics demographics = new Demographics();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> goals = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> frustrations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> motivations = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> behaviours = new ArrayList<>();

    /** Names of {@link Channel} values. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_channels", nullable = false)
    public List<String> preferredChannels = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags = new ArrayList<>();

    @Column(nullable = false)
    public boolean archived;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Replaces every client-set field: strings trimmed, blanks as absent, list duplicates dropped. */
    public void apply(PersonaDetails details) {
        name = details.name().trim();
        title = trimmed(details.title());
        summary = trimmed(details.summary());
        quote = trimmed(details.quote());
        avatarUrl = trimmed(details.avatarUrl());
        if (demographics == null) {
            // Hibernate loads an embeddable whose columns are all null as null.
            demographics = new Demographics();
        }
        demographics.ageRange = details.ageRange();
        demographics.location = trimmed(details.location());
        demographics.occupation = trimmed(details.occupation());
        demographics.familyStatus = trimmed(details.familyStatus());
        demographics.incomeBand = details.incomeBand();
        goals = distinctTrimmed(details.goals());
        frustrations = distinctTrimmed(details.frustrations());
        motivations = distinctTrimmed(details.motivations());
        behaviours = distinctTrimmed(details.behaviours());
        preferredChannels = distinctTrimmed(details.preferredChannels() == null ? null
                : details.preferredChannels().stream().map(Channel::name).toList());
        tags = distinctTrimmed(details.tags());
    }
}
