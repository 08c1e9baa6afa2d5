package io.parcours.persona.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.parcours.common.Ids;
import io.parcours.common.error.NotFoundException;
import io.parcours.common.persistence.OptimisticFlush;
import io.parcours.common.security.Caller;
import io.parcours.persona.persona.Persona;
import io.parcours.persona.persona.PersonaStore;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Persona photos kept by the platform: checked (size, declared type, the bytes themselves), stored once per content
 * and addressed by its SHA-256, so that a served photo never changes and is cached for good; the persona's avatarUrl
 * points to it. A photo no persona points to any more is deleted with the change that dropped it.
 */
@ApplicationScoped
public class PersonaPhotos {

    public static final String PATH = Persona.PHOTO_PATH;
    static final int MAX_BYTES = 1024 * 1024;

    private final PersonaStore store;
    private final Caller caller;

    public PersonaPhotos(PersonaStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    public record Photo(String contentType, byte[] bytes) {
    }

    /** Makes these bytes the persona's photo; editors and admins of its workspace. */
    @WithTransaction
    public Uni<Persona> replace(String personaId, String contentType, byte[] bytes) {
        return caller.workspaceToWrite()
                .chain(workspace -> Uni.createFrom().item(() -> checked(contentType, bytes))
                        .chain(format -> Ids.parse(personaId).map(id -> store.findInWorkspace(workspace, id))
                                .orElse(Uni.createFrom().nullItem())
                                .onItem().ifNull().failWith(() -> new NotFoundException("No persona with id " + personaId))
                                .chain(persona -> keep(format, bytes, persona))));
    }

    /** The photo with this address, or null; readable by anyone who has the address (it is the content's hash). */
    @WithSession
    public Uni<Photo> find(String sha256) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select content_type, bytes from persona_photo where sha256 = ?1", Object[].class)
                .setParameter(1, sha256).getResultList())
                .map(rows -> rows.isEmpty() ? null : new Photo((String) rows.get(0)[0], (byte[]) rows.get(0)[1]));
    }

    private Uni<Persona> keep(PhotoFormat format, byte[] bytes, Persona persona) {
        String previous = persona.avatarUrl;
        String sha256 = sha256(bytes);
        persona.avatarUrl = PATH + sha256;
        persona.updatedAt = Ids.now();
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into persona_photo (sha256, content_type, bytes) values (?1, ?2, ?3) "
                        + "on conflict (sha256) do nothing")
                .setParameter(1, sha256).setParameter(2, format.mediaType).setParameter(3, bytes).executeUpdate())
                .chain(() -> OptimisticFlush.flush("Persona " + persona.id))
                .chain(() -> this.store.dropPhotoIfUnused(previous))
                .replaceWith(persona);
    }

    private static PhotoFormat checked(String contentType, byte[] bytes) {
        if (bytes.length == 0) {
            throw new PhotoRefusal(422, "must not be empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PhotoRefusal(413, "must be at most 1 MB (" + MAX_BYTES + " bytes), not " + bytes.length);
        }
        PhotoFormat format = PhotoFormat.of(contentType).orElseThrow(() -> new PhotoRefusal(415,
                "must be sent as image/png, image/jpeg or image/webp"));
        if (!format.matches(bytes)) {
            throw new PhotoRefusal(422, "is sent as " + format.mediaType + " but its bytes are not such an image");
        }
        return format;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static boolean isAddress(String sha256) {
        return sha256.length() == 64 && sha256.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
