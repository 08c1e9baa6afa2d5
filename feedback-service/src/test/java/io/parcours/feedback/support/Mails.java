package io.parcours.feedback.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The e-mails the tests' SMTP server caught. */
public final class Mails {

    private Mails() {
    }

    /** Waits up to {@code seconds} for {@code count} mails to this address; all that arrived. */
    public static List<MimeMessage> await(String to, int count, int seconds) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (System.nanoTime() < until) {
            List<MimeMessage> found = to(to);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(count + " mail(s) to " + to + " never arrived; " + to(to).size() + " did");
    }

    public static List<MimeMessage> to(String to) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SmtpResource.server().getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equals(to)) {
                    found.add(message);
                }
            } catch (MessagingException unreadable) {
                throw new AssertionError(unreadable);
            }
        }
        return found;
    }
}
