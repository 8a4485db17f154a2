package org.commissioning.marketplace.placement.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.commissioning.marketplace.shared.infrastructure.SealedText;

/** Free text about a child (a referral's needs summary), encrypted at rest (declared in orm.xml). */
/* EclipseLink reads the converter's types from its own declaration, so it names the interface again. */
@Converter
public class ChildDetailsConverter extends SealedText implements AttributeConverter<String, String> {

    public ChildDetailsConverter() {
        super("children's details v1");
    }
}
