package org.commissioning.marketplace.shared.infrastructure;


import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The same child across a council's placements, without the child's reference: an HMAC-SHA-256 of
 * the council and its pseudonymous reference (trimmed, in capitals), keyed for this one purpose from
 * the master key. The reference itself stays sealed; this blind key lets insight count placements
 * per child (the Department for Education's stability measures) and says nothing to a reader of the
 * database who lacks the key.
 */
public final class ChildKey {

    private static final String PURPOSE = "child key v1";

    private ChildKey() {
    }

    public static String of(long councilId, String childReference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(MasterKey.derived(PURPOSE).getEncoded(), "HmacSHA256"));
            String subject = councilId + ":" + childReference.strip().toUpperCase(Locale.ROOT);
            return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
