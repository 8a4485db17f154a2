package org.commissioning.marketplace.shared.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import javax.sql.DataSource;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a user can send is refused with a 400 naming its field, before the database, when it
 * is longer than its column takes: {@code VARCHAR(n)} takes n characters, {@code TEXT} 65,535
 * bytes of UTF-8, {@code MEDIUMTEXT} 16 MB. The limits are read from the migrated schema at start-up,
 * so the schema is the one place they are written down; a default entity listener
 * ({@code META-INF/orm.xml}) checks each entity before it is inserted or updated.
 */
public class TextLimits {

    private record Limit(long max, boolean bytes) {
    }

    /** table.column (lower case) to its limit. */
    private static volatile Map<String, Limit> limits = Map.of();
    private static final Map<Class<?>, List<Checked>> FIELDS = new ConcurrentHashMap<>();

    private record Checked(Field field, String column) {
    }

    /** Reads the limits of the current schema; called once the migrations have run. */
    public static void load(DataSource dataSource) throws SQLException {
        Map<String, Limit> read = new ConcurrentHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH "
                     + "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_MAXIMUM_LENGTH IS NOT NULL")) {
            while (rs.next()) {
                String type = rs.getString(3).toLowerCase(Locale.ROOT);
                boolean text = type.endsWith("text") || type.endsWith("blob");
                long max = text ? rs.getLong(5) : rs.getLong(4);
                read.put(key(rs.getString(1), rs.getString(2)), new Limit(max, text));
            }
        }
        limits = read;
    }

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        Map<String, Limit> known = limits;
        if (known.isEmpty()) {
            return;
        }
        String table = table(entity.getClass());
        Map<String, String> problems = new LinkedHashMap<>();
        for (Checked checked : FIELDS.computeIfAbsent(entity.getClass(), TextLimits::textFields)) {
            Limit limit = known.get(key(table, checked.column()));
            if (limit == null) {
                continue;
            }
            String value;
            try {
                value = (String) checked.field().get(entity);
            } catch (IllegalAccessException e) {
                continue;
            }
            if (value == null) {
                continue;
            }
            long length = limit.bytes() ? value.getBytes(StandardCharsets.UTF_8).length : value.codePointCount(0, value.length());
            if (length > limit.max()) {
                problems.put(checked.field().getName(), message(checked.field().getName(), limit));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The plain-English refusal for a text over its limit. */
    static String message(String field, Limit limit) {
        String max = NumberFormat.getIntegerInstance(Locale.UK).format(limit.max());
        String name = words(field);
        return limit.bytes()
                ? name + " is too long: it can be at most " + max + " bytes (" + max + " letters of plain English, fewer with "
                        + "accented letters or symbols)."
                : name + " is too long: it can be at most " + max + " characters.";
    }

    /** "priceJustification" as "Price justification". */
    static String words(String field) {
        String spaced = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static List<Checked> textFields(Class<?> type) {
        List<Checked> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() != String.class || Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                    continue;
                }
                Column column = f.getAnnotation(Column.class);
                f.setAccessible(true);
                fields.add(new Checked(f, column != null && !column.name().isBlank() ? column.name() : f.getName()));
            }
        }
        return List.copyOf(fields);
    }

    private static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table != null && !table.name().isBlank()) {
            return table.name();
        }
        Entity entity = type.getAnnotation(Entity.class);
        return entity != null && !entity.name().isBlank() ? entity.name() : type.getSimpleName();
    }

    private static String key(String table, String column) {
        return (table + "." + column).toLowerCase(Locale.ROOT);
    }
}
