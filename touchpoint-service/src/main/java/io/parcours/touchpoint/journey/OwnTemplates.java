package io.parcours.touchpoint.journey;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.parcours.common.Ids;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.error.ValidationException;
import io.parcours.common.persistence.Reads;
import io.parcours.common.security.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A workspace's own templates: a journey saved whole, listed beside the gallery, and a new journey made from one. */
@ApplicationScoped
public class OwnTemplates {

    /** Templates a workspace keeps. */
    public static final int MAX_TEMPLATES = 100;
    private static final TypeReference<List<JourneyDocument.StageDocument>> STAGES = new TypeReference<>() {
    };

    private final JourneyStore store;
    private final Caller caller;
    private final JsonMapper json = JsonMapper.builder().build();

    public OwnTemplates(JourneyStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** The workspace's templates, oldest first. */
    public Uni<List<OwnTemplate>> list() {
        return caller.workspaceToRead().chain(workspace -> Reads.inOwnSession(() -> OwnTemplate
                .<OwnTemplate>find("workspaceId = ?1 order by createdAt, id", workspace).list()));
    }

    /** Saves the journey as it is now as a template named {@code name} (the journey's name when null). */
    @WithTransaction
    public Uni<OwnTemplate> save(String journeyId, String name) {
        if (name != null && (name.isBlank() || name.length() > Limits.MAX_JOURNEY_NAME)) {
            return Uni.createFrom().failure(ValidationException.of("name",
                    "must be 1 to " + Limits.MAX_JOURNEY_NAME + " characters, not blank"));
        }
        return caller.workspaceToWrite().chain(workspace -> OwnTemplate.count("workspaceId", workspace)
                .chain(count -> count >= MAX_TEMPLATES ? Uni.createFrom().failure(ValidationException.of("journeyId",
                        "the workspace already keeps the maximum of " + MAX_TEMPLATES + " templates; delete one first"))
                        : Ids.parse(journeyId).map(id -> store.journey(workspace, id)).orElse(Uni.createFrom().nullItem()))
                .onItem().ifNull().failWith(() -> new NotFoundException("No journey with id " + journeyId))
                .chain(journey -> store.maps(List.of(journey)))
                .chain(maps -> {
                    JourneyMap map = maps.get(0);
                    OwnTemplate template = new OwnTemplate();
                    template.id = UUID.randomUUID();
                    template.workspaceId = workspace;
                    template.name = name == null ? map.journey().name : name.trim();
                    template.description = map.journey().description;
                    template.personaId = map.journey().personaId;
                    template.mapType = map.journey().mapType;
                    template.stages = write(JourneyDocument.stagesOf(map));
                    template.createdAt = Ids.now();
                    return template.<OwnTemplate>persist();
                }));
    }

    /** The template's journey as a document, for a new journey; NOT_FOUND unless it is the caller's workspace's. */
    public Uni<JourneyDocument> document(String id) {
        return caller.workspaceToWrite().chain(workspace -> find(workspace, id))
                .map(template -> new JourneyDocument(new JourneyDetails(template.name, template.description,
                        template.personaId == null ? null : template.personaId.toString(), template.mapType),
                        read(template.stages)));
    }

    /** Deletes the template; true when it was there. */
    @WithTransaction
    public Uni<Boolean> delete(String id) {
        return caller.workspaceToWrite().chain(workspace -> Ids.parse(id)
                .map(uuid -> OwnTemplate.delete("id = ?1 and workspaceId = ?2", uuid, workspace).map(count -> count > 0))
                .orElse(Uni.createFrom().item(false)));
    }

    /** The stages of a stored template, for listing. */
    public List<JourneyDocument.StageDocument> stagesOf(OwnTemplate template) {
        return read(template.stages);
    }

    /** Within the caller's transaction (the new journey's). */
    private static Uni<OwnTemplate> find(String workspace, String id) {
        return Ids.parse(id).map(uuid -> OwnTemplate.<OwnTemplate>find("id = ?1 and workspaceId = ?2", uuid, workspace)
                        .firstResult())
                .orElse(Uni.createFrom().nullItem())
                .onItem().ifNull().failWith(() -> new NotFoundException("No journey template " + id));
    }

    private String write(List<JourneyDocument.StageDocument> stages) {
        try {
            return json.writeValueAsString(stages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journey's stages as JSON", e);
        }
    }

    private List<JourneyDocument.StageDocument> read(String stages) {
        try {
            return json.readValue(stages, STAGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored template's stages", e);
        }
    }
}
