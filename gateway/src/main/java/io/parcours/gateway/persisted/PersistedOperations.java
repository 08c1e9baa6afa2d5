package io.parcours.gateway.persisted;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.parcours.common.graphql.RequestError;
import io.parcours.common.http.OperationDocuments;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Operations sent by their SHA-256 instead of their text ({@code extensions.persistedQuery}, Apollo's protocol).
 * Registered documents ({@link TrustedDocuments}: the web app's, and the manifests an operator lists) are always
 * known. By default any other document may be sent too, and one sent with its hash is remembered (automatic persisted
 * queries, in a bounded cache) so that the client sends only the hash next time. In trusted-documents-only mode,
 * for production, nothing but the registered documents runs, over POST and WebSocket alike.
 */
@Singleton
public class PersistedOperations implements OperationDocuments {

    private static final Logger LOG = Logger.getLogger(PersistedOperations.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final TrustedDocuments trusted;
    private final boolean trustedOnly;
    private final Cache<String, String> remembered;

    @Inject
    PersistedOperations(@ConfigProperty(name = "parcours.graphql.trusted-documents-only") boolean trustedOnly,
            @ConfigProperty(name = "parcours.graphql.trusted-documents") Optional<List<Path>> manifests,
            @ConfigProperty(name = "parcours.graphql.persisted-queries.max") int maxRemembered) {
        this(TrustedDocuments.load(manifests.orElse(List.of())), trustedOnly, maxRemembered);
        LOG.infof("%d trusted documents registered; %s", trusted.size(), trustedOnly
                ? "only they run (trusted-documents-only)" : "other documents run too, and are remembered by hash");
    }

    PersistedOperations(TrustedDocuments trusted, boolean trustedOnly, int maxRemembered) {
        this.trusted = trusted;
        this.trustedOnly = trustedOnly;
        this.remembered = Caffeine.newBuilder().maximumSize(maxRemembered).build();
    }

    @Override
    public Lookup lookUp(JsonObject request) {
        JsonObject persisted = persistedQuery(request);
        Object query = request.getValue("query");
        if (persisted == null) {
            return !trustedOnly || !(query instanceof String text) || trusted.contains(TrustedDocuments.sha256(text))
                    ? Lookup.found(request) : Lookup.refused(notInList());
        }
        if (!Integer.valueOf(1).equals(persisted.getValue("version"))) {
            return Lookup.refused(RequestError.badRequest("extensions.persistedQuery.version must be 1"));
        }
        if (!(persisted.getValue("sha256Hash") instanceof String hash) || !SHA256.matcher(hash).matches()) {
            return Lookup.refused(RequestError.badRequest(
                    "extensions.persistedQuery.sha256Hash must be the document's SHA-256 in 64 lowercase hex digits"));
        }
        String registered = trusted.document(hash);
        if (registered != null) {
            // A registered hash runs its registered document, whatever text comes beside it (a WebSocket client must
            // send one, codegen's printed form of the same operation).
            return registered.equals(query) ? Lookup.found(request) : Lookup.found(request.copy().put("query", registered));
        }
        if (query == null) {
            return remembered(request, hash);
        }
        if (!(query instanceof String text)) {
            return Lookup.found(request); // the guard refuses a query that is not a string
        }
        if (!hash.equals(TrustedDocuments.sha256(text))) {
            return Lookup.refused(new RequestError("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query",
                    Map.of("code", "PERSISTED_QUERY_HASH_MISMATCH")));
        }
        if (trustedOnly) {
            return Lookup.refused(notInList());
        }
        remembered.put(hash, text);
        return Lookup.found(request);
    }

    private Lookup remembered(JsonObject request, String hash) {
        String document = trustedOnly ? null : remembered.getIfPresent(hash);
        if (document == null) {
            return Lookup.refused(trustedOnly ? notInList() : new RequestError("PersistedQueryNotFound: no document "
                    + "with this sha256Hash is known; send it again with its query",
                    Map.of("code", "PERSISTED_QUERY_NOT_FOUND")));
        }
        return Lookup.found(request.copy().put("query", document));
    }

    /** The documents remembered by hash (for tests: their bound). */
    Cache<String, String> remembered() {
        return remembered;
    }

    private static JsonObject persistedQuery(JsonObject request) {
        return request.getValue("extensions") instanceof JsonObject extensions
                && extensions.getValue("persistedQuery") instanceof JsonObject persisted ? persisted : null;
    }

    private static RequestError notInList() {
        return new RequestError("Only the registered operations run on this gateway (trusted documents only): "
                + "register the operation in a manifest (parcours.graphql.trusted-documents)",
                Map.of("code", "PERSISTED_QUERY_NOT_IN_LIST"));
    }
}
