package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("Life cycle of a journey: DRAFT → PUBLISHED → ARCHIVED; PUBLISHED may go back to DRAFT.")
public enum JourneyStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
