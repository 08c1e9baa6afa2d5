package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("Width of a trend bucket: UTC day, ISO week (from Monday), calendar month.")
public enum TrendBucket {
    DAY, WEEK, MONTH
}
