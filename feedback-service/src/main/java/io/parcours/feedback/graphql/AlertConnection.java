package io.parcours.feedback.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageCursor;
import io.parcours.common.paging.PageInfo;
import io.parcours.feedback.alert.AlertPage;

@Description("One page of alerts, newest first (raised time, then id), Relay style.")
public record AlertConnection(
        @NonNull @Description("The alerts of this page, each with its cursor.") List<@NonNull AlertEdge> edges,
        @NonNull @Description("Where this page sits in the whole listing.") PageInfo pageInfo,
        @Description("How many alerts match the filter in total, across all pages.") int totalCount) {

    static AlertConnection of(AlertPage page) {
        List<AlertEdge> edges = page.alerts().stream().map(alert -> new AlertEdge(
                new PageCursor(alert.raisedAt(), UUID.fromString(alert.id())).encode(), AlertView.of(alert))).toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new AlertConnection(edges, new PageInfo(page.hasNextPage(), endCursor), Math.toIntExact(page.totalCount()));
    }

    @Description("An alert and its position in the listing.")
    public record AlertEdge(
            @NonNull @Description("Pass as `after` to continue after this alert.") String cursor,
            @NonNull @Description("The alert.") AlertView node) {
    }
}
