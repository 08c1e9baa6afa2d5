package io.parcours.feedback.alert;

import org.eclipse.microprofile.graphql.Description;

@Description("Where an alert is in its follow-up: OPEN when raised, ACKNOWLEDGED once someone takes it, CLOSED when "
        + "dealt with. It only moves forward.")
public enum AlertState {
    OPEN, ACKNOWLEDGED, CLOSED
}
