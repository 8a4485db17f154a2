package org.commissioning.marketplace.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import org.commissioning.marketplace.shared.domain.Seal;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A text column kept encrypted at rest: AES-256-GCM with a key derived, for one purpose, from the
 * master key in configuration (MARKETPLACE_BID_MASTER_KEY), so a database dump or a local database
 * user reads nothing. Stored as {@code enc:v1:} and base64; values written before encryption (no
 * prefix) are read as they are and sealed at their next change. Subclasses name the purpose.
 */
public abstract class SealedText implements AttributeConverter<String, String> {

    static final String PREFIX = "enc:v1:";
    private final String purpose;

    protected SealedText(String purpose) {
        this.purpose = purpose;
    }

    @Override
    public String convertToDatabaseColumn(String text) {
        if (text == null) {
            return null;
        }
        return PREFIX + Base64.getEncoder().encodeToString(Seal.seal(key(), text.getBytes(StandardCharsets.UTF_8), purpose));
    }

    @Override
    public String convertToEntityAttribute(String column) {
        if (column == null || !column.startsWith(PREFIX)) {
            return column;
        }
        byte[] sealed = Base64.getDecoder().decode(column.substring(PREFIX.length()));
        return new String(Seal.open(key(), sealed, purpose), StandardCharsets.UTF_8);
    }

    private SecretKey key() {
        return MasterKey.derived(purpose);
    }
}
