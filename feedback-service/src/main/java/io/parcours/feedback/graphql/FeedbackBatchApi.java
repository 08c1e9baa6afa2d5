package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.Ids;
import io.parcours.feedback.score.FeedbackFilter;
import io.parcours.feedback.score.FeedbackSummary;
import io.parcours.feedback.score.ScoreService;
import io.parcours.feedback.survey.SurveyService;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.mutiny.Uni;

/** One query for all the feedback a journey view shows, so the gateway makes one request where it made four. */
@GraphQLApi
public class FeedbackBatchApi {

    private final ScoreService scores;
    private final SurveyService surveys;

    public FeedbackBatchApi(ScoreService scores, SurveyService surveys) {
        this.scores = scores;
        this.surveys = surveys;
    }

    @Query("feedbackBatch")
    @Inaccessible
    @Description("Batch for the gateway: all-time summaries of journeys, stages and touchpoints, and the surveys "
            + "about the touchpoints of surveyTouchpointIds, read in parallel. Each list of ids may be empty (its "
            + "answer is then empty); at most 1,000 ids per list.")
    public Uni<@NonNull FeedbackBatch> feedbackBatch(@NonNull List<@NonNull String> journeyIds,
            @NonNull List<@NonNull String> stageIds, @NonNull List<@NonNull String> touchpointIds,
            @NonNull List<@NonNull String> surveyTouchpointIds) {
        return Ids.checkBatch("journeyIds", journeyIds)
                .chain(() -> Ids.checkBatch("stageIds", stageIds))
                .chain(() -> Ids.checkBatch("touchpointIds", touchpointIds))
                .chain(() -> Ids.checkBatch("surveyTouchpointIds", surveyTouchpointIds))
                .chain(() -> Uni.combine().all()
                        .unis(summaries("journeyId", journeyIds), summaries("stageId", stageIds),
                                summaries("touchpointId", touchpointIds), surveys(surveyTouchpointIds))
                        .with(FeedbackBatch::new));
    }

    private Uni<List<FeedbackSummary>> summaries(String link, List<String> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : scores.byLink(link, ids, new FeedbackFilter());
    }

    private Uni<List<List<SurveyView>>> surveys(List<String> touchpointIds) {
        return touchpointIds.isEmpty() ? Uni.createFrom().item(List.of())
                : SurveyApi.views(surveys.byTouchpoints(touchpointIds));
    }
}
