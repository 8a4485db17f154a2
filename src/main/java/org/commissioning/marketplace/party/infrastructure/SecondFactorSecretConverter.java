package org.commissioning.marketplace.party.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.commissioning.marketplace.shared.infrastructure.SealedText;

/** An account's one-time code secret, encrypted at rest (declared in orm.xml). */
/* EclipseLink reads the converter's types from its own declaration, so it names the interface again. */
@Converter
public class SecondFactorSecretConverter extends SealedText implements AttributeConverter<String, String> {

    public SecondFactorSecretConverter() {
        super("second factor v1");
    }
}
