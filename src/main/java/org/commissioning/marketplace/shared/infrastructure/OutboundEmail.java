package org.commissioning.marketplace.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** An email waiting in the outbox, or sent. Written in the transaction of the change it tells about. */
@Entity
@Table(name = "outbound_email")
public class OutboundEmail {
    static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    private String subject;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_try_at")
    private Instant nextTryAt;

    protected OutboundEmail() {
    }

    OutboundEmail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body;
        this.createdAt = now;
        this.nextTryAt = now;
    }

    void sent(Instant now) {
        sentAt = now;
        nextTryAt = null;
        attempts++;
    }

    /** Backs off exponentially (up to an hour) and gives up after ten attempts. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 1000));
        nextTryAt = attempts >= MAX_ATTEMPTS ? null
                : now.plus(Duration.ofSeconds(Math.min(3600, (long) Math.pow(2, attempts) * 5)));
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
