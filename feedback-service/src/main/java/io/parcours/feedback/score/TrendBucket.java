package io.parcours.feedback.score;

import org.eclipse.microprofile.graphql.Description;

@Description("Width of a trend bucket, in UTC: a DAY, an ISO WEEK starting Monday, a calendar MONTH.")
public enum TrendBucket {
    DAY, WEEK, MONTH
}
