package io.parcours.gateway.journey;

import java.util.List;

import io.parcours.common.paging.PageInfo;

/** A page of journeys read without their stages (see {@link JourneyHeader}). */
public record JourneyHeaderPage(List<Edge> edges, PageInfo pageInfo, int totalCount) {

    public JourneyConnection toConnection() {
        return new JourneyConnection(edges.stream()
                .map(edge -> new JourneyConnection.JourneyEdge(edge.cursor(), edge.node().toJourney())).toList(),
                pageInfo, totalCount);
    }

    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public List<Edge> getEdges() {
        return edges;
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    public int getTotalCount() {
        return totalCount;
    }

    public record Edge(String cursor, JourneyHeader node) {
        public String getCursor() {
            return cursor;
        }

        public JourneyHeader getNode() {
            return node;
        }
    }
}
