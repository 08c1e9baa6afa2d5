package io.parcours.feedback.invitation;

import java.util.Map;

import io.parcours.feedback.survey.Question;
import io.parcours.feedback.survey.QuestionType;
import io.parcours.feedback.survey.SurveyVersion;
import io.quarkus.mailer.Mail;

/**
 * The invitation e-mail, HTML and text, in the contact's language (else the survey's): the survey's first question,
 * its scores as buttons when it is scored (each opens the page with that score chosen), a button to the survey, and
 * a one-click unsubscribe (RFC 8058 headers and a link).
 */
public final class InvitationMail {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.of("subject", "%s: a quick question", "reminder", "Reminder — %s: a quick question",
                    "hello", "Hello,", "intro", "We would value your opinion. It takes a minute.",
                    "answer", "Answer the survey", "low", "Not likely", "high", "Very likely",
                    "why", "You receive this e-mail because you are a customer. Do not want these e-mails?",
                    "unsubscribe", "Unsubscribe"),
            "fr", Map.of("subject", "%s : une petite question", "reminder", "Rappel — %s : une petite question",
                    "hello", "Bonjour,", "intro", "Votre avis nous est précieux. Cela prend une minute.",
                    "answer", "Répondre au questionnaire", "low", "Peu probable", "high", "Très probable",
                    "why", "Vous recevez cet e-mail en tant que client. Vous ne souhaitez plus en recevoir ?",
                    "unsubscribe", "Se désabonner"));

    private InvitationMail() {
    }

    /**
     * The mail to {@code to}; {@code surveyUrl} is the contact's personal link, {@code unsubscribeUrl} the page that
     * unsubscribes them, {@code oneClickUnsubscribeUrl} where mail clients POST to (RFC 8058).
     */
    public static Mail of(String to, String contactLocale, SurveyVersion survey, String surveyUrl, String unsubscribeUrl,
            String oneClickUnsubscribeUrl, boolean reminder) {
        String locale = language(contactLocale, survey);
        Map<String, String> words = WORDS.get(locale);
        String subject = String.format(words.get(reminder ? "reminder" : "subject"), survey.title());
        Question first = survey.questions().get(0);
        String question = label(first, locale, survey.defaultLocale());
        String answerUrl = surveyUrl + "?lang=" + locale + "&via=email";
        String unsubscribePage = unsubscribeUrl + "?lang=" + locale;
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"").append(locale).append("\"><body style=\""
                + "font-family:system-ui,sans-serif;color:#1c2330;max-width:36rem;margin:auto;padding:1rem\">")
                .append("<p>").append(escape(words.get("hello"))).append("</p><p>").append(escape(words.get("intro")))
                .append("</p><p style=\"font-weight:600;font-size:1.1rem\">").append(escape(question)).append("</p>");
        StringBuilder text = new StringBuilder(words.get("hello")).append("\n\n").append(words.get("intro"))
                .append("\n\n").append(question).append("\n");
        if (first.type.isScore() && first.highest() - first.lowest() <= 10) {
            html.append("<table role=\"presentation\" style=\"border-collapse:separate;border-spacing:4px\"><tr>");
            for (int score = first.lowest(); score <= first.highest(); score++) {
                String url = answerUrl + "&score=" + score;
                html.append("<td><a href=\"").append(escape(url)).append("\" style=\"display:inline-block;min-width:"
                        + "2rem;padding:.5rem 0;text-align:center;border:1px solid #c3cad5;border-radius:6px;color:"
                        + "#1f4fd1;text-decoration:none;font-weight:600\">").append(score).append("</a></td>");
                text.append(score).append(": ").append(url).append('\n');
            }
            html.append("</tr></table>");
            if (first.type == QuestionType.NPS) {
                html.append("<p style=\"color:#4f5968;font-size:.85rem\">0 = ").append(escape(words.get("low")))
                        .append(" · 10 = ").append(escape(words.get("high"))).append("</p>");
            }
        }
        html.append("<p><a href=\"").append(escape(answerUrl)).append("\" style=\"display:inline-block;padding:.6rem "
                + "1.2rem;background:#1f4fd1;color:#fff;border-radius:8px;text-decoration:none;font-weight:600\">")
                .append(escape(words.get("answer"))).append("</a></p><hr><p style=\"color:#4f5968;font-size:.8rem\">")
                .append(escape(words.get("why"))).append(" <a href=\"").append(escape(unsubscribePage)).append("\">")
                .append(escape(words.get("unsubscribe"))).append("</a></p></body></html>");
        text.append('\n').append(words.get("answer")).append(": ").append(answerUrl).append("\n\n-- \n")
                .append(words.get("why")).append(' ').append(words.get("unsubscribe")).append(": ").append(unsubscribePage)
                .append('\n');
        return Mail.withHtml(to, subject, html.toString()).setText(text.toString())
                .addHeader("List-Unsubscribe", "<" + oneClickUnsubscribeUrl + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    /** The contact's language when the survey speaks it, else the survey's default; the mail's words in it. */
    static String language(String contactLocale, SurveyVersion survey) {
        String wanted = contactLocale == null ? null : contactLocale.substring(0, 2);
        boolean surveySpeaksIt = wanted != null && survey.questions().get(0).labels.stream()
                .anyMatch(label -> label.locale.startsWith(wanted));
        String chosen = surveySpeaksIt ? wanted : survey.defaultLocale().substring(0, 2);
        return WORDS.containsKey(chosen) ? chosen : "en";
    }

    static String label(Question question, String locale, String fallback) {
        return question.labels.stream().filter(l -> l.locale.startsWith(locale)).findFirst()
                .or(() -> question.labels.stream().filter(l -> l.locale.equals(fallback)).findFirst())
                .map(label -> label.text).orElse(question.labels.get(0).text);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
