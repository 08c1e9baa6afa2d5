package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.feedback.invitation.InvitationRates;
import io.parcours.feedback.score.FeedbackFilter;
import io.parcours.feedback.score.FeedbackSummary;
import io.parcours.feedback.score.ScoreService;
import io.smallrye.mutiny.Uni;

/** What each survey of a listing gathered: its scores and its response rate, for every survey of a page at once. */
@GraphQLApi
public class SurveyStatsApi {

    private final ScoreService scores;
    private final InvitationRates rates;

    public SurveyStatsApi(ScoreService scores, InvitationRates rates) {
        this.scores = scores;
        this.rates = rates;
    }

    @Name("feedback")
    @Description("All-time scores of the survey's responses (every version), with their count.")
    public Uni<List<@NonNull FeedbackSummary>> surveyFeedback(@Source List<SurveyView> surveys) {
        return scores.byLink("surveyId", ids(surveys), FeedbackFilter.between(null, null));
    }

    @Name("invitationStats")
    @Description("What became of the survey's invitations: invited, sent, opened, answered, response rate, median "
            + "time to answer, in all and per channel.")
    public Uni<List<@NonNull InvitationStatsView>> surveyInvitationStats(@Source List<SurveyView> surveys) {
        return rates.byLink("surveyId", ids(surveys)).map(InvitationStatsView::all);
    }

    private static List<String> ids(List<SurveyView> surveys) {
        return surveys.stream().map(SurveyView::id).toList();
    }
}
