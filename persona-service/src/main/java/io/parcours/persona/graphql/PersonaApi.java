package io.parcours.persona.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.Channel;
import io.parcours.common.validation.InputValidator;
import io.parcours.persona.persona.PersonaFilter;
import io.parcours.persona.persona.PersonaService;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

/** The persona subgraph: thin mapping from GraphQL arguments to {@link PersonaService}. */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = {
        @Import(name = "@key"), @Import(name = "@shareable") })
public class PersonaApi {

    private final PersonaService personas;
    private final InputValidator validator;
    private final PersonaMapping mapping;

    public PersonaApi(PersonaService personas, InputValidator validator, PersonaMapping mapping) {
        this.personas = personas;
        this.validator = validator;
        this.mapping = mapping;
    }

    @Query("persona")
    @Description("The persona with this id in the caller's workspace; null if there is none. "
            + "Role viewer or above.")
    public Uni<PersonaView> persona(@NonNull @Id String id) {
        return personas.find(id).map(PersonaView::of);
    }

    @Query("personas")
    @Description("Personas of the caller's workspace, oldest first, filtered and paged. "
            + "Role viewer or above.")
    public Uni<@NonNull PersonaConnection> personas(
            @Description("Case-insensitive text to find in name, title or summary.") String search,
            @Description("Only personas carrying this exact tag.") String tag,
            @Description("Only personas preferring this channel.") Channel channel,
            @DefaultValue("false") @Description("Also list archived personas.") boolean includeArchived,
            @DefaultValue("20") @Description("Page size, 1–100.") Integer first,
            @Description("Cursor of the edge to continue after (pageInfo.endCursor).") String after) {
        PersonaFilter filter = new PersonaFilter(blankAsNull(search), blankAsNull(tag), channel, includeArchived);
        return personas.list(filter, first, after).map(PersonaConnection::of);
    }

    @Query("personasByIds")
    @Inaccessible
    @Description("Batch lookup for the gateway: one result per id, in argument order; null where the id is unknown "
            + "in the caller's workspace. At most 1,000 ids; one database query whatever their number.")
    public Uni<@NonNull List<PersonaView>> personasByIds(@NonNull List<@NonNull String> ids) {
        return personas.findAll(ids).map(found -> found.stream().map(PersonaView::of).toList());
    }

    /** Federation entity resolver: the parameter is named like the key field. */
    @Resolver
    public Uni<List<PersonaView>> personasById(@NonNull List<@NonNull String> id) {
        return personasByIds(id);
    }

    @Mutation("createPersona")
    @Description("Creates a persona in the caller's workspace (role editor or admin).")
    public Uni<@NonNull PersonaView> createPersona(@NonNull PersonaInput input) {
        return personas.create(validator.checked("input", input, mapping::details)).map(PersonaView::of);
    }

    @Mutation("updatePersona")
    @Description("Replaces every field of a persona, if it is still at expectedVersion; otherwise a CONFLICT "
            + "error and nothing changes (role editor or admin).")
    public Uni<@NonNull PersonaView> updatePersona(@NonNull @Id String id, @NonNull PersonaInput input,
            @Description("The version the client last read.") int expectedVersion) {
        return personas.update(id, validator.checked("input", input, mapping::details), expectedVersion)
                .map(PersonaView::of);
    }

    @Mutation("archivePersona")
    @Description("Hides a persona from default listings; it stays readable by id (role editor or admin).")
    public Uni<@NonNull PersonaView> archivePersona(@NonNull @Id String id) {
        return personas.setArchived(id, true).map(PersonaView::of);
    }

    @Mutation("restorePersona")
    @Description("Brings an archived persona back into listings (role editor or admin).")
    public Uni<@NonNull PersonaView> restorePersona(@NonNull @Id String id) {
        return personas.setArchived(id, false).map(PersonaView::of);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
