package io.parcours.gateway.journey;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageInfo;

@Description("A page of journeys, oldest first.")
public record JourneyConnection(
        @NonNull @Description("The journeys of this page.") List<@NonNull JourneyEdge> edges,
        @NonNull @Description("Whether more follow, and the cursor to ask for them.") PageInfo pageInfo,
        @Description("How many journeys match the filter in all pages.") int totalCount) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public List<JourneyEdge> getEdges() {
        return edges;
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    public int getTotalCount() {
        return totalCount;
    }

    @Description("A journey and its position in the listing.")
    public record JourneyEdge(
            @NonNull @Description("Pass as `after` to read the journeys that follow.") String cursor,
            @NonNull @Description("The journey.") Journey node) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public String getCursor() {
            return cursor;
        }

        public Journey getNode() {
            return node;
        }
    }
}
