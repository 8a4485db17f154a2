package org.commissioning.marketplace.shared.domain;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * AES-256-GCM sealing, for what must be unreadable in the database: bids (each tender has its own
 * data key; only its wrapped form, encrypted with the master key from configuration, is stored) and
 * children's details. Sealed values are IV (12 bytes) followed by the ciphertext and tag; the
 * associated data binds a sealed value to its context (a bid to its tender and bid).
 */
public final class Seal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Seal() {
    }

    public static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is part of every Java runtime", e);
        }
    }

    /** A key for one purpose derived from the master key (HMAC-SHA-256 of the purpose's name). */
    public static SecretKey derive(SecretKey master, String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master.getEncoded(), "HmacSHA256"));
            return key(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    public static SecretKey key(byte[] raw) {
        if (raw == null || raw.length != 32) {
            throw new IllegalArgumentException("An AES-256 key has 32 bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    public static byte[] wrap(SecretKey master, SecretKey dataKey, long tenderId) {
        return seal(master, dataKey.getEncoded(), "tender-key:" + tenderId);
    }

    public static SecretKey unwrap(SecretKey master, byte[] wrapped, long tenderId) {
        return key(open(master, wrapped, "tender-key:" + tenderId));
    }

    public static byte[] seal(SecretKey key, byte[] plaintext, String associatedData) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /** Opens a sealed value; refuses (IllegalStateException) if it was altered or the key or context is wrong. */
    public static byte[] open(SecretKey key, byte[] sealed, String associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The sealed value cannot be opened: altered, or the wrong key", e);
        }
    }
}
