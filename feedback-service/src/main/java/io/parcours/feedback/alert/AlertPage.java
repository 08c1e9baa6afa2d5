package io.parcours.feedback.alert;

import java.util.List;

/** One page of an alert listing, newest first. */
public record AlertPage(List<Alert> alerts, boolean hasNextPage, long totalCount) {
}
