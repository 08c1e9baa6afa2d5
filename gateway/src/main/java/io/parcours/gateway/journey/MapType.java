package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("Kind of journey map.")
public enum MapType {
    CURRENT_STATE, DAY_IN_THE_LIFE, FUTURE_STATE, SERVICE_BLUEPRINT
}
