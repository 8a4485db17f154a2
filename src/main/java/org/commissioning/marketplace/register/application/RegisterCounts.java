package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.commissioning.marketplace.audit.application.RecordChanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The registers' counts and sums (how many placements a view holds and what they cost a week,
 * how many were called off an agreement), kept for a minute: counting a hub's hundred thousand
 * placements on every page would cost more than the page. Any change to a placement or an organisation, once committed, forgets
 * them all on this instance; elsewhere in a cluster a count is at most {@link #KEPT_FOR} old.
 */
@ApplicationScoped
public class RegisterCounts {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    private static final Set<String> COUNTED = Set.of("placement", "organisation");

    private record Kept(Object value, Instant until) {
    }

    private final ConcurrentHashMap<String, Kept> counts = new ConcurrentHashMap<>();

    /** The count for this key (the query and its parameters): kept, or counted now. */
    public long of(String key, LongSupplier count) {
        return of(key, () -> (Long) count.getAsLong());
    }

    /** The figures for this key: kept, or worked out now. */
    @SuppressWarnings("unchecked")
    public <T> T of(String key, Supplier<T> figures) {
        Instant now = Instant.now();
        Kept kept = counts.get(key);
        if (kept != null && kept.until().isAfter(now)) {
            return (T) kept.value();
        }
        T value = figures.get();
        if (counts.size() > 10_000) {
            counts.clear();
        }
        counts.put(key, new Kept(value, now.plus(KEPT_FOR)));
        return value;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged change) {
        if (COUNTED.contains(change.recordType())) {
            counts.clear();
        }
    }
}
