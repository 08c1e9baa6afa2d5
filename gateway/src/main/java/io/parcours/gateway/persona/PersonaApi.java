package io.parcours.gateway.persona;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.gateway.forward.Forwarded;
import io.parcours.gateway.forward.Forwarding;
import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Personas, served by persona-service. */
@GraphQLApi
public class PersonaApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public PersonaApi(Forwarding forward, @Named(Subgraphs.PERSONA) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("persona")
    @Description("A persona by id; null when unknown in the caller's workspace. Role viewer or above.")
    public Uni<Forwarded> persona() {
        return forward.read(subgraph);
    }

    @Query("personas")
    @Description("Personas, oldest first, 1–100 per page (default 20). search matches name, title and summary; "
            + "archived personas only with includeArchived. Role viewer or above.")
    public Uni<Forwarded> personas() {
        return forward.read(subgraph);
    }

    @Mutation("createPersona")
    @Description("Creates a persona (role editor or admin).")
    public Uni<Forwarded> createPersona() {
        return forward.write(subgraph);
    }

    @Mutation("updatePersona")
    @Description("Replaces a persona's content (role editor or admin). CONFLICT when expectedVersion is not the "
            + "current version: someone else changed it first.")
    public Uni<Forwarded> updatePersona() {
        return forward.write(subgraph);
    }

    @Mutation("archivePersona")
    @Description("Hides a persona from listings; it stays readable by id (role editor or admin).")
    public Uni<Forwarded> archivePersona() {
        return forward.write(subgraph);
    }

    @Mutation("restorePersona")
    @Description("Brings an archived persona back into listings (role editor or admin).")
    public Uni<Forwarded> restorePersona() {
        return forward.write(subgraph);
    }
}
