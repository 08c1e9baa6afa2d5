package io.parcours.feedback.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
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

    /** The decoded text of the mail's part of this type. */
    public static String part(MimeMessage mail, String type) throws Exception {
        return find(mail.getContent(), type, mail.getContentType());
    }

    private static String find(Object content, String type, String contentType) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String found = find(part.getContent(), type, part.getContentType());
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return contentType.toLowerCase().startsWith(type) ? content.toString() : null;
    }

    /** The links of an HTML text whose URL contains this, in order. */
    public static List<String> links(String html, String containing) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("href=\"([^\"]+)\"").matcher(html);
        while (matcher.find()) {
            String url = matcher.group(1).replace("&amp;", "&");
            if (url.contains(containing)) {
                found.add(url);
            }
        }
        return found;
    }
}
