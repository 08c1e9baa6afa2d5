package io.parcours.gateway.persona;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageInfo;

@Description("A page of personas, oldest first.")
public record PersonaConnection(
        @NonNull @Description("The personas of this page.") List<@NonNull PersonaEdge> edges,
        @NonNull @Description("Whether more follow, and the cursor to ask for them.") PageInfo pageInfo,
        @Description("How many personas match the filter in all pages.") int totalCount) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public List<PersonaEdge> getEdges() {
        return edges;
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    public int getTotalCount() {
        return totalCount;
    }

    @Description("A persona and its position in the listing.")
    public record PersonaEdge(
            @NonNull @Description("Pass as `after` to read the personas that follow.") String cursor,
            @NonNull @Description("The persona.") Persona node) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public String getCursor() {
            return cursor;
        }

        public Persona getNode() {
            return node;
        }
    }
}
