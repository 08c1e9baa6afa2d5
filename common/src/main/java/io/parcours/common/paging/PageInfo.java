package io.parcours.common.paging;

import org.eclipse.microprofile.graphql.Description;

import io.smallrye.graphql.api.federation.Shareable;

/** Shareable: every subgraph pages its lists with this same type. */
@Shareable
@Description("Paging state of a connection.")
public record PageInfo(
        @Description("Whether more items follow this page.") boolean hasNextPage,
        @Description("Cursor of the last edge of this page; null when the page is empty.") String endCursor) {
}
