package io.parcours.touchpoint.journey;

import org.hibernate.StaleStateException;

import io.parcours.common.error.ConflictException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.OptimisticLockException;

/** Flushes inside the transaction, so a new version is visible and a lost race becomes CONFLICT. */
final class Optimistic {

    private Optimistic() {
    }

    static Uni<Void> flush(String kind) {
        return Panache.getSession().chain(session -> session.flush())
                .onFailure(failure -> failure instanceof OptimisticLockException || failure instanceof StaleStateException)
                .transform(lost -> new ConflictException(kind + " was changed concurrently; reload and retry"));
    }
}
