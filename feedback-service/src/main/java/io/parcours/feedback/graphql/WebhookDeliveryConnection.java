package io.parcours.feedback.graphql;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.parcours.common.paging.PageCursor;
import io.parcours.common.paging.PageInfo;
import io.parcours.feedback.webhook.DeliveryPage;

@Description("One page of webhook deliveries, newest first (queued time, then id), Relay style.")
public record WebhookDeliveryConnection(
        @NonNull @Description("The deliveries of this page, each with its cursor.") List<@NonNull WebhookDeliveryEdge> edges,
        @NonNull @Description("Where this page sits in the whole listing.") PageInfo pageInfo,
        @Description("How many deliveries match in total, across all pages.") int totalCount) {

    static WebhookDeliveryConnection of(DeliveryPage page) {
        List<WebhookDeliveryEdge> edges = page.deliveries().stream().map(delivery -> new WebhookDeliveryEdge(
                new PageCursor(delivery.createdAt(), UUID.fromString(delivery.id())).encode(),
                WebhookDeliveryView.of(delivery))).toList();
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new WebhookDeliveryConnection(edges, new PageInfo(page.hasNextPage(), endCursor),
                Math.toIntExact(page.totalCount()));
    }

    @Description("A delivery and its position in the listing.")
    public record WebhookDeliveryEdge(
            @NonNull @Description("Pass as `after` to continue after this delivery.") String cursor,
            @NonNull @Description("The delivery.") WebhookDeliveryView node) {
    }
}
