package org.commissioning.marketplace.party.application;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Two-step sign-in with time-based one-time codes (RFC 6238: six digits, 30 seconds, from any
 * authenticator app). A code is accepted for the step before, the current or the next one, and
 * never twice (the last accepted step is kept in the account row, so across a cluster). The codes
 * follow the real time, never the marketplace's clock switch: the user's phone does. When
 * {@code marketplace.second-factor-required} is on, hub commissioners and administrators must turn
 * it on before they can use the marketplace.
 */
@ApplicationScoped
public class SecondFactor {

    static final String ISSUER = "Regional Commissioning Marketplace";
    static final int PERIOD_SECONDS = 30;
    /** The roles that must use two-step sign-in when it is required. */
    public static final Set<Role> REQUIRED_FOR = EnumSet.of(Role.HUB_COMMISSIONER, Role.ADMINISTRATOR,
            Role.PLATFORM_ADMINISTRATOR);

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
    private final Clock realTime = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    Identities identities;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "marketplace.second-factor-required", defaultValue = "false")
    boolean required;

    /** A secret offered for setting up, with what the app needs: the QR code (a data: URI) and the key to type. */
    public record Enrolment(String secret, String qrCodeDataUri, String otpauthUri) implements java.io.Serializable {
    }

    /** Whether this account must turn two-step sign-in on before anything else. */
    public boolean mustEnrol(Account account) {
        return required && !account.hasSecondFactor() && account.roles().stream().anyMatch(REQUIRED_FOR::contains);
    }

    public boolean isRequired() {
        return required;
    }

    /** A new secret for the signed-in user to add to their app; nothing is stored until they confirm a code. */
    public Enrolment offer() {
        Account account = tenancy.requireSignedIn();
        String secret = new DefaultSecretGenerator(32).generate();
        QrData data = new QrData.Builder().label(account.username()).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return new Enrolment(secret, Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()), data.getUri());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code could not be drawn", e);
        }
    }

    /** Turns two-step sign-in on once the user shows a code from the secret they were offered. */
    @Transactional
    public void confirm(String secret, String code) {
        Account account = em.find(Account.class, tenancy.requireSignedIn().id());
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw InvalidInputException.of("code", "Start setting up two-step sign-in again.");
        }
        if (matchingStep(secret, code) == null) {
            throw InvalidInputException.of("code", "That code is not right. Enter the 6 digits your app shows now.");
        }
        account.changeSecondFactor(secret);
        identities.forget();
        em.createNativeQuery("UPDATE account SET totp_last_step = NULL WHERE id = ?").setParameter(1, account.id())
                .executeUpdate();
        audit.record("account.second-factor-on", "account", account.id(), "two-step sign-in turned on");
    }

    /** Turns it off, with a current code; refused while it is required for the user's role. */
    @Transactional
    public void turnOff(String code) {
        Account account = em.find(Account.class, tenancy.requireSignedIn().id());
        if (!account.hasSecondFactor()) {
            throw new ConflictException("Two-step sign-in is not on.");
        }
        if (required && account.roles().stream().anyMatch(REQUIRED_FOR::contains)) {
            throw new ConflictException("Your role needs two-step sign-in: it cannot be turned off.");
        }
        if (!accept(account, code)) {
            throw InvalidInputException.of("code", "That code is not right. Enter the 6 digits your app shows now.");
        }
        account.changeSecondFactor(null);
        identities.forget();
        audit.record("account.second-factor-off", "account", account.id(), "two-step sign-in turned off");
    }

    /**
     * Whether the code is right for the account now and its step was not used before; the step is
     * then used up (one statement, so two requests with one code cannot both pass).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean accept(Account account, String code) {
        Long step = matchingStep(account.secondFactorSecret(), code);
        if (step == null) {
            return false;
        }
        return em.createNativeQuery("UPDATE account SET totp_last_step = ? WHERE id = ? "
                        + "AND (totp_last_step IS NULL OR totp_last_step < ?)")
                .setParameter(1, step).setParameter(2, account.id()).setParameter(3, step).executeUpdate() == 1;
    }

    private Long matchingStep(String secret, String code) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (secret == null || !digits.matches("\\d{6}")) {
            return null;
        }
        long now = realTime.instant().getEpochSecond() / PERIOD_SECONDS;
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if (java.security.MessageDigest.isEqual(codes.generate(secret, step).getBytes(), digits.getBytes())) {
                    return step;
                }
            }
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("A one-time code could not be worked out", e);
        }
        return null;
    }
}
