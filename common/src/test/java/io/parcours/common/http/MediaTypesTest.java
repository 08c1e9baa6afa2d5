package io.parcours.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void jsonWithParametersOrRepeatedIsJson() {
        assertThat(MediaTypes.isJsonRequest("application/json")).isTrue();
        assertThat(MediaTypes.isJsonRequest("Application/JSON; charset=utf-8")).isTrue();
        assertThat(MediaTypes.isJsonRequest("application/json, application/json")).isTrue();
        assertThat(MediaTypes.isJsonRequest("application/graphql-response+json")).isTrue();
        assertThat(MediaTypes.isJsonRequest("text/plain")).isFalse();
        assertThat(MediaTypes.isJsonRequest("application/json, text/plain")).isFalse();
        assertThat(MediaTypes.isJsonRequest("application/x-www-form-urlencoded")).isFalse();
        assertThat(MediaTypes.isJsonRequest(null)).isFalse();
    }

    @Test
    void graphqlResponseIsPreferredOnlyWhenAskedFirst() {
        assertThat(MediaTypes.prefersGraphQLResponse("application/graphql-response+json")).isTrue();
        assertThat(MediaTypes.prefersGraphQLResponse("application/graphql-response+json, application/json;q=0.9")).isTrue();
        assertThat(MediaTypes.prefersGraphQLResponse("application/json, application/graphql-response+json;q=0.5")).isFalse();
        assertThat(MediaTypes.prefersGraphQLResponse("application/json, multipart/mixed")).isFalse();
        assertThat(MediaTypes.prefersGraphQLResponse("*/*")).isFalse();
        assertThat(MediaTypes.prefersGraphQLResponse(null)).isFalse();
    }
}
