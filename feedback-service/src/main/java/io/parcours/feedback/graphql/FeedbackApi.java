package io.parcours.feedback.graphql;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.feedback.score.FeedbackFilter;
import io.parcours.feedback.score.FeedbackSummary;
import io.parcours.feedback.score.ScoreRecount;
import io.parcours.feedback.score.ScoreService;
import io.parcours.feedback.score.TallyRepair;
import io.parcours.feedback.score.TrendBucket;
import io.parcours.feedback.score.TrendPoint;
import io.parcours.feedback.submission.ResponseService;
import io.parcours.feedback.submission.SubmissionResult;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.mutiny.Uni;

/** Responses and scores. */
@GraphQLApi
public class FeedbackApi {

    private final ResponseService responses;
    private final ScoreService scores;
    private final TallyRepair repair;
    private final FeedbackMapping mapping;

    public FeedbackApi(ResponseService responses, ScoreService scores, TallyRepair repair, FeedbackMapping mapping) {
        this.responses = responses;
        this.mapping = mapping;
        this.scores = scores;
        this.repair = repair;
    }

    @Mutation("submitResponse")
    @Description("Stores one response (role collector, editor or admin). A retry with the same clientResponseId is "
            + "not stored again: the result is DUPLICATE with the original's id. A response the survey version does not "
            + "accept is a VALIDATION error naming the field and question (NOT_FOUND for an unknown survey); nothing is stored.")
    public Uni<@NonNull SubmissionResult> submitResponse(@NonNull ResponseInput input) {
        return responses.submit(mapping.submission(input));
    }

    @Mutation("submitResponses")
    @Description("Stores up to 500 responses, e.g. a mobile app's offline queue: one result per input, in order — "
            + "ACCEPTED, DUPLICATE (with the original's id) or REJECTED (with reasons). "
            + "Role collector, editor or admin.")
    public Uni<@NonNull List<@NonNull SubmissionResult>> submitResponses(@NonNull List<@NonNull ResponseInput> inputs) {
        return responses.submitAll(inputs.stream().map(mapping::submission).toList());
    }

    @Mutation("eraseRespondent")
    @Description("Deletes every response of this respondentRef in the caller's workspace and its contact (with its "
            + "e-mail address and phone number), and takes the reference off alerts and kept webhook messages (role "
            + "admin); returns how many responses.")
    public Uni<Long> eraseRespondent(@NonNull String respondentRef) {
        return responses.eraseRespondent(respondentRef);
    }

    @Mutation("recountScores")
    @Description("Compares every daily score tally of the caller's workspace with a count of its stored responses and "
            + "sets those that differ to the count (role admin). Tallies are also repaired on their own after a crash, "
            + "within seconds; this says what was corrected.")
    public Uni<@NonNull ScoreRecount> recountScores() {
        return repair.recountWorkspace();
    }

    @Query("feedbackSummary")
    @Description("Response count and NPS, CSAT and CES scores of the responses matching the filter. "
            + "Role viewer or above.")
    public Uni<@NonNull FeedbackSummary> feedbackSummary(FeedbackFilter filter) {
        return scores.summary(filter);
    }

    @Query("feedbackTrend")
    @Description("The same scores per bucket of submittedAt (UTC), oldest first; only buckets that hold responses. "
            + "Role viewer or above.")
    public Uni<@NonNull List<@NonNull TrendPoint>> feedbackTrend(FeedbackFilter filter,
            @DefaultValue("WEEK") TrendBucket bucket) {
        return scores.trend(filter, bucket == null ? TrendBucket.WEEK : bucket);
    }

    @Query("summariesByTouchpointIds")
    @Inaccessible
    @Description("Batch for the gateway: one summary per touchpoint id, in argument order (responseCount 0 where none), "
            + "over from ≤ submittedAt < to. One aggregation for all ids; at most 1,000.")
    public Uni<@NonNull List<@NonNull FeedbackSummary>> summariesByTouchpointIds(@NonNull List<@NonNull String> ids,
            OffsetDateTime from, OffsetDateTime to) {
        return scores.byLink("touchpointId", ids, FeedbackFilter.between(from, to));
    }

    @Query("summariesByStageIds")
    @Inaccessible
    @Description("Batch for the gateway: one summary per stage id, in argument order; as summariesByTouchpointIds.")
    public Uni<@NonNull List<@NonNull FeedbackSummary>> summariesByStageIds(@NonNull List<@NonNull String> ids,
            OffsetDateTime from, OffsetDateTime to) {
        return scores.byLink("stageId", ids, FeedbackFilter.between(from, to));
    }

    @Query("summariesByJourneyIds")
    @Inaccessible
    @Description("Batch for the gateway: one summary per journey id, in argument order; as summariesByTouchpointIds.")
    public Uni<@NonNull List<@NonNull FeedbackSummary>> summariesByJourneyIds(@NonNull List<@NonNull String> ids,
            OffsetDateTime from, OffsetDateTime to) {
        return scores.byLink("journeyId", ids, FeedbackFilter.between(from, to));
    }
}
