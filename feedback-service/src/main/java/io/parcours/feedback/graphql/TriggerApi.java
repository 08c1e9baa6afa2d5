package io.parcours.feedback.graphql;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.parcours.feedback.invitation.InvitationChannel;
import io.parcours.feedback.trigger.SurveyTrigger;
import io.parcours.feedback.trigger.TriggerService;
import io.smallrye.mutiny.Uni;

/** Survey triggers: a customer meets a touchpoint, and after a delay they are invited to a survey by e-mail. */
@GraphQLApi
public class TriggerApi {

    private final TriggerService triggers;

    public TriggerApi(TriggerService triggers) {
        this.triggers = triggers;
    }

    @Query("surveyTriggers")
    @Description("The survey's triggers, oldest first, with what each did so far (role viewer or above).")
    public Uni<@NonNull List<@NonNull SurveyTriggerView>> surveyTriggers(@NonNull @Id String surveyId) {
        return triggers.ofSurvey(surveyId).map(found -> found.stream().map(SurveyTriggerView::of).toList());
    }

    @Mutation("createSurveyTrigger")
    @Description("When a customer meets the touchpoint (an interaction recorded by touchpoint-service), invite them to "
            + "the survey by e-mail delaySeconds later (role editor or admin; at most 20 triggers per survey). Fires for "
            + "interactions that occur from now on, of customers who are contacts; the others are counted. Each "
            + "invitation then follows the invitation rules: consent, unsubscription, one per contact per throttle "
            + "period, never twice for the same survey and touchpoint.")
    public Uni<@NonNull SurveyTriggerView> createSurveyTrigger(@NonNull SurveyTriggerInput input) {
        return triggers.create(input.surveyId, input.touchpointId, input.delaySeconds,
                input.channel == null ? InvitationChannel.EMAIL : input.channel).map(SurveyTriggerView::of);
    }

    @Mutation("setSurveyTriggerEnabled")
    @Description("Pauses (false) or resumes (true) a trigger (role editor or admin); interactions while it is paused "
            + "fire nothing, also later.")
    public Uni<@NonNull SurveyTriggerView> setSurveyTriggerEnabled(@NonNull @Id String id, boolean enabled) {
        return triggers.setEnabled(id, enabled).map(SurveyTriggerView::of);
    }

    @Mutation("deleteSurveyTrigger")
    @Description("Removes a trigger (role editor or admin); the invitations it scheduled stay.")
    public Uni<@NonNull Boolean> deleteSurveyTrigger(@NonNull @Id String id) {
        return triggers.delete(id);
    }

    @Name("SurveyTriggerInput")
    @Description("A new survey trigger.")
    public static class SurveyTriggerInput {
        @NonNull
        @Id
        @Description("The survey to invite to.")
        public String surveyId;
        @NonNull
        @Id
        @Description("The touchpoint whose interactions fire it.")
        public String touchpointId;
        @Description("Seconds from the interaction to the invitation, 0 to 7,776,000 (90 days).")
        public int delaySeconds;
        @DefaultValue("EMAIL")
        @Description("How the invitation goes: EMAIL, or SMS (contacts with a phone number and SMS consent).")
        public InvitationChannel channel;
    }

    @Name("SurveyTrigger")
    @Description("Invites the customers who meet a touchpoint to a survey, a delay later.")
    public record SurveyTriggerView(@NonNull @Id String id, @NonNull @Id String surveyId,
            @NonNull @Id @Description("The touchpoint whose interactions fire it.") String touchpointId,
            @NonNull @Description("How its invitations go.") InvitationChannel channel,
            @Description("Seconds from the interaction to the invitation.") int delaySeconds,
            @Description("Whether it fires (paused when false).") boolean enabled,
            @Description("Interactions that fired it.") int interactions,
            @Description("Invitations it scheduled (one per interaction of a contact).") int invited,
            @Description("Interactions of customers who are no contact: counted, nobody to invite.") int withoutContact,
            @NonNull Instant createdAt) {

        static SurveyTriggerView of(SurveyTrigger t) {
            return new SurveyTriggerView(t.id(), t.surveyId(), t.touchpointId(), t.channel(), Math.toIntExact(t.delaySeconds()),
                    t.enabled(), Math.toIntExact(t.interactions()), Math.toIntExact(t.invited()),
                    Math.toIntExact(t.withoutContact()), t.createdAt());
        }
    }
}
