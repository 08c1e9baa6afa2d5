package io.parcours.gateway.persona;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.Channel;
import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/** persona-service's GraphQL API; each call passes the caller's Authorization header on. */
@GraphQLClientApi(configKey = "persona")
public interface PersonaClient {

    Uni<Persona> persona(@Header(name = "Authorization") String authorization, @NonNull @Id String id);

    Uni<PersonaConnection> personas(@Header(name = "Authorization") String authorization, String search, String tag,
            Channel channel, Boolean includeArchived, Integer first, String after);

    Uni<List<Persona>> personasByIds(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> ids);

    @Mutation
    Uni<Persona> createPersona(@Header(name = "Authorization") String authorization, @NonNull PersonaInput input);

    @Mutation
    Uni<Persona> updatePersona(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            @NonNull PersonaInput input, int expectedVersion);

    @Mutation
    Uni<Persona> archivePersona(@Header(name = "Authorization") String authorization, @NonNull @Id String id);

    @Mutation
    Uni<Persona> restorePersona(@Header(name = "Authorization") String authorization, @NonNull @Id String id);
}
