package io.parcours.common.persistence;

import org.hibernate.StaleStateException;

import io.parcours.common.error.ConflictException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;

/** Flushes inside the transaction, so a new version is visible and a lost race becomes CONFLICT. */
public final class OptimisticFlush {

    private OptimisticFlush() {
    }

    /** @param what names the changed row in the CONFLICT message, e.g. "Journey 6f…" */
    public static Uni<Void> flush(String what) {
        return Panache.getSession().chain(session -> session.flush())
                .onFailure(failure -> failure instanceof OptimisticLockException || failure instanceof StaleStateException)
                .transform(lost -> new ConflictException(what + " was changed concurrently; reload and retry"));
    }
}
