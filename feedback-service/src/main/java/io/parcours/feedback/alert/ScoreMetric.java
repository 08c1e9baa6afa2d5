package io.parcours.feedback.alert;

import org.eclipse.microprofile.graphql.Description;

@Description("The score a SCORE_DROP rule watches: NPS (−100…100) or CSAT (% of answers 4–5, 0…100).")
public enum ScoreMetric {
    NPS, CSAT
}
