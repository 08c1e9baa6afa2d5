package io.parcours.common;

import org.eclipse.microprofile.graphql.Description;

@Description("A channel through which customers meet the brand; the same values in every Parcours subgraph.")
public enum Channel {
    WEBSITE,
    MOBILE_APP,
    EMAIL,
    SOCIAL_MEDIA,
    SEARCH,
    ADVERTISING,
    CHATBOT,
    PHONE,
    STORE,
    EVENT,
    REVIEW_SITE,
    WORD_OF_MOUTH,
    SMS,
    PARTNER,
    OTHER
}
