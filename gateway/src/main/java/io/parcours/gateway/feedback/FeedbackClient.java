package io.parcours.gateway.feedback;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;

/** feedback-service's GraphQL API; each call passes the caller's Authorization header on. */
@GraphQLClientApi(configKey = "feedback")
public interface FeedbackClient {

    Uni<Survey> survey(@Header(name = "Authorization") String authorization, @NonNull @Id String id, Integer version);

    Uni<SurveyConnection> surveys(@Header(name = "Authorization") String authorization, @Id String touchpointId,
            @Id String journeyId, SurveyStatus status, Integer first, String after);

    Uni<List<List<Survey>>> surveysByTouchpointIds(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> ids);

    Uni<FeedbackSummary> feedbackSummary(@Header(name = "Authorization") String authorization, FeedbackFilter filter);

    Uni<List<TrendPoint>> feedbackTrend(@Header(name = "Authorization") String authorization, FeedbackFilter filter,
            TrendBucket bucket);

    Uni<List<FeedbackSummary>> summariesByTouchpointIds(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> ids, OffsetDateTime from, OffsetDateTime to);

    Uni<List<FeedbackSummary>> summariesByStageIds(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> ids, OffsetDateTime from, OffsetDateTime to);

    Uni<List<FeedbackSummary>> summariesByJourneyIds(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> ids, OffsetDateTime from, OffsetDateTime to);

    Uni<FeedbackBatch> feedbackBatch(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull String> journeyIds, @NonNull List<@NonNull String> stageIds,
            @NonNull List<@NonNull String> touchpointIds, @NonNull List<@NonNull String> surveyTouchpointIds);

    @Mutation
    Uni<Survey> createSurvey(@Header(name = "Authorization") String authorization, @NonNull SurveyInput input);

    @Mutation
    Uni<Survey> createSurveyFromTemplate(@Header(name = "Authorization") String authorization, @NonNull SurveyKind kind,
            SurveyTemplateInput input);

    @Mutation
    Uni<Survey> updateSurvey(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            @NonNull SurveyInput input, int expectedRevision);

    @Mutation
    Uni<Survey> publishSurvey(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            int expectedRevision);

    @Mutation
    Uni<Survey> closeSurvey(@Header(name = "Authorization") String authorization, @NonNull @Id String id,
            int expectedRevision);

    @Mutation
    Uni<SubmissionResult> submitResponse(@Header(name = "Authorization") String authorization,
            @NonNull ResponseInput input);

    @Mutation
    Uni<List<SubmissionResult>> submitResponses(@Header(name = "Authorization") String authorization,
            @NonNull List<@NonNull ResponseInput> inputs);

    @Mutation
    Uni<Long> eraseRespondent(@Header(name = "Authorization") String authorization, @NonNull String respondentRef);

    @Mutation
    Uni<ScoreRecount> recountScores(@Header(name = "Authorization") String authorization);
}
