package io.parcours.feedback.alert;

import org.eclipse.microprofile.graphql.Description;

@Description("What makes an alert rule fire. DETRACTOR: an NPS answer 0–6. LOW_CSAT: a CSAT answer 1–2. HIGH_EFFORT: a "
        + "CES answer 1–2 (the CES scale runs from 1 very difficult to 7 very easy). SCORE_DROP: a touchpoint's or stage's NPS or CSAT over the last days below its value over the "
        + "30 days before by at least a given number of points.")
public enum AlertKind {
    DETRACTOR, LOW_CSAT, HIGH_EFFORT, SCORE_DROP;

    /** Whether one response can fire it (all but SCORE_DROP, which watches windows of responses). */
    public boolean firedByOneResponse() {
        return this != SCORE_DROP;
    }
}
