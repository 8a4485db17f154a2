package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who callers are, remembered for a few seconds so that a client's burst of API requests is not
 * looked up in the database on each one, nor its password hashed again on each one:
 * <ul>
 * <li>each signed-in account's identity (its organisation, roles and whether it may sign in), read
 *     in one query;</li>
 * <li>HTTP Basic credentials that were verified against the stored PBKDF2 hash, kept only as an
 *     HMAC under a key that exists only in this process's memory and changes at every start, so
 *     nothing written anywhere lets anyone test passwords faster than the stored hash allows (an
 *     account with two-step sign-in needs a fresh code each time and is never remembered);</li>
 * <li>the holders of API tokens.</li>
 * </ul>
 * Every change to an account, its roles, its password or its organisation's status forgets
 * everything at once on this instance ({@link #forget}); on other instances of a cluster an
 * identity is at most {@link #REMEMBERED_FOR} old.
 */
@ApplicationScoped
public class Identities {

    public static final Duration REMEMBERED_FOR = Duration.ofSeconds(10);
    private static final int MAX_REMEMBERED = 10_000;

    /** The signed-in account as authorisation and the audit need it. */
    public record Identity(long accountId, String username, String displayName, Set<Role> roles, boolean enabled,
                           boolean passwordSet, boolean secondFactor, Instant createdAt, long organisationId,
                           String organisationName, OrganisationKind organisationKind, OrganisationStatus organisationStatus) {
        public boolean maySignIn() {
            return enabled && organisationStatus == OrganisationStatus.ACTIVE;
        }

        public Set<String> roleNames() {
            return roles.stream().map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    private record Remembered<T>(T value, Instant until) {
    }

    @PersistenceContext
    EntityManager em;

    private final ConcurrentHashMap<String, Remembered<Identity>> identities = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Remembered<String>> verified = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Remembered<ApiTokenService.TokenHolder>> tokens = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];

    public Identities() {
        new SecureRandom().nextBytes(key);
    }

    /** The account's identity: remembered, or read in one query. */
    // No transaction: a remembered answer costs nothing, and a lookup is a plain read.
    public Optional<Identity> of(String username) {
        Remembered<Identity> r = identities.get(username);
        Instant now = Instant.now();
        if (r != null && r.until().isAfter(now)) {
            return Optional.of(r.value());
        }
        Optional<Identity> read = read(username);
        read.ifPresentOrElse(i -> remember(identities, username, i, now), () -> identities.remove(username));
        return read;
    }

    @SuppressWarnings("unchecked")
    private Optional<Identity> read(String username) {
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.username, a.display_name, a.enabled, a.password_hash IS NOT NULL, "
                        + "a.totp_secret IS NOT NULL, a.created_at, o.id, o.name, o.kind, o.status, GROUP_CONCAT(r.role) "
                        + "FROM account a JOIN organisation o ON o.id = a.organisation_id LEFT JOIN account_role r ON r.account_id = a.id "
                        + "WHERE a.username = ? GROUP BY a.id")
                .setParameter(1, username).getResultList();
        return rows.stream().findFirst().map(row -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (row[11] != null) {
                Arrays.stream(row[11].toString().split(",")).map(Role::valueOf).forEach(roles::add);
            }
            return new Identity(((Number) row[0]).longValue(), (String) row[1], (String) row[2], Set.copyOf(roles), truth(row[3]),
                    truth(row[4]), truth(row[5]), InstantConverter.instant(row[6]), ((Number) row[7]).longValue(), (String) row[8],
                    OrganisationKind.valueOf((String) row[9]), OrganisationStatus.valueOf((String) row[10]));
        });
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** Whether these exact Basic credentials were verified against the stored hash in the last few seconds. */
    public boolean verifiedRecently(String username, String password) {
        Remembered<String> r = verified.get(mac(username, password));
        return r != null && r.until().isAfter(Instant.now()) && r.value().equals(username);
    }

    /** Remembers credentials just verified against the stored hash (never for an account with two-step sign-in). */
    public void verified(String username, String password) {
        remember(verified, mac(username, password), username, Instant.now());
    }

    public Optional<ApiTokenService.TokenHolder> token(String digest) {
        Remembered<ApiTokenService.TokenHolder> r = tokens.get(digest);
        return r != null && r.until().isAfter(Instant.now()) ? Optional.of(r.value()) : Optional.empty();
    }

    public void token(String digest, ApiTokenService.TokenHolder holder) {
        remember(tokens, digest, holder, Instant.now());
    }

    /** Forgets everything remembered: after any change to who may do what. */
    public void forget() {
        identities.clear();
        verified.clear();
        tokens.clear();
    }

    private static <T> void remember(ConcurrentHashMap<String, Remembered<T>> map, String key, T value, Instant now) {
        if (map.size() >= MAX_REMEMBERED) {
            map.clear();
        }
        map.put(key, new Remembered<>(value, now.plus(REMEMBERED_FOR)));
    }

    private String mac(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
