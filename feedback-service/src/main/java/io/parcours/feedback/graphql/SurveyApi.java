package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.common.validation.CheckedInput;
import io.parcours.common.validation.InputValidator;
import io.parcours.feedback.survey.SurveyAsOf;
import io.parcours.feedback.survey.SurveyDetails;
import io.parcours.feedback.survey.SurveyFilter;
import io.parcours.feedback.survey.SurveyKind;
import io.parcours.feedback.survey.SurveyService;
import io.parcours.feedback.survey.SurveyStatus;
import io.smallrye.graphql.api.federation.Inaccessible;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;

/** The feedback subgraph's survey operations: thin mapping to {@link SurveyService}. */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.7", _import = {
        @Import(name = "@key"), @Import(name = "@shareable") })
public class SurveyApi {

    private final SurveyService surveys;
    private final InputValidator validator;
    private final FeedbackMapping mapping;

    public SurveyApi(SurveyService surveys, InputValidator validator, FeedbackMapping mapping) {
        this.surveys = surveys;
        this.validator = validator;
        this.mapping = mapping;
    }

    @Query("survey")
    @Description("A survey as of a version: omitted → the latest published one (the draft while never published), "
            + "0 → the draft, n → version n. Null when unknown in the caller's workspace. "
            + "Role viewer or above.")
    public Uni<SurveyView> survey(@NonNull @Id String id, Integer version) {
        return surveys.find(id, version).map(SurveyView::of);
    }

    @Query("surveys")
    @Description("Surveys of the caller's workspace, oldest first, filtered and paged. "
            + "Role viewer or above.")
    public Uni<@NonNull SurveyConnection> surveys(@Id @Description("Only surveys about this touchpoint.") String touchpointId,
            @Id @Description("Only surveys about this journey.") String journeyId,
            @Description("Only surveys in this status.") SurveyStatus status,
            @DefaultValue("20") @Description("Page size, 1–100.") Integer first,
            @Description("Cursor of the edge to continue after.") String after) {
        return surveys.list(new SurveyFilter(touchpointId, journeyId, status), first, after).map(SurveyConnection::of);
    }

    @Query("surveysByTouchpointIds")
    @Inaccessible
    @Description("Batch lookup for the gateway: per touchpoint id, in argument order, its surveys (latest published "
            + "versions, oldest first; empty when none). At most 1,000 ids.")
    public Uni<@NonNull List<@NonNull List<@NonNull SurveyView>>> surveysByTouchpointIds(@NonNull List<@NonNull String> ids) {
        return views(surveys.byTouchpoints(ids));
    }

    static Uni<List<List<SurveyView>>> views(Uni<List<List<SurveyAsOf>>> perTouchpoint) {
        return perTouchpoint.map(lists -> lists.stream().map(list -> list.stream().map(SurveyView::of).toList()).toList());
    }

    /** Federation entity resolver: the parameter is named like the key field. */
    @Resolver
    public Uni<List<SurveyView>> surveysById(@NonNull List<@NonNull String> id) {
        return surveys.findAll(id).map(found -> found.stream().map(SurveyView::of).toList());
    }

    @Mutation("createSurvey")
    @Description("Creates a DRAFT survey (role editor or admin).")
    public Uni<@NonNull SurveyView> createSurvey(@NonNull SurveyInput input) {
        return surveys.create(validator.checked("input", input, mapping::details)).map(SurveyView::of);
    }

    @Mutation("createSurveyFromTemplate")
    @Description("Creates a DRAFT with the classic questions of an NPS, CSAT or CES survey (the score question, "
            + "\"How did you discover our brand?\", and the reason), labelled in English and French. The input's "
            + "questions are ignored; its title defaults to \"<KIND> survey\". "
            + "Role editor or admin.")
    public Uni<@NonNull SurveyView> createSurveyFromTemplate(@NonNull SurveyKind kind, SurveyTemplateInput input) {
        SurveyTemplateInput template = input == null ? new SurveyTemplateInput() : input;
        // Built only when the service asks: after its kind and role checks.
        CheckedInput<SurveyDetails> draft = () -> validator.checked("input", template.asSurveyInput(kind), mapping::details)
                .value();
        return surveys.createFromTemplate(kind, draft).map(SurveyView::of);
    }

    @Mutation("updateSurvey")
    @Description("Replaces the draft if it is still at expectedRevision (otherwise CONFLICT). Respondents see the "
            + "change once it is published as a new version. "
            + "Role editor or admin.")
    public Uni<@NonNull SurveyView> updateSurvey(@NonNull @Id String id, @NonNull SurveyInput input, int expectedRevision) {
        return surveys.update(id, validator.checked("input", input, mapping::details), expectedRevision)
                .map(SurveyView::of);
    }

    @Mutation("publishSurvey")
    @Description("Makes the survey ACTIVE. A never published or edited draft becomes the next version first; "
            + "earlier responses stay pinned to the version they answered. "
            + "Role editor or admin.")
    public Uni<@NonNull SurveyView> publishSurvey(@NonNull @Id String id, int expectedRevision) {
        return surveys.publish(id, expectedRevision).map(SurveyView::of);
    }

    @Mutation("closeSurvey")
    @Description("Stops an ACTIVE survey taking responses; publishing reopens it. "
            + "Role editor or admin.")
    public Uni<@NonNull SurveyView> closeSurvey(@NonNull @Id String id, int expectedRevision) {
        return surveys.close(id, expectedRevision).map(SurveyView::of);
    }
}
