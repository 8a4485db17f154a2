package org.commissioning.marketplace.party.application;

import org.commissioning.marketplace.shared.application.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.PasswordLink;
import org.commissioning.marketplace.party.domain.PasswordLink.Purpose;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.Sha256;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.domain.UnprocessableException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Setting a password through a single-use, time-limited link: the first password of an invited
 * (or bootstrapped) account, and a forgotten one. Only the link's digest is stored; a newer link
 * cancels older ones; using a link unlocks the account and ends its remembered tokens.
 */
@ApplicationScoped
public class PasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String PAGE = "password.xhtml?token=";

    @PersistenceContext
    EntityManager em;

    @Inject
    Identities identities;

    @Inject
    Mailbox mailbox;

    @Inject
    AuditTrail audit;

    @Inject
    Passwords passwords;

    @Inject
    Tenancy tenancy;

    @Inject
    Clock clock;

    @Inject
    PublicAddress publicAddress;

    /** What the password page shows for a link: whose account, and until when it works. */
    public record LinkView(String username, String displayName, Purpose purpose, Instant expiresAt) {
    }

    /** Sends an invitation to set a first password; returns the link (for the log when no mail is set up). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String invite(Account account, String invitedBy) {
        String link = issue(account, Purpose.INVITATION);
        mailbox.queue(List.of(account.username()), "You are invited to the Regional Commissioning Marketplace",
                "Hello " + account.displayName() + ",\n\n" + invitedBy + " has given you an account for "
                        + account.organisation().name() + " in the Regional Commissioning Marketplace.\n\n"
                        + "Set your password here (the link works once, until "
                        + UkTime.format(Instant.now(clock).plus(Purpose.INVITATION.validFor())) + "):\n" + link
                        + "\n\nYou will sign in with this email address. If you did not expect this, ignore this email.\n");
        return link;
    }

    /**
     * A forgotten password: when the address belongs to an account that may sign in, a reset link
     * is emailed to it. The caller learns nothing either way: the answer is always the same.
     */
    @Transactional
    public void requestReset(String email, String address) {
        if (email == null || email.isBlank()) {
            throw InvalidInputException.of("email", "Enter the email address you sign in with.");
        }
        String username = email.strip().toLowerCase();
        Optional<Account> account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                .setParameter("u", username).getResultList().stream().findFirst();
        if (account.isEmpty() || !account.get().maySignIn()) {
            audit.recordAs(AuditTrail.SYSTEM, null, "password.reset-requested", "account", "unknown",
                    "reset asked for an address with no active account, from " + address);
            return;
        }
        Account a = account.get();
        String link = issue(a, Purpose.RESET);
        mailbox.queue(List.of(a.username()), "Reset your password for the Regional Commissioning Marketplace",
                "Hello " + a.displayName() + ",\n\nSomeone (we hope you) asked to reset the password of this account.\n\n"
                        + "Choose a new password here (the link works once, for one hour):\n" + link
                        + "\n\nIf you did not ask, ignore this email: your password stays as it is.\n");
        audit.recordAs(a.username(), a.organisation().id(), "password.reset-requested", "account", a.id(),
                "reset link sent, asked from " + address);
    }

    /** The link's account when it can still be used; otherwise why not. */
    @Transactional
    public LinkView describe(String token) {
        PasswordLink link = find(token, false);
        if (!link.usable(Instant.now(clock))) {
            throw new UnprocessableException("token", "This link has been used already or has expired. Ask for a new one.");
        }
        Account a = link.account();
        return new LinkView(a.username(), a.displayName(), link.purpose(), link.expiresAt());
    }

    /** Uses the link to set the password; returns the account's username. */
    @Transactional
    public String setPassword(String token, String password) {
        PasswordLink link = find(token, true);
        Instant now = Instant.now(clock);
        if (!link.usable(now)) {
            link.use(now);  // says which: used or expired
        }
        String hash = passwords.hash(password, "password");
        Account account = link.use(now);
        account.changePassword(hash);
        cancelOthers(account, now);
        em.createNativeQuery("UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?")
                .setParameter(1, account.id()).executeUpdate();
        identities.forget();
        audit.recordAs(account.username(), account.organisation().id(),
                link.purpose() == Purpose.INVITATION ? "account.password-set" : "account.password-reset",
                "account", account.id(), "password set with a " + link.purpose().name().toLowerCase() + " link");
        return account.username();
    }

    /** The signed-in user changes their own password, giving the current one. */
    @Transactional
    public void changeOwn(String current, String next) {
        Account account = tenancy.requireSignedIn();
        if (!passwords.matches(current, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "Your current password is not right.");
        }
        if (current.equals(next)) {
            throw InvalidInputException.of("newPassword", "Choose a new password that is not the same as the current one.");
        }
        Account managed = em.find(Account.class, account.id());
        managed.changePassword(passwords.hash(next, "newPassword"));
        cancelOthers(managed, Instant.now(clock));
        identities.forget();
        audit.record("account.password-changed", "account", managed.id(), "password changed by its owner");
    }

    private String issue(Account account, Purpose purpose) {
        Instant now = Instant.now(clock);
        cancelOthers(account, now);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new PasswordLink(account, purpose, Sha256.hex(token), now));
        return publicAddress.of(PAGE + token);
    }

    private void cancelOthers(Account account, Instant now) {
        em.createQuery("SELECT l FROM PasswordLink l WHERE l.account = :a AND l.usedAt IS NULL", PasswordLink.class)
                .setParameter("a", account).getResultList().forEach(l -> l.cancel(now));
    }

    private PasswordLink find(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new UnprocessableException("token", "This link is not complete. Copy the whole link from the email.");
        }
        var query = em.createQuery("SELECT l FROM PasswordLink l WHERE l.tokenHash = :h", PasswordLink.class)
                .setParameter("h", Sha256.hex(token.strip()));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultList().stream().findFirst()
                .orElseThrow(() -> new UnprocessableException("token", "This link is not known. Copy the whole link from the email, or ask for a new one."));
    }
}
