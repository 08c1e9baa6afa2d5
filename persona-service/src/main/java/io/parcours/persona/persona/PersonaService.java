package io.parcours.persona.persona;

import java.util.List;
import java.util.UUID;

import io.parcours.common.Ids;
import io.parcours.common.error.ConflictException;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.paging.PageRequest;
import io.parcours.common.persistence.OptimisticFlush;
import io.parcours.common.persistence.Reads;
import io.parcours.common.security.Caller;
import io.parcours.common.validation.CheckedInput;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Persona use cases: role checks, workspace scoping, validation, optimistic locking. */
@ApplicationScoped
public class PersonaService {

    private final PersonaStore store;
    private final Caller caller;

    public PersonaService(PersonaStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** The persona, or null when it does not exist in the caller's workspace (also for a malformed id). */
    public Uni<Persona> find(String id) {
        return caller.workspaceToRead().chain(workspace -> Reads.inOwnSession(() -> Ids.parse(id)
                .map(uuid -> store.findInWorkspace(workspace, uuid))
                .orElse(Uni.createFrom().nullItem())));
    }

    /** One persona per id, in argument order; null where an id is unknown here. One SQL query. */
    public Uni<List<Persona>> findAll(List<String> ids) {
        List<UUID> known = Ids.parseAll(ids);
        return Ids.checkBatch(ids).chain(() -> caller.workspaceToRead())
                .chain(workspace -> Reads.inOwnSession(() -> store.findAllInWorkspace(workspace, known)))
                .map(found -> Ids.inArgumentOrder(ids, found, persona -> persona.id));
    }

    public Uni<PersonaPage> list(PersonaFilter filter, Integer first, String after) {
        return PageRequest.of(first, after).chain(page -> caller.workspaceToRead()
                .chain(workspace -> Reads.inOwnSession(() -> store.page(workspace, filter, page.after(), page.size() + 1)
                        .chain(rows -> store.count(workspace, filter).map(total -> new PersonaPage(
                                rows.subList(0, Math.min(page.size(), rows.size())), rows.size() > page.size(), total))))));
    }

    @WithTransaction
    public Uni<Persona> create(CheckedInput<PersonaDetails> input) {
        return caller.workspaceToWrite()
                .chain(workspace -> input.value().chain(details -> {
                    Persona persona = new Persona();
                    persona.id = UUID.randomUUID();
                    persona.workspaceId = workspace;
                    persona.createdAt = Ids.now();
                    persona.updatedAt = persona.createdAt;
                    persona.apply(details);
                    return store.persist(persona);
                }));
    }

    /** Replaces every field, if the stored version is still {@code expectedVersion}. */
    @WithTransaction
    public Uni<Persona> update(String id, CheckedInput<PersonaDetails> input, int expectedVersion) {
        return caller.workspaceToWrite()
                .chain(workspace -> input.value().chain(details -> existing(workspace, id).chain(persona -> {
                    if (persona.version != expectedVersion) {
                        return Uni.createFrom().failure(new ConflictException("Persona " + id + " is at version "
                                + persona.version + ", not expectedVersion " + expectedVersion + "; reload and retry"));
                    }
                    String previousAvatar = persona.avatarUrl;
                    persona.apply(details);
                    persona.updatedAt = Ids.now();
                    // A kept photo the persona no longer shows goes, unless another persona shows it.
                    return flushed(persona).call(() -> previousAvatar == null || previousAvatar.equals(persona.avatarUrl)
                            ? Uni.createFrom().voidItem() : store.dropPhotoIfUnused(previousAvatar));
                })));
    }

    /** Hides the persona from default listings; it stays readable by id. Archiving twice is harmless. */
    @WithTransaction
    public Uni<Persona> setArchived(String id, boolean archived) {
        return caller.workspaceToWrite()
                .chain(workspace -> existing(workspace, id))
                .chain(persona -> {
                    if (persona.archived == archived) {
                        return Uni.createFrom().item(persona);
                    }
                    persona.archived = archived;
                    persona.updatedAt = Ids.now();
                    return flushed(persona);
                });
    }

    private Uni<Persona> existing(String workspace, String id) {
        return Ids.parse(id).map(uuid -> store.findInWorkspace(workspace, uuid))
                .orElse(Uni.createFrom().nullItem())
                .onItem().ifNull().failWith(() -> new NotFoundException("No persona with id " + id));
    }

    private Uni<Persona> flushed(Persona persona) {
        return OptimisticFlush.flush("Persona " + persona.id).replaceWith(persona);
    }
}
