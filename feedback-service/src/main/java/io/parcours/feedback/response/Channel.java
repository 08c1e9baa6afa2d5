package io.parcours.feedback.response;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("ResponseChannel")
@Description("Where a response was given.")
public enum Channel {
    MOBILE_APP, WEB, EMAIL, SMS, KIOSK, PHONE, IN_PERSON, OTHER
}
