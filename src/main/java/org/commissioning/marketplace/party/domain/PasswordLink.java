package org.commissioning.marketplace.party.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.UnprocessableException;

import java.time.Duration;
import java.time.Instant;

/**
 * A single-use, time-limited link that lets the owner of an account set its password: sent when
 * an account is invited (or bootstrapped) and when a password is forgotten. Only the SHA-256
 * digest of the link's secret is stored.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    /** Why the link was sent, which decides how long it lasts. */
    public enum Purpose {
        INVITATION(Duration.ofDays(7)),
        RESET(Duration.ofHours(1));

        private final Duration validFor;

        Purpose(Duration validFor) {
            this.validFor = validFor;
        }

        public Duration validFor() {
            return validFor;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordLink() {
    }

    public PasswordLink(Account account, Purpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validFor());
    }

    /** Uses the link at {@code now}: refused when it was used before or has expired. */
    public Account use(Instant now) {
        if (usedAt != null) {
            throw new UnprocessableException("token", "This link has been used already. Ask for a new one.");
        }
        if (!now.isBefore(expiresAt)) {
            throw new UnprocessableException("token", "This link has expired. Ask for a new one.");
        }
        usedAt = now;
        return account;
    }

    /** Makes the link unusable (a newer one was sent, or the password was set another way). */
    public void cancel(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Account account() {
        return account;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
