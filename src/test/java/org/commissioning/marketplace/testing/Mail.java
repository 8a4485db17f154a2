package org.commissioning.marketplace.testing;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;

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
