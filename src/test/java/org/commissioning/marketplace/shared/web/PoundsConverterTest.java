package org.commissioning.marketplace.shared.web;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PoundsConverterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"£5,450|5450", "5450|5450", "'5,450.50'|5450.50", "' 950 '|950", "£ 1,234,567.89|1234567.89",
            "0.5|0.5", "-12.50|-12.50"})
    void amountsReadAsPeopleTypeThem(String typed, String amount) {
        assertEquals(new BigDecimal(amount), PoundsConverter.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"five pounds", "5,45", "54,50.00", "£", "1.2.3", "$5", "5 450"})
    void anythingElseIsRefused(String typed) {
        assertThrows(ConverterException.class, () -> PoundsConverter.parse(typed));
    }

    @Test
    void emptyIsNoAmount() {
        assertNull(PoundsConverter.parse(" "));
    }
}
