package io.parcours.feedback.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.parcours.feedback.link.LinkIssuer;
import io.parcours.feedback.survey.SurveyService;
import io.smallrye.mutiny.Uni;

/** The links respondents open: each survey's public link, personal links, and switching the public one. */
@GraphQLApi
public class SurveyLinkApi {

    private final LinkIssuer links;
    private final SurveyService surveys;

    public SurveyLinkApi(LinkIssuer links, SurveyService surveys) {
        this.links = links;
        this.surveys = surveys;
    }

    @Description("The survey's public link: anyone with it may answer (as often as they like) while it is enabled "
            + "and the survey ACTIVE. Append its hidden fields as URL parameters, e.g. ?order=A-1042; ?lang=fr picks "
            + "the language.")
    public Uni<@NonNull String> publicUrl(@Source SurveyView survey) {
        return links.publicUrl(survey.id());
    }

    @Mutation("setSurveyPublicLink")
    @Description("Switches the survey's public link on or off (role editor or admin); personal links keep working. "
            + "CONFLICT unless the draft is still at expectedRevision.")
    public Uni<@NonNull SurveyView> setSurveyPublicLink(@NonNull @Id String id, boolean enabled, int expectedRevision) {
        return surveys.setPublicLink(id, enabled, expectedRevision).map(SurveyView::of);
    }

    @Mutation("createPersonalLink")
    @Description("A personal link to the survey for one respondent (role editor or admin): signed, expiring, answered "
            + "once — a second submission returns the stored response. Send it in your own e-mail or SMS.")
    public Uni<LinkIssuer.@NonNull PersonalLink> createPersonalLink(@NonNull @Id String surveyId,
            @NonNull @Description("The respondent's pseudonymous reference, 1–200 characters, as in responses.")
            String respondentRef,
            @Id @Description("The touchpoint that led to the invitation; stored with the response when the survey "
                    + "names none.") String touchpointId,
            @DefaultValue("30") @Description("Days the link stays valid, 1–365.") int validDays) {
        return links.personal(surveyId, respondentRef, touchpointId, validDays);
    }
}
