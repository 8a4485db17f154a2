package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed sign-ins in a row an account is
 * locked for {@link #LOCK} (kept in the database, so across a cluster), also against the right
 * password; a client address with more than {@value #MAX_FAILURES_PER_ADDRESS} failures in
 * {@link #ADDRESS_WINDOW} is refused for that long (per instance). An unknown username is treated
 * as an account would be, so a lock reveals nothing about which addresses have accounts. Every
 * failure and every lock is audited.
 */
@ApplicationScoped
public class SignInGuard {

    /** The request attribute in which a refused sign-in's reason reaches the sign-in page. */
    public static final String REFUSAL = "marketplace.sign-in-refused";

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);
    public static final int MAX_FAILURES_PER_ADDRESS = 50;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Unknown> unknownNames = new ConcurrentHashMap<>();

    private record Unknown(int failures, Instant lockedUntil) {
    }

    /** A sign-in refused before its password is judged: say when to try again. */
    public static class Refused extends DomainException {
        private static final long serialVersionUID = 1L;
        private final Instant until;

        Refused(String message, Instant until) {
            super(message);
            this.until = until;
        }

        public long retryAfterSeconds(Instant now) {
            return Math.max(1, Duration.between(now, until).toSeconds());
        }
    }

    /** Refuses when the address or the account (known or not) is locked now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void check(String username, String address) {
        Instant now = Instant.now(clock);
        Deque<Instant> recent = byAddress.get(address);
        if (recent != null) {
            synchronized (recent) {
                prune(recent, now);
                if (recent.size() > MAX_FAILURES_PER_ADDRESS) {
                    Instant until = recent.peekLast().plus(ADDRESS_WINDOW);
                    throw new Refused("Too many failed sign-ins from your network. Try again after "
                            + UkTime.format(until) + ".", until);
                }
            }
        }
        Instant until = lockedUntil(username);
        if (until != null && until.isAfter(now)) {
            throw new Refused("This account is locked after " + MAX_FAILURES + " failed sign-ins in a row. Try again after "
                    + UkTime.format(until) + ".", until);
        }
    }

    /** A wrong password (or an account that may not sign in): counted, and at the limit the account is locked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String username, Long accountId, String address) {
        Instant now = Instant.now(clock);
        Deque<Instant> recent = byAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
        if (byAddress.size() > 10_000) {
            byAddress.keySet().removeIf(a -> !a.equals(address));
        }
        int failures;
        if (accountId == null) {
            Unknown before = unknownNames.getOrDefault(username, new Unknown(0, null));
            failures = before.failures() + 1;
            unknownNames.put(username, new Unknown(failures, failures >= MAX_FAILURES ? now.plus(LOCK) : null));
            if (unknownNames.size() > 10_000) {
                unknownNames.clear();
            }
        } else {
            // The lock first: MySQL and MariaDB assign left to right, so it still reads the count before this failure.
            em.createNativeQuery("UPDATE account SET locked_until = CASE WHEN failed_sign_ins + 1 >= ? THEN ? ELSE locked_until END, "
                            + "failed_sign_ins = failed_sign_ins + 1 WHERE id = ?")
                    .setParameter(1, MAX_FAILURES).setParameter(2, InstantConverter.column(now.plus(LOCK)))
                    .setParameter(3, accountId).executeUpdate();
            failures = ((Number) em.createNativeQuery("SELECT failed_sign_ins FROM account WHERE id = ?")
                    .setParameter(1, accountId).getSingleResult()).intValue();
        }
        Long organisation = accountId == null ? null : organisationOf("id", accountId);
        audit.recordAs(AuditTrail.SYSTEM, organisation, "sign-in.failed", "account", accountId == null ? "unknown" : accountId,
                "failed sign-in " + failures + " in a row for " + username + " from " + address);
        if (failures == MAX_FAILURES) {
            audit.recordAs(AuditTrail.SYSTEM, organisation, "sign-in.locked", "account", accountId == null ? "unknown" : accountId,
                    username + " locked until " + UkTime.format(now.plus(LOCK)) + " after " + failures + " failed sign-ins");
        }
    }

    /** The right password: the count starts again (written only when there was one). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long accountId, int failuresBefore) {
        if (failuresBefore > 0) {
            em.createNativeQuery("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                    .setParameter(1, accountId).executeUpdate();
        }
    }

    /** A session begins (a sign-in on the page): audited. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void signedIn(String username, String address) {
        audit.recordAs(AuditTrail.SYSTEM, organisationOf("username", username), "sign-in.succeeded", "account", username, username + " signed in from " + address);
    }

    /** The organisation of the account (by id or username), so its hub's auditors read its sign-ins. */
    private Long organisationOf(String column, Object value) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT organisation_id FROM account WHERE " + column + " = ?")
                .setParameter(1, value).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    private Instant lockedUntil(String username) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT locked_until FROM account WHERE username = ?")
                .setParameter(1, username).getResultList();
        if (rows.isEmpty()) {
            Unknown unknown = unknownNames.get(username);
            return unknown == null ? null : unknown.lockedUntil();
        }
        return rows.get(0) == null ? null : InstantConverter.instant(rows.get(0));
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(ADDRESS_WINDOW))) {
            recent.pollFirst();
        }
    }
}
