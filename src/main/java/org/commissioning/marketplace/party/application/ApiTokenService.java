package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Commands.TokenRequest;
import org.commissioning.marketplace.party.application.Views.IssuedToken;
import org.commissioning.marketplace.party.application.Views.TokenView;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.ApiToken;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.party.domain.OrganisationStatus;
import org.commissioning.marketplace.shared.application.InputValidator;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.Sha256;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * Personal API tokens: 32 random bytes, shown once; only their SHA-256 digest is kept, so a
 * database dump reveals no usable token. Cheap to check, unlike a password, so machine clients
 * should use them.
 */
@ApplicationScoped
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "rcm_";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    Identities identities;

    @Transactional
    public IssuedToken issue(TokenRequest request) {
        validator.check(request);
        Account account = tenancy.requireSignedIn();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken(account, digest(token), request.label().strip(), Instant.now(clock),
                java.time.Duration.ofDays(request.days()));
        em.persist(stored);
        em.flush();
        audit.record("api-token.issued", "api-token", stored.id(), "token '" + stored.label() + "' issued, valid until "
                + stored.expiresAt());
        return new IssuedToken(stored.id(), stored.label(), token, stored.expiresAt());
    }

    @Transactional
    public List<TokenView> mine() {
        Account account = tenancy.requireSignedIn();
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.account = :a ORDER BY t.createdAt DESC", ApiToken.class)
                .setParameter("a", account).getResultList().stream().map(TokenView::of).toList();
    }

    @Transactional
    public TokenView revoke(long tokenId) {
        Account account = tenancy.requireSignedIn();
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.account().id().equals(account.id())) {
            throw new NotFoundException("You have no API token with id " + tokenId + ".");
        }
        token.revoke(Instant.now(clock));
        identities.forget();
        audit.record("api-token.revoked", "api-token", tokenId, "token '" + token.label() + "' revoked");
        return TokenView.of(token);
    }

    /**
     * Who presents a token, when it is genuine and not revoked and its account may sign in: read
     * as two narrow queries (every API request with a token comes here).
     */
    // No transaction: a remembered answer costs nothing, and a lookup is a plain read.
    public Optional<TokenHolder> holderOf(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String digest = digest(token);
        Optional<TokenHolder> remembered = identities.token(digest);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<TokenHolder> holder = lookUp(digest);
        holder.ifPresent(h -> identities.token(digest, h));
        return holder;
    }

    private Optional<TokenHolder> lookUp(String digest) {
        List<Object[]> found = em.createQuery("SELECT a.id, a.username FROM ApiToken t JOIN t.account a "
                        + "JOIN a.organisation o WHERE t.tokenHash = :h AND t.revokedAt IS NULL AND t.expiresAt > :now "
                        + "AND a.enabled = TRUE AND o.status = :active", Object[].class)
                .setParameter("h", digest).setParameter("now", Instant.now(clock))
                .setParameter("active", OrganisationStatus.ACTIVE).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Set<String> roles = em.createQuery("SELECT r FROM Account a JOIN a.roles r WHERE a.id = :a", Role.class)
                .setParameter("a", found.get(0)[0]).getResultList().stream().map(Enum::name).collect(Collectors.toSet());
        return Optional.of(new TokenHolder((String) found.get(0)[1], roles));
    }

    public record TokenHolder(String username, Set<String> roles) {
    }

    static String digest(String token) {
        return Sha256.hex(token);
    }
}
