package io.parcours.feedback.link;

import static com.mongodb.client.model.Filters.eq;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import io.quarkus.mongodb.reactive.ReactiveMongoClient;
import io.quarkus.mongodb.reactive.ReactiveMongoCollection;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Short links for text messages: a random 10-character code stands for a signed link token (too long for an SMS), in
 * the same places ({@code /s/CODE}, {@code /u/CODE}); the code is a capability like the token, 59 bits of chance. It
 * expires with its link (MongoDB deletes it after that).
 */
@ApplicationScoped
public class ShortLinks {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 10;
    private static final Pattern CODE = Pattern.compile("^[" + ALPHABET + "]{" + LENGTH + "}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveMongoCollection<Document> codes;

    ShortLinks(ReactiveMongoClient client, @ConfigProperty(name = "quarkus.mongodb.database") String database) {
        this.codes = client.getDatabase(database).getCollection("short_links");
    }

    void createIndexes(@Observes StartupEvent started) {
        codes.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS))
                .await().indefinitely();
    }

    /** A new code for the token, valid until {@code expiresAt}. */
    public Uni<String> shorten(String token, Instant expiresAt) {
        String code = code();
        return codes.insertOne(new Document("_id", code).append("token", token).append("expiresAt", Date.from(expiresAt)))
                .replaceWith(code);
    }

    /** The signed token a code stands for (a token given as such is itself); null for an unknown or expired code. */
    public Uni<String> resolve(String tokenOrCode) {
        if (tokenOrCode == null || !CODE.matcher(tokenOrCode).matches()) {
            return Uni.createFrom().item(tokenOrCode);
        }
        return codes.find(eq("_id", tokenOrCode)).collect().first().map(found -> found == null
                || found.getDate("expiresAt").toInstant().isBefore(Instant.now()) ? null : found.getString("token"));
    }

    private static String code() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
