package io.parcours.touchpoint.journey;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether the brand controls the interaction.")
public enum InteractionType {
    @Description("The brand runs it: its site, app, store, staff.")
    DIRECT,
    @Description("Others run it: reviews, word of mouth, press, partners.")
    INDIRECT
}
