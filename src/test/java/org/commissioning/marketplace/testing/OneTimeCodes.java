package org.commissioning.marketplace.testing;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;

import java.time.Instant;

/** What a user's authenticator app shows: the code of a secret for the current 30-second step (real time). */
public final class OneTimeCodes {
    private OneTimeCodes() {
    }

    public static String now(String secret) {
        return at(secret, Instant.now().getEpochSecond() / 30);
    }

    private static String at(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (dev.samstevens.totp.exceptions.CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
