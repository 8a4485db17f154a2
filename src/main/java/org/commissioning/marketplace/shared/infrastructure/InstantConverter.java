package org.commissioning.marketplace.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores every {@link Instant} as a UTC DATETIME(6), to the microsecond.
 *
 * <p>The value is sent as text ({@code 2026-11-23 05:40:02.123456}), not as a date-time object:
 * MariaDB 10.x announces itself to Connector/J as version {@code 5.5.5-10.x}, and Connector/J then
 * drops the fractional seconds of every date-time parameter (it believes the server predates
 * MySQL 5.6.4). Text is parsed by the server with its fraction. The driver reads the column back
 * as a LocalDateTime (the column type is declared as Object so that EclipseLink passes it on). EclipseLink 4.0 would otherwise
 * serialise Instants into a binary column; the connection's session time zone is UTC.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

    private static final DateTimeFormatter COLUMN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public Object convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : column(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Object value) {
        return instant(value);
    }

    /** An instant read back from a DATETIME(6) column, by a native query too. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime utc = value instanceof LocalDateTime local ? local
                : value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime()
                : LocalDateTime.parse(value.toString().strip().replace(' ', 'T'));
        return utc.toInstant(ZoneOffset.UTC);
    }

    /** The column text for an instant, for native queries too (never a java.sql.Timestamp, see above). */
    public static String column(Instant instant) {
        return COLUMN.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
