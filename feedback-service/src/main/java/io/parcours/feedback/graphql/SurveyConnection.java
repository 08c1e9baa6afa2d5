package io.parcours.feedback.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageCursor;
import io.parcours.common.paging.PageInfo;
import io.parcours.feedback.survey.SurveyPage;

@Description("One page of surveys, oldest first (creation time, then id), Relay style. Each as its latest published version.")
public record SurveyConnection(
        @NonNull @Description("The surveys of this page, each with its cursor.") List<@NonNull SurveyEdge> edges,
        @NonNull @Description("Where this page sits in the whole listing.") PageInfo pageInfo,
        @Description("How many surveys match the filter in total, across all pages.") int totalCount) {

    static SurveyConnection of(SurveyPage page) {
        List<SurveyEdge> edges = page.surveys().stream().map(s -> new SurveyEdge(
                new PageCursor(s.survey().createdAt, UUID.fromString(s.survey().id)).encode(), SurveyView.of(s))).toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new SurveyConnection(edges, new PageInfo(page.hasNextPage(), endCursor), Math.toIntExact(page.totalCount()));
    }

    @Description("A survey and its position in the listing.")
    public record SurveyEdge(
            @NonNull @Description("Pass as `after` to continue after this survey.") String cursor,
            @NonNull @Description("The survey.") SurveyView node) {
    }
}
