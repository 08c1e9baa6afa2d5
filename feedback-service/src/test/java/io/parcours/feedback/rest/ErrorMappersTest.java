package io.parcours.feedback.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/** An unreachable store is a 503 the client retries, not an unexpected error. */
class ErrorMappersTest {

    private final ErrorMappers mappers = new ErrorMappers();

    @Test
    void anUnreachableStoreIs503WithRetryAfter() {
        RestResponse<Problems> answer = mappers.unexpected(new IllegalStateException("insert failed",
                new ConnectException("Connection refused")));
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(answer.getEntity().code()).isEqualTo("UNAVAILABLE");
        assertThat(answer.getEntity().detail()).contains("nothing was changed");
    }

    @Test
    void anythingElseIsInternalWithAReference() {
        RestResponse<Problems> answer = mappers.unexpected(new NullPointerException("bug"));
        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(answer.getEntity().code()).isEqualTo("INTERNAL");
        assertThat(answer.getEntity().detail()).contains("reference");
    }
}
