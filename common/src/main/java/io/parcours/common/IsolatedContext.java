package io.parcours.common;

import java.util.function.Supplier;

import io.opentelemetry.context.Scope;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs work on a fresh duplicated Vert.x context of the same event loop, in the caller's trace. GraphQL resolves the root fields
 * of a query concurrently within one request; state kept per context — Hibernate Reactive's session above
 * all — must not be shared between them, so each read gets a context of its own. Marking it safe for Hibernate
 * Reactive has no public API (Quarkus' own VertxContextSafetyToggle is the only way); IsolatedContextTest pins it.
 */
public final class IsolatedContext {

    private IsolatedContext() {
    }

    public static <T> Uni<T> run(Supplier<Uni<T>> work) {
        Context current = Vertx.currentContext();
        if (current == null) {
            return work.get();
        }
        Context own = VertxContext.createNewDuplicatedContext(current);
        VertxContextSafetyToggle.setContextSafe(own, true);
        // OpenTelemetry keeps the current trace in the Vert.x context, which is new here: the caller's goes with the
        // work, so that its store calls are spans of the request.
        io.opentelemetry.context.Context trace = io.opentelemetry.context.Context.current();
        return Uni.createFrom().emitter(emitter -> own.runOnContext(ignored -> {
            Scope traced = trace.makeCurrent();
            work.get().onTermination().invoke(traced::close).subscribe().with(emitter::complete, emitter::fail);
        }));
    }
}
