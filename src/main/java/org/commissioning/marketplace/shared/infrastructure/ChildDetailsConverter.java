package org.commissioning.marketplace.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * What is written about a child (the reference, the age, the needs summary and need tags of a
 * referral, a placement's child reference), encrypted at rest (declared in orm.xml). Native queries
 * that read such a column open it with {@link #open}.
 */
/* EclipseLink reads the converter's types from its own declaration, so it names the interface again. */
@Converter
public class ChildDetailsConverter extends SealedText implements AttributeConverter<String, String> {

    private static final ChildDetailsConverter INSTANCE = new ChildDetailsConverter();

    public ChildDetailsConverter() {
        super("children's details v1");
    }

    /** A column read by a native query, as the application shows it. */
    public static String open(Object column) {
        return INSTANCE.convertToEntityAttribute(column == null ? null : column.toString());
    }
}
