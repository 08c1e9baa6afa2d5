package io.parcours.feedback.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.feedback.score.FeedbackFilter;
import io.parcours.feedback.score.FeedbackSummary;
import io.parcours.feedback.score.ScoreService;
import io.parcours.feedback.survey.SurveyService;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;

/**
 * What this subgraph adds to touchpoint-service's entities, the federation way: a router resolves a journey, stage
 * or touchpoint here by its id alone and asks for its scores or surveys. Each field receives every entity of its
 * fetch at once and answers with one aggregation (scores) or one query (surveys), results in order.
 */
@GraphQLApi
public class EntityFeedbackApi {

    private final ScoreService scores;
    private final SurveyService surveys;

    public EntityFeedbackApi(ScoreService scores, SurveyService surveys) {
        this.scores = scores;
        this.surveys = surveys;
    }

    /** Entity resolvers: the parameter is named like the key field; existence is touchpoint-service's to say. */
    @Resolver
    public List<JourneyReference> journeysById(@NonNull List<@NonNull String> id) {
        return id.stream().map(JourneyReference::new).toList();
    }

    @Resolver
    public List<StageReference> stagesById(@NonNull List<@NonNull String> id) {
        return id.stream().map(StageReference::new).toList();
    }

    @Resolver
    public List<TouchpointReference> touchpointsById(@NonNull List<@NonNull String> id) {
        return id.stream().map(TouchpointReference::new).toList();
    }

    @Name("feedback")
    @Description("Scores of the responses about this journey submitted in from ≤ submittedAt < to (all time without "
            + "bounds). Every journey feedback selection of one request uses the same range.")
    public Uni<List<@NonNull FeedbackSummary>> journeyFeedback(@Source List<JourneyReference> journeys,
            OffsetDateTime from, OffsetDateTime to) {
        return summaries("journeyId", journeys.stream().map(JourneyReference::id).toList(), from, to);
    }

    @Name("feedback")
    @Description("Scores of the responses about this stage submitted in from ≤ submittedAt < to (all time without "
            + "bounds). Every stage feedback selection of one request uses the same range.")
    public Uni<List<@NonNull FeedbackSummary>> stageFeedback(@Source List<StageReference> stages,
            OffsetDateTime from, OffsetDateTime to) {
        return summaries("stageId", stages.stream().map(StageReference::id).toList(), from, to);
    }

    @Name("feedback")
    @Description("Scores of the responses about this touchpoint submitted in from ≤ submittedAt < to (all time "
            + "without bounds). Every touchpoint feedback selection of one request uses the same range.")
    public Uni<List<@NonNull FeedbackSummary>> touchpointFeedback(@Source List<TouchpointReference> touchpoints,
            OffsetDateTime from, OffsetDateTime to) {
        return summaries("touchpointId", touchpoints.stream().map(TouchpointReference::id).toList(), from, to);
    }

    @Name("surveys")
    @Description("Surveys about this touchpoint, oldest first (each as of its latest published version, the draft "
            + "while never published).")
    public Uni<List<@NonNull List<@NonNull SurveyView>>> touchpointSurveys(@Source List<TouchpointReference> touchpoints) {
        return SurveyApi.views(surveys.byTouchpoints(touchpoints.stream().map(TouchpointReference::id).toList()));
    }

    private Uni<List<FeedbackSummary>> summaries(String link, List<String> ids, OffsetDateTime from, OffsetDateTime to) {
        return scores.byLink(link, ids, FeedbackFilter.between(from, to));
    }
}
