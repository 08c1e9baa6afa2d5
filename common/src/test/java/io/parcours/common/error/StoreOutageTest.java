package io.parcours.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.core.VertxException;

/** Which failures say "the store cannot be reached" (UNAVAILABLE, retry) rather than "a bug of ours" (INTERNAL). */
class StoreOutageTest {

    @Test
    void connectionFailuresAreOutages() {
        assertThat(StoreOutage.causedBy(new CompletionException(new ConnectException("Connection refused")))).isTrue();
        assertThat(StoreOutage.causedBy(new RuntimeException("flush failed",
                new VertxException("Connection refused: /127.0.0.1:5432", true)))).isTrue();
        assertThat(StoreOutage.causedBy(new IllegalStateException("wrapped", new VertxException("Connection is closed"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(StoreOutage.causedBy(new NullPointerException("resultList"))).isFalse();
        assertThat(StoreOutage.causedBy(new VertxException("Timeout waiting for a worker"))).isFalse();
        assertThat(StoreOutage.causedBy(new IllegalArgumentException("bad", new IllegalStateException())))
                .isFalse();
    }
}
