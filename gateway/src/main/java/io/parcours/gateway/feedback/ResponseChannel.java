package io.parcours.gateway.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a survey response was collected.")
public enum ResponseChannel {
    WEB, MOBILE_APP, EMAIL, SMS, KIOSK, PHONE, IN_PERSON, OTHER
}
