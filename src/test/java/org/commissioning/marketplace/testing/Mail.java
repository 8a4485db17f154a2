package org.commissioning.marketplace.testing;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Reads what the deployed marketplace sent to the test SMTP server (GreenMail). */
public final class Mail {
    private Mail() {
    }

    /** The first message to {@code recipient} whose subject starts with {@code subjectPrefix}, waiting up to 20 s. */
    public static MimeMessage await(String recipient, String subjectPrefix) throws Exception {
        return find(recipient, subjectPrefix, false);
    }

    /** The first message to {@code recipient} with exactly this subject, waiting up to 20 s. */
    public static MimeMessage awaitSubject(String recipient, String subject) throws Exception {
        return find(recipient, subject, true);
    }

    /**
     * The secret of the password link in the newest email to {@code recipient} whose subject starts
     * with {@code subjectPrefix} (an invitation or a reset), waiting up to 20 s for one.
     */
    public static String linkToken(String recipient, String subjectPrefix) throws Exception {
        return linkToken(recipient, subjectPrefix, 1);
    }

    /** The same, once at least {@code count} such emails have arrived (an invitation sent again). */
    public static String linkToken(String recipient, String subjectPrefix, int count) throws Exception {
        await(recipient, subjectPrefix);
        List<MimeMessage> matching = List.of();
        long until = System.currentTimeMillis() + 20_000;
        while (matching.size() < count && System.currentTimeMillis() < until) {
            matching = new java.util.ArrayList<>();
            for (MimeMessage m : TestServices.mail().getReceivedMessages()) {
                boolean to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
                if (to && m.getSubject().startsWith(subjectPrefix)) {
                    matching.add(m);
                }
            }
            if (matching.size() < count) {
                Thread.sleep(250);
            }
        }
        if (matching.size() < count) {
            throw new AssertionError(count + " emails to " + recipient + " were expected, " + matching.size() + " came");
        }
        MimeMessage newest = matching.get(matching.size() - 1);
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("password\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(body(newest));
        if (!token.find()) {
            throw new AssertionError("No password link in the email to " + recipient + ": " + body(newest));
        }
        return token.group(1);
    }

    /** How many messages to {@code recipient} whose subject starts with {@code subjectPrefix} have arrived so far. */
    public static long count(String recipient, String subjectPrefix) throws MessagingException {
        long n = 0;
        for (MimeMessage m : TestServices.mail().getReceivedMessages()) {
            if (m.getSubject().startsWith(subjectPrefix)
                    && Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient))) {
                n++;
            }
        }
        return n;
    }

    public static String body(MimeMessage message) throws IOException, MessagingException {
        return String.valueOf(message.getContent());
    }

    private static MimeMessage find(String recipient, String subject, boolean exact) throws Exception {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (MimeMessage m : TestServices.mail().getReceivedMessages()) {
                boolean to = Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(recipient));
                boolean matches = exact ? subject.equals(m.getSubject()) : m.getSubject().startsWith(subject);
                if (to && matches) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No email to " + recipient + " with subject " + subject);
    }
}
