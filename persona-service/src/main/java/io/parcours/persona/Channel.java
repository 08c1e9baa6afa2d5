package io.parcours.persona;

import org.eclipse.microprofile.graphql.Description;

@Description("A channel through which customers meet the brand.")
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
