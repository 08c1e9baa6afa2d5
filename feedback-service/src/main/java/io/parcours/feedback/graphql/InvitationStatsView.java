package io.parcours.feedback.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.feedback.invitation.InvitationRates;

@Name("InvitationStats")
@Description("What became of some invitations (of a survey, touchpoint, stage or journey): in all, and per channel.")
public record InvitationStatsView(
        @Description("EMAIL for the e-mail invitations; null where all channels are counted.") String channel,
        @Description("Invitations made, in any state.") int invited,
        @Description("Not sent yet.") int scheduled,
        @Description("Sent (then perhaps opened, answered, bounced or expired).") int sent,
        @Description("Whose link was opened (answered ones included).") int opened,
        @Description("Answered through their link.") int answered,
        @Description("Not sent, each for its reason (see invitations).") int suppressed,
        @Description("Refused by the mail server.") int failed,
        @Description("answered / sent, from 0 to 1; null before any was sent.") Double responseRate,
        @Description("Median seconds from sending to answering; null before any answer.") Integer medianSecondsToAnswer,
        @NonNull @Description("The same numbers per channel (empty where none was invited; empty within a channel).")
        List<@NonNull InvitationStatsView> byChannel) {

    static InvitationStatsView of(InvitationRates.Stats s) {
        return new InvitationStatsView(s.channel(), Math.toIntExact(s.invited()), Math.toIntExact(s.scheduled()),
                Math.toIntExact(s.sent()), Math.toIntExact(s.opened()), Math.toIntExact(s.answered()),
                Math.toIntExact(s.suppressed()), Math.toIntExact(s.failed()), s.responseRate(),
                s.medianSecondsToAnswer() == null ? null : Math.toIntExact(s.medianSecondsToAnswer()),
                s.byChannel().stream().map(InvitationStatsView::of).toList());
    }

    static List<InvitationStatsView> all(List<InvitationRates.Stats> stats) {
        return stats.stream().map(InvitationStatsView::of).toList();
    }
}
