package io.parcours.feedback.webhook;

import java.util.List;

/** One page of a delivery listing, newest first. */
public record DeliveryPage(List<Delivery> deliveries, boolean hasNextPage, long totalCount) {
}
