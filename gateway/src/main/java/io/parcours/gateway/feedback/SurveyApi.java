package io.parcours.gateway.feedback;

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

/** Surveys, served by feedback-service. */
@GraphQLApi
public class SurveyApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public SurveyApi(Forwarding forward, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("survey")
    @Description("A survey as of a version (default: the latest published, or the draft if never published); null "
            + "when unknown in the caller's workspace. Role viewer or above.")
    public Uni<Forwarded> survey() {
        return forward.read(subgraph);
    }

    @Query("surveys")
    @Description("Surveys, oldest first, 1–100 per page (default 20), optionally about one touchpoint or journey or "
            + "of one status. Role viewer or above.")
    public Uni<Forwarded> surveys() {
        return forward.read(subgraph);
    }

    @Mutation("createSurvey")
    @Description("Creates a DRAFT survey (role editor or admin).")
    public Uni<Forwarded> createSurvey() {
        return forward.write(subgraph);
    }

    @Mutation("createSurveyFromTemplate")
    @Description("Creates a DRAFT survey from the classic NPS, CSAT or CES questions, labelled in English and French "
            + "(role editor or admin).")
    public Uni<Forwarded> createSurveyFromTemplate() {
        return forward.write(subgraph);
    }

    @Mutation("updateSurvey")
    @Description("Replaces the draft of a survey; published versions never change (role editor or admin). CONFLICT "
            + "when expectedRevision is stale.")
    public Uni<Forwarded> updateSurvey() {
        return forward.write(subgraph);
    }

    @Mutation("publishSurvey")
    @Description("Publishes the draft as version n+1 and makes the survey ACTIVE (role editor or admin).")
    public Uni<Forwarded> publishSurvey() {
        return forward.write(subgraph);
    }

    @Mutation("closeSurvey")
    @Description("Stops accepting responses (role editor or admin).")
    public Uni<Forwarded> closeSurvey() {
        return forward.write(subgraph);
    }

    @Mutation("setSurveyPublicLink")
    @Description("Switches the survey's public link (Survey.publicUrl) on or off; personal links keep working (role "
            + "editor or admin). CONFLICT when expectedRevision is stale.")
    public Uni<Forwarded> setSurveyPublicLink() {
        return forward.write(subgraph);
    }

    @Mutation("createPersonalLink")
    @Description("A personal link to a survey for one respondent: signed, expiring (validDays, 30 by default), "
            + "answered once (role editor or admin).")
    public Uni<Forwarded> createPersonalLink() {
        return forward.write(subgraph);
    }
}
