package org.commissioning.marketplace.shared.infrastructure;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void writesUtcTextToTheMicrosecond() {
        assertEquals("2026-03-29 00:59:59.123456", converter.convertToDatabaseColumn(Instant.parse("2026-03-29T00:59:59.123456789Z")));
        assertEquals("2026-11-23 05:40:02.000000", converter.convertToDatabaseColumn(Instant.parse("2026-11-23T05:40:02Z")));
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @Test
    void readsWhatTheDriverReturns() {
        Instant expected = Instant.parse("2026-11-23T05:40:02.123Z");
        assertEquals(expected, converter.convertToEntityAttribute(LocalDateTime.parse("2026-11-23T05:40:02.123")));
        assertEquals(expected, converter.convertToEntityAttribute(Timestamp.valueOf("2026-11-23 05:40:02.123")));
        assertEquals(expected, converter.convertToEntityAttribute("2026-11-23 05:40:02.123000"));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
