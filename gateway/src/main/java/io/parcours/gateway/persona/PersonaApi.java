package io.parcours.gateway.persona;

import java.util.Arrays;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.Channel;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Personas, served by persona-service. */
@GraphQLApi
public class PersonaApi {

    private final PersonaClient client;
    private final Subgraph subgraph;

    public PersonaApi(PersonaClient client, @Named(Subgraphs.PERSONA) Subgraph subgraph) {
        this.client = client;
        this.subgraph = subgraph;
    }

    @Query("persona")
    @Description("A persona by id; null when unknown in the caller's workspace. Role viewer or above.")
    public Uni<Persona> persona(@NonNull @Id String id) {
        return subgraph.read("persona", Arrays.asList(id), auth -> client.persona(auth, id));
    }

    @Query("personas")
    @Description("Personas, oldest first, 1–100 per page (default 20). search matches name, title and summary; "
            + "archived personas only with includeArchived. Role viewer or above.")
    public Uni<@NonNull PersonaConnection> personas(String search, String tag, Channel channel,
            @DefaultValue("false") boolean includeArchived, @DefaultValue("20") int first, String after) {
        return subgraph.read("personas", Arrays.asList(search, tag, channel, includeArchived, first, after),
                auth -> client.personas(auth, search, tag, channel, includeArchived, first, after));
    }

    @Mutation("createPersona")
    @Description("Creates a persona (role editor or admin).")
    public Uni<@NonNull Persona> createPersona(@NonNull PersonaInput input) {
        return subgraph.write(auth -> client.createPersona(auth, input));
    }

    @Mutation("updatePersona")
    @Description("Replaces a persona's content (role editor or admin). CONFLICT when expectedVersion is not the "
            + "current version: someone else changed it first.")
    public Uni<@NonNull Persona> updatePersona(@NonNull @Id String id, @NonNull PersonaInput input, int expectedVersion) {
        return subgraph.write(auth -> client.updatePersona(auth, id, input, expectedVersion));
    }

    @Mutation("archivePersona")
    @Description("Hides a persona from listings; it stays readable by id (role editor or admin).")
    public Uni<@NonNull Persona> archivePersona(@NonNull @Id String id) {
        return subgraph.write(auth -> client.archivePersona(auth, id));
    }

    @Mutation("restorePersona")
    @Description("Brings an archived persona back into listings (role editor or admin).")
    public Uni<@NonNull Persona> restorePersona(@NonNull @Id String id) {
        return subgraph.write(auth -> client.restorePersona(auth, id));
    }
}
