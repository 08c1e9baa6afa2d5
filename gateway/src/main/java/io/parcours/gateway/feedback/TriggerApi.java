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

/** Survey triggers (an interaction at a touchpoint invites the customer to a survey), served by feedback-service. */
@GraphQLApi
public class TriggerApi {

    private final Forwarding forward;
    private final Subgraph subgraph;

    public TriggerApi(Forwarding forward, @Named(Subgraphs.FEEDBACK) Subgraph subgraph) {
        this.forward = forward;
        this.subgraph = subgraph;
    }

    @Query("surveyTriggers")
    @Description("The survey's triggers with what each did so far (role viewer or above).")
    public Uni<Forwarded> surveyTriggers() {
        return forward.read(subgraph);
    }

    @Mutation("createSurveyTrigger")
    @Description("When a customer meets the touchpoint, invite them to the survey by e-mail after a delay (role "
            + "editor or admin).")
    public Uni<Forwarded> createSurveyTrigger() {
        return forward.write(subgraph);
    }

    @Mutation("setSurveyTriggerEnabled")
    @Description("Pauses or resumes a survey trigger (role editor or admin).")
    public Uni<Forwarded> setSurveyTriggerEnabled() {
        return forward.write(subgraph);
    }

    @Mutation("deleteSurveyTrigger")
    @Description("Removes a survey trigger; the invitations it scheduled stay (role editor or admin).")
    public Uni<Forwarded> deleteSurveyTrigger() {
        return forward.write(subgraph);
    }
}
