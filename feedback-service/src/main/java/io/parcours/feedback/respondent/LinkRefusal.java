package io.parcours.feedback.respondent;

/**
 * Why the hosted page cannot take a response through a link. The page shows each reason in the respondent's language;
 * the REST answer carries it as {@code code}.
 */
public class LinkRefusal extends RuntimeException {

    public enum Reason {
        /** Not a link this platform signed (tampered, cut short, made up), or its survey is gone. */
        LINK_INVALID(404, "This link is not valid"),
        LINK_EXPIRED(410, "This link has expired"),
        /** The survey's public link was switched off by its editors. */
        LINK_OFF(410, "This survey's public link is switched off"),
        /** The survey is not taking responses (closed, not yet open, or never published). */
        SURVEY_CLOSED(410, "This survey is not taking responses"),
        RATE_LIMITED(429, "Too many requests; try again in a minute");

        public final int status;
        public final String message;

        Reason(int status, String message) {
            this.status = status;
            this.message = message;
        }
    }

    private final Reason reason;

    public LinkRefusal(Reason reason) {
        super(reason.message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
