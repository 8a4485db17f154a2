package org.commissioning.marketplace.party.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.util.Map;

/** PBKDF2 (HMAC-SHA-256) password hashing through Jakarta Security, with a minimum strength rule. */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "100000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw InvalidInputException.of(field, "Enter a password of at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > 200) {
            throw InvalidInputException.of(field, "Enter a password of at most 200 characters.");
        }
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
