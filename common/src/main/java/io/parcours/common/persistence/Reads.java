package io.parcours.common.persistence;

import java.util.function.Supplier;

import io.parcours.common.IsolatedContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Reads run in a session of their own: GraphQL may resolve several of them at once for one request. For the services on
 * Hibernate Reactive Panache (persona-service, touchpoint-service).
 */
public final class Reads {

    private Reads() {
    }

    public static <T> Uni<T> inOwnSession(Supplier<Uni<T>> work) {
        return IsolatedContext.run(() -> Panache.withSession(work::get));
    }
}
