package io.parcours.feedback.invitation;

import java.util.Map;

import io.parcours.feedback.survey.SurveyVersion;

/**
 * The invitation text message, in the contact's language (else the survey's): the survey's title and first question,
 * a short link to answer and one to stop these messages. Short enough for two SMS parts with the survey's own words.
 */
public final class InvitationSms {

    private static final Map<String, String> TEMPLATES = Map.of(
            "en", "%s: %s Answer in a minute: %s — No more messages: %s",
            "fr", "%s : %s Répondez en une minute : %s — Ne plus recevoir de messages : %s");
    private static final Map<String, String> REMINDERS = Map.of("en", "Reminder — ", "fr", "Rappel — ");

    private InvitationSms() {
    }

    public static String of(String contactLocale, SurveyVersion survey, String surveyUrl, String unsubscribeUrl,
            boolean reminder) {
        String locale = InvitationMail.language(contactLocale, survey);
        String question = InvitationMail.label(survey.questions().get(0), locale, survey.defaultLocale());
        return (reminder ? REMINDERS.get(locale) : "") + String.format(TEMPLATES.get(locale), survey.title(), question,
                surveyUrl + "?lang=" + locale + "&via=sms", unsubscribeUrl);
    }
}
