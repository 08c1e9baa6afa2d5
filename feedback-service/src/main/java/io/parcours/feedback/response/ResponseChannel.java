package io.parcours.feedback.response;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Where a response was given; not the touchpoint channels of common's Channel (website, store, …). */
@Name("ResponseChannel")
@Description("Where a response was given.")
public enum ResponseChannel {
    MOBILE_APP, WEB, EMAIL, SMS, KIOSK, PHONE, IN_PERSON, OTHER
}
