package io.parcours.feedback.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageCursor;
import io.parcours.common.paging.PageInfo;
import io.parcours.feedback.contact.ContactService.ContactPage;

@Description("One page of contacts, oldest first (creation time, then id), Relay style.")
public record ContactConnection(
        @NonNull @Description("The contacts of this page, each with its cursor.") List<@NonNull ContactEdge> edges,
        @NonNull @Description("Where this page sits in the whole listing.") PageInfo pageInfo,
        @Description("How many contacts match the search in total, across all pages.") int totalCount) {

    static ContactConnection of(ContactPage page) {
        List<ContactEdge> edges = page.contacts().stream().map(c -> new ContactEdge(
                new PageCursor(c.createdAt(), UUID.fromString(c.id())).encode(), ContactView.of(c, page.detailsShown())))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new ContactConnection(edges, new PageInfo(page.hasNextPage(), endCursor), Math.toIntExact(page.totalCount()));
    }

    @Description("A contact and its position in the listing.")
    public record ContactEdge(
            @NonNull @Description("Pass as `after` to continue after this contact.") String cursor,
            @NonNull @Description("The contact.") ContactView node) {
    }
}
