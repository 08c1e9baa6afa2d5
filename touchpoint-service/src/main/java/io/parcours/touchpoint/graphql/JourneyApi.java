package io.parcours.touchpoint.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.Ids;
import io.parcours.common.validation.InputValidator;
import io.parcours.touchpoint.journey.JourneyDeletion;
import io.parcours.touchpoint.journey.JourneyFilter;
import io.parcours.touchpoint.journey.JourneyService;
import io.parcours.touchpoint.journey.JourneyStatus;
import io.parcours.touchpoint.journey.MapType;
import io.parcours.touchpoint.journey.StageTemplate;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

/** The journey subgraph's journey-level operations: thin mapping to {@link JourneyService}. */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = {
        @Import(name = "@key"), @Import(name = "@shareable") })
public class JourneyApi {

    private final JourneyService journeys;
    private final InputValidator validator;
    private final JourneyMapping mapping;

    public JourneyApi(JourneyService journeys, InputValidator validator, JourneyMapping mapping) {
        this.journeys = journeys;
        this.validator = validator;
        this.mapping = mapping;
    }

    @Query("journey")
    @Description("The journey map with this id in the caller's workspace; null if there is none. Stages and "
            + "touchpoints come with it in three database queries whatever the map's size. "
            + "Role viewer or above.")
    public Uni<JourneyView> journey(@NonNull @Id String id) {
        return journeys.find(id).map(JourneyView::of);
    }

    @Query("journeys")
    @Description("Journeys of the caller's workspace, oldest first, filtered and paged. "
            + "Role viewer or above.")
    public Uni<@NonNull JourneyConnection> journeys(
            @Id @Description("Only journeys of this persona.") String personaId,
            @Description("Only journeys in this status.") JourneyStatus status,
            @Description("Only journeys of this map type.") MapType mapType,
            @Description("Only journeys whose name contains this text, ignoring case (1–120 characters).") String search,
            @DefaultValue("20") @Description("Page size, 1–100.") Integer first,
            @Description("Cursor of the edge to continue after (pageInfo.endCursor).") String after) {
        UUID persona = personaId == null ? null : Ids.parse(personaId).orElse(new UUID(0, 0));
        return journeys.list(new JourneyFilter(persona, status, mapType, search), first, after)
                .map(JourneyConnection::of);
    }

    @Query("journeysByIds")
    @Inaccessible
    @Description("Batch lookup for the gateway: one journey per id, in argument order; null where unknown. At most 1,000 ids.")
    public Uni<@NonNull List<JourneyView>> journeysByIds(@NonNull List<@NonNull String> ids) {
        return journeys.findAll(ids).map(maps -> maps.stream().map(JourneyView::of).toList());
    }

    @Query("journeysByPersonaIds")
    @Inaccessible
    @Description("Batch lookup for the gateway: per persona id, in argument order, that persona's journeys "
            + "(oldest first; empty when none). At most 1,000 ids; three database queries whatever their number.")
    public Uni<@NonNull List<@NonNull List<@NonNull JourneyView>>> journeysByPersonaIds(@NonNull List<@NonNull String> ids) {
        return journeys.byPersonas(ids)
                .map(JourneyView::ofGroups);
    }

    /** Federation entity resolver: the parameter is named like the key field. */
    @Resolver
    public Uni<List<JourneyView>> journeysById(@NonNull List<@NonNull String> id) {
        return journeysByIds(id);
    }

    @Mutation("createJourney")
    @Description("Creates a DRAFT journey with the stages of a template, or the given stage names for CUSTOM "
            + "(1–20 names of 1–120 characters). Role editor or admin.")
    public Uni<@NonNull JourneyView> createJourney(@NonNull JourneyInput input,
            @DefaultValue("CUSTOM") @Description("Where the stages come from.") StageTemplate template,
            @Description("Stage names, in order, for a CUSTOM template.") List<String> stageNames) {
        return journeys.create(validator.checked("input", input, mapping::details),
                template == null ? StageTemplate.CUSTOM : template, stageNames).map(JourneyView::of);
    }

    @Mutation("updateJourney")
    @Description("Replaces the journey's name, description, persona and map type, if it is still at expectedVersion; "
            + "otherwise CONFLICT and nothing changes. Role editor or admin.")
    public Uni<@NonNull JourneyView> updateJourney(@NonNull @Id String id, @NonNull JourneyInput input,
            @Description("The version the client last read.") int expectedVersion) {
        return journeys.update(id, validator.checked("input", input, mapping::details), expectedVersion)
                .map(JourneyView::of);
    }

    @Mutation("setJourneyStatus")
    @Description("Changes the status: DRAFT → PUBLISHED → ARCHIVED, PUBLISHED → DRAFT, and ARCHIVED → DRAFT (restored). "
            + "Any other change is a VALIDATION error naming `status`. Role editor or admin.")
    public Uni<@NonNull JourneyView> setJourneyStatus(@NonNull @Id String id, @NonNull JourneyStatus status,
            @Description("The version the client last read.") int expectedVersion) {
        return journeys.setStatus(id, status, expectedVersion).map(JourneyView::of);
    }

    @Mutation("deleteJourney")
    @Description("Deletes the journey, if it is still at expectedVersion (otherwise CONFLICT and nothing changes): its "
            + "stages, touchpoints and the customer interactions recorded on them, in one transaction. Journeys "
            + "derived from it stay, without derivedFromId. Surveys about its touchpoints stay in the feedback "
            + "service with their responses and scores (their touchpoint is then unknown): close them there. "
            + "Role admin.")
    public Uni<@NonNull JourneyDeletion> deleteJourney(@NonNull @Id String id,
            @Description("The version the client last read.") int expectedVersion) {
        return journeys.delete(id, expectedVersion);
    }

    @Mutation("deriveJourney")
    @Description("Copies a journey with all its stages and touchpoints into a new DRAFT of the given map type "
            + "(e.g. the FUTURE_STATE of a CURRENT_STATE map; the same map type duplicates it), linked by "
            + "derivedFromId. Role editor or admin.")
    public Uni<@NonNull JourneyView> deriveJourney(@NonNull @Id String id, @NonNull MapType mapType,
            @Description("The copy's name, 1–120 characters; the source's name when omitted.") String name) {
        return journeys.derive(id, mapType, name).map(JourneyView::of);
    }
}
