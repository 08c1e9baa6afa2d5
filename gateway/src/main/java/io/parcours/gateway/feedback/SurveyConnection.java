package io.parcours.gateway.feedback;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageInfo;

@Description("A page of surveys, oldest first.")
public record SurveyConnection(
        @NonNull @Description("The surveys of this page.") List<@NonNull SurveyEdge> edges,
        @NonNull @Description("Whether more follow, and the cursor to ask for them.") PageInfo pageInfo,
        @Description("How many surveys match the filter in all pages.") int totalCount) {
    // Bean getters spare the typed client a failing reflective lookup per field read (see README).
    public List<SurveyEdge> getEdges() {
        return edges;
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    public int getTotalCount() {
        return totalCount;
    }

    @Description("A survey and its position in the listing.")
    public record SurveyEdge(
            @NonNull @Description("Pass as `after` to read the surveys that follow.") String cursor,
            @NonNull @Description("The survey, as of its latest published version (its draft if never published).") Survey node) {
        // Bean getters spare the typed client a failing reflective lookup per field read (see README).
        public String getCursor() {
            return cursor;
        }

        public Survey getNode() {
            return node;
        }
    }
}
