package io.parcours.touchpoint.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageCursor;
import io.parcours.common.paging.PageInfo;
import io.parcours.touchpoint.journey.JourneyPage;

@Description("One page of journeys, oldest first (creation time, then id), Relay style.")
public record JourneyConnection(
        @NonNull @Description("The journeys of this page, each with its cursor.") List<@NonNull JourneyEdge> edges,
        @NonNull @Description("Where this page sits in the whole listing.") PageInfo pageInfo,
        @Description("How many journeys match the filter in total, across all pages.") int totalCount) {

    public static JourneyConnection of(JourneyPage page) {
        List<JourneyEdge> edges = page.journeys().stream()
                .map(map -> new JourneyEdge(new PageCursor(map.journey().createdAt, map.journey().id).encode(),
                        JourneyView.of(map)))
                .toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new JourneyConnection(edges, new PageInfo(page.hasNextPage(), endCursor), Math.toIntExact(page.totalCount()));
    }

    @Description("A journey and its position in the listing.")
    public record JourneyEdge(
            @NonNull @Description("Pass as `after` to continue after this journey.") String cursor,
            @NonNull @Description("The journey.") JourneyView node) {
    }
}
