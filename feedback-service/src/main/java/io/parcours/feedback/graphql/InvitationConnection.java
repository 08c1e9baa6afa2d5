package io.parcours.feedback.graphql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageCursor;
import io.parcours.common.paging.PageInfo;
import io.parcours.feedback.invitation.Invitation;
import io.parcours.feedback.invitation.InvitationChannel;
import io.parcours.feedback.invitation.InvitationService.InvitationPage;
import io.parcours.feedback.invitation.InvitationState;
import io.parcours.feedback.invitation.Suppression;

@Description("One page of invitations, oldest first (creation time, then id), Relay style.")
public record InvitationConnection(
        @NonNull @Description("The invitations of this page, each with its cursor.") List<@NonNull InvitationEdge> edges,
        @NonNull @Description("Where this page sits in the whole listing.") PageInfo pageInfo,
        @Description("How many invitations match the filter in total, across all pages.") int totalCount) {

    static InvitationConnection of(InvitationPage page) {
        List<InvitationEdge> edges = page.invitations().stream().map(i -> new InvitationEdge(
                new PageCursor(i.createdAt(), UUID.fromString(i.id())).encode(), InvitationView.of(i))).toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new InvitationConnection(edges, new PageInfo(page.hasNextPage(), endCursor),
                Math.toIntExact(page.totalCount()));
    }

    @Description("An invitation and its position in the listing.")
    public record InvitationEdge(@NonNull @Description("Pass as `after` to continue after it.") String cursor,
            @NonNull @Description("The invitation.") InvitationView node) {
    }

    @Name("Invitation")
    @Description("One survey sent (or to be sent) to one contact by e-mail or text message.")
    public record InvitationView(@NonNull @Id String id, @NonNull @Id String surveyId, @NonNull String respondentRef,
            @Id @Description("The touchpoint it is about.") String touchpointId,
            @NonNull @Description("How it reaches the contact.") InvitationChannel channel,
            @NonNull @Description("Where it is.") InvitationState state,
            @Description("Why it was not sent (SUPPRESSED).") Suppression suppression,
            @Description("What the mail server or SMS provider said (FAILED).") String error,
            @NonNull @Description("When it is (or was) due.") Instant scheduledFor, Instant sentAt, Instant openedAt,
            Instant answeredAt, @Id @Description("The response it brought.") String responseId,
            @Description("When its one reminder went out.") Instant remindedAt,
            @Description("When its link stops working.") Instant expiresAt, @NonNull Instant createdAt) {

        static InvitationView of(Invitation i) {
            return new InvitationView(i.id(), i.surveyId(), i.respondentRef(), i.touchpointId(), i.channel(), i.state(),
                    i.suppression(), i.error(), i.scheduledFor(), i.sentAt(), i.openedAt(), i.answeredAt(),
                    i.responseId(), i.remindedAt(), i.expiresAt(), i.createdAt());
        }
    }
}
