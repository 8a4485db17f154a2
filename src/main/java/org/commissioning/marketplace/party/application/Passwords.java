package org.commissioning.marketplace.party.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PBKDF2 (HMAC-SHA-256) password hashing through Jakarta Security, with the strength rules: at
 * least 12 characters, and not a common password (the list in common-passwords.txt), not even
 * with digits or symbols added before or after it ("Password1234!").
 */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 12;

    @Inject
    Pbkdf2PasswordHash hash;

    private Set<String> common = Set.of();

    @PostConstruct
    void configure() {
        try (InputStream in = Passwords.class.getResourceAsStream("/common-passwords.txt")) {
            common = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords could not be read", e);
        }
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
        if (isCommon(password)) {
            throw InvalidInputException.of(field, "This password is one of the most common passwords, which are "
                    + "guessed first. Choose a longer phrase that is not used elsewhere.");
        }
        return hash.generate(password.toCharArray());
    }

    /** Whether the password, or its core without digits and symbols at either end, is a common one. */
    boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        boolean oneCharacter = lower.chars().distinct().count() <= 2;
        return oneCharacter || common.contains(lower) || (!core.isEmpty() && common.contains(core));
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }
}
