package io.parcours.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Pins what IsolatedContext relies on. No public API marks a new duplicated context as safe for Hibernate Reactive
 * (only Quarkus' own VertxContextSafetyToggle does), so a Quarkus upgrade that changes it must fail here first.
 */
class IsolatedContextTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void eachRunGetsAFreshSafeDuplicatedContextOfTheSameEventLoop() throws Exception {
        Context caller = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        CompletableFuture<Context[]> seen = new CompletableFuture<>();
        caller.runOnContext(ignored -> {
            Uni<Context> first = IsolatedContext.run(() -> Uni.createFrom().item(Vertx::currentContext));
            Uni<Context> second = IsolatedContext.run(() -> Uni.createFrom().item(Vertx::currentContext));
            Uni.combine().all().unis(first, second).asTuple()
                    .subscribe().with(both -> seen.complete(new Context[] { both.getItem1(), both.getItem2() }),
                            seen::completeExceptionally);
        });
        Context[] contexts = seen.get(10, TimeUnit.SECONDS);

        for (Context own : contexts) {
            assertThat(own).isNotSameAs(caller);
            assertThat(VertxContext.isDuplicatedContext(own)).isTrue();
            assertThat(VertxContextSafetyToggle.isExplicitlyMarkedAsSafe(own)).isTrue();
            assertThat(VertxContext.getRootContext(own)).isSameAs(VertxContext.getRootContext(caller));
        }
        assertThat(contexts[0]).isNotSameAs(contexts[1]);
    }

    @Test
    void outsideVertxTheWorkRunsWhereItIs() {
        Thread here = Thread.currentThread();
        Thread ran = IsolatedContext.run(() -> Uni.createFrom().item(Thread::currentThread))
                .await().atMost(Duration.ofSeconds(5));
        assertThat(ran).isSameAs(here);
    }
}
