package io.parcours.gateway.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("DIRECT: the brand runs the touchpoint; INDIRECT: a third party does (review site, word of mouth).")
public enum InteractionType {
    DIRECT, INDIRECT
}
