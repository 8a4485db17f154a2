package org.commissioning.marketplace.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A child's age, encrypted at rest like the other details about a child (declared in orm.xml). */
@Converter
public class ChildAgeConverter implements AttributeConverter<Integer, String> {

    private final ChildDetailsConverter sealed = new ChildDetailsConverter();

    @Override
    public String convertToDatabaseColumn(Integer age) {
        return age == null ? null : sealed.convertToDatabaseColumn(age.toString());
    }

    @Override
    public Integer convertToEntityAttribute(String column) {
        String age = sealed.convertToEntityAttribute(column);
        return age == null ? null : Integer.valueOf(age.strip());
    }
}
