package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Dashboard figures kept per scope (a council, a hub, the nation) and served as they were computed
 * until something they count changes: each such change records its scopes in the same transaction
 * ({@link #changed}), and the next reader (or the refresh schedule, whichever comes first) computes
 * them again. Readers never see figures older than the last committed change they count. Safe
 * across a cluster: a computation stores its figures only if no newer one has.
 */
@ApplicationScoped
public class InsightSnapshots {

    private static final Logger LOG = Logger.getLogger(InsightSnapshots.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The scope's figures: stored ones while current, otherwise computed now and stored. */
    @Transactional
    public <T extends Serializable> T get(String scope, Supplier<T> compute) {
        return get(scope, java.time.Duration.ZERO, compute);
    }

    /**
     * The scope's figures: stored ones while current or, when changes have overtaken them, while
     * younger than {@code maxAge} (for figures too costly to compute after every change); otherwise
     * computed now and stored.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public <T extends Serializable> T get(String scope, java.time.Duration maxAge, Supplier<T> compute) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.computed_mark, s.body, (SELECT MAX(c.id) FROM insight_change c "
                + "WHERE c.scope IN (s.scope, '*')), s.computed_at FROM insight_snapshot s WHERE s.scope = ?").setParameter(1, scope)
                .getResultList();
        if (rows.isEmpty()) {
            // The row first, so the clean-up never takes this scope's changes while it is computed. With an
            // exclusive lock: INSERT IGNORE took a shared one, and two first computations of one scope, each
            // then updating the row, deadlocked (a second one now waits for the first to commit).
            em.createNativeQuery("INSERT INTO insight_snapshot (scope) VALUES (?) ON DUPLICATE KEY UPDATE scope = scope")
                    .setParameter(1, scope).executeUpdate();
        } else {
            Object[] row = rows.get(0);
            long mark = ((Number) row[0]).longValue();
            boolean young = row[3] != null && !maxAge.isZero()
                    && InstantConverter.instant(row[3]).plus(maxAge).isAfter(Instant.now(clock));
            boolean current = row[1] != null && (row[2] == null || ((Number) row[2]).longValue() <= mark || young);
            if (current) {
                T stored = (T) read((byte[]) row[1]);
                if (stored != null) {
                    return stored;
                }
            }
        }
        Object latest = em.createNativeQuery("SELECT COALESCE(MAX(c.id), 0) FROM insight_change c WHERE c.scope IN (?, '*')")
                .setParameter(1, scope).getSingleResult();
        long mark = ((Number) latest).longValue();
        long started = System.nanoTime();
        T value = compute.get();
        int ms = (int) ((System.nanoTime() - started) / 1_000_000);
        // Only ever forward: a slower computation that started from older changes does not replace a newer one.
        em.createNativeQuery("UPDATE insight_snapshot SET body = ?, computed_mark = ?, computed_at = ?, compute_ms = ? "
                        + "WHERE scope = ? AND computed_mark <= ?")
                .setParameter(1, write(value)).setParameter(2, mark).setParameter(3, InstantConverter.column(Instant.now(clock)))
                .setParameter(4, ms).setParameter(5, scope).setParameter(6, mark).executeUpdate();
        // The changes it counted are left to prune(): deleting a range of them here took gap locks that
        // deadlocked two people opening dashboards at once (seen on a start with demo history).
        return value;
    }

    /**
     * Something these scopes count is changing, in the caller's transaction: their snapshots are
     * out of date once it commits (and never if it rolls back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Collection<String> scopes) {
        for (String scope : scopes) {
            em.createNativeQuery("INSERT INTO insight_change (scope) VALUES (?)").setParameter(1, scope).executeUpdate();
        }
    }

    /** A scope that no longer exists (a council that left its hub). */
    @Transactional
    public void forget(String scope) {
        em.createNativeQuery("DELETE FROM insight_snapshot WHERE scope = ?").setParameter(1, scope).executeUpdate();
        em.createNativeQuery("DELETE FROM insight_change WHERE scope = ?").setParameter(1, scope).executeUpdate();
    }

    /**
     * Scopes with a snapshot that changes have overtaken, for the refresh schedule; the national one
     * only once it is older than its maximum age.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> stale(int limit, java.time.Duration nationalMaxAge) {
        return em.createNativeQuery("SELECT s.scope FROM insight_snapshot s WHERE s.body IS NOT NULL AND EXISTS (SELECT 1 FROM "
                        + "insight_change c WHERE c.scope IN (s.scope, '*') AND c.id > s.computed_mark) AND (s.scope <> ? OR s.computed_at < ?) "
                        + "ORDER BY s.computed_at LIMIT " + limit)
                .setParameter(1, InsightService.NATIONAL)
                .setParameter(2, InstantConverter.column(Instant.now(clock).minus(nationalMaxAge))).getResultList();
    }

    /**
     * Changes no snapshot needs any more: those a scope's snapshot has counted, those of scopes nobody
     * has looked at, and '*' ones every snapshot has counted. The counted ones are found by a plain
     * read and deleted by id, which locks only those rows, never a range a writer inserts into.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public void prune() {
        List<Number> counted = em.createNativeQuery("SELECT c.id FROM insight_change c JOIN insight_snapshot s ON s.scope = c.scope "
                + "WHERE c.id <= s.computed_mark LIMIT 5000").getResultList();
        if (!counted.isEmpty()) {
            em.createNativeQuery("DELETE FROM insight_change WHERE id IN (" + counted.stream().map(n -> String.valueOf(n.longValue()))
                    .collect(java.util.stream.Collectors.joining(",")) + ")").executeUpdate();
        }
        em.createNativeQuery("DELETE c FROM insight_change c LEFT JOIN insight_snapshot s ON s.scope = c.scope "
                + "WHERE c.scope <> '*' AND s.scope IS NULL").executeUpdate();
        em.createNativeQuery("DELETE FROM insight_change WHERE scope = '*' AND id <= (SELECT COALESCE(MIN(computed_mark), 0) "
                + "FROM insight_snapshot)").executeUpdate();
    }

    private static byte[] write(Serializable value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A stored snapshot, or null when it cannot be read (written by an older version of the classes). */
    private static Object read(byte[] body) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, InsightSnapshots.class.getClassLoader());
            }
        }) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("org.commissioning.marketplace.**;java.**;!*"));
            return in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            LOG.log(Level.FINE, "A stored snapshot could not be read; computing it again", e);
            return null;
        }
    }
}
