package io.parcours.gateway.feedback;

import java.util.Arrays;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.gateway.subgraph.Subgraph;
import io.parcours.gateway.subgraph.Subgraphs;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Named;

/** Surveys, served by feedback-service. */
@GraphQLApi
public class SurveyApi {

    private final FeedbackClient client;
    private final Subgraph subgraph;

    public SurveyApi(FeedbackClient client, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.client = client;
        this.subgraph = subgraph;
    }

    @Query("survey")
    @Description("A survey as of a version (default: the latest published, or the draft if never published); null "
            + "when unknown in the caller's workspace. Role viewer or above.")
    public Uni<Survey> survey(@NonNull @Id String id, Integer version) {
        return subgraph.read("survey", Arrays.asList(id, version), auth -> client.survey(auth, id, version));
    }

    @Query("surveys")
    @Description("Surveys, oldest first, 1–100 per page (default 20), optionally about one touchpoint or journey or "
            + "of one status. Role viewer or above.")
    public Uni<@NonNull SurveyConnection> surveys(@Id String touchpointId, @Id String journeyId, SurveyStatus status,
            @DefaultValue("20") int first, String after) {
        return subgraph.read("surveys", Arrays.asList(touchpointId, journeyId, status, first, after),
                auth -> client.surveys(auth, touchpointId, journeyId, status, first, after));
    }

    @Mutation("createSurvey")
    @Description("Creates a DRAFT survey (role editor or admin).")
    public Uni<@NonNull Survey> createSurvey(@NonNull SurveyInput input) {
        return subgraph.write(auth -> client.createSurvey(auth, input));
    }

    @Mutation("createSurveyFromTemplate")
    @Description("Creates a DRAFT survey from the classic NPS, CSAT or CES questions, labelled in English and French "
            + "(role editor or admin).")
    public Uni<@NonNull Survey> createSurveyFromTemplate(@NonNull SurveyKind kind, SurveyTemplateInput input) {
        return subgraph.write(auth -> client.createSurveyFromTemplate(auth, kind, input));
    }

    @Mutation("updateSurvey")
    @Description("Replaces the draft of a survey; published versions never change (role editor or admin). CONFLICT "
            + "when expectedRevision is stale.")
    public Uni<@NonNull Survey> updateSurvey(@NonNull @Id String id, @NonNull SurveyInput input, int expectedRevision) {
        return subgraph.write(auth -> client.updateSurvey(auth, id, input, expectedRevision));
    }

    @Mutation("publishSurvey")
    @Description("Publishes the draft as version n+1 and makes the survey ACTIVE (role editor or admin).")
    public Uni<@NonNull Survey> publishSurvey(@NonNull @Id String id, int expectedRevision) {
        return subgraph.write(auth -> client.publishSurvey(auth, id, expectedRevision));
    }

    @Mutation("closeSurvey")
    @Description("Stops accepting responses (role editor or admin).")
    public Uni<@NonNull Survey> closeSurvey(@NonNull @Id String id, int expectedRevision) {
        return subgraph.write(auth -> client.closeSurvey(auth, id, expectedRevision));
    }
}
