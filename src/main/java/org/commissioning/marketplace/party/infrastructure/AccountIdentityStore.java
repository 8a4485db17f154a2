package org.commissioning.marketplace.party.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.commissioning.marketplace.party.application.ApiTokenService;
import org.commissioning.marketplace.party.application.Identities;
import org.commissioning.marketplace.party.application.SignInGuard;
import org.commissioning.marketplace.party.application.Passwords;
import org.commissioning.marketplace.party.application.PasswordAndCodeCredential;
import org.commissioning.marketplace.party.application.SecondFactor;
import org.commissioning.marketplace.party.domain.Account;

import java.util.Optional;

/**
 * Checks passwords and API tokens against the marketplace's accounts. Only enabled accounts of
 * active organisations sign in; their roles become the caller's groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    ApiTokenService tokens;

    @Inject
    SignInGuard guard;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Identities identities;

    /** The header an API client sends its one-time code in, with HTTP Basic. */
    public static final String ONE_TIME_CODE = "X-One-Time-Code";

    @Inject
    jakarta.enterprise.inject.Instance<jakarta.servlet.http.HttpServletRequest> request;

    /** Compared against when the username is unknown, so timing does not reveal which accounts exist. */
    private String decoyHash;

    @PostConstruct
    void init() {
        decoyHash = passwords.hash("decoy-password-for-unknown-users", "password");
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            String username = password.getCaller() == null ? "" : password.getCaller().strip().toLowerCase();
            boolean page = credential instanceof PasswordAndCodeCredential;
            if (!page && identities.verifiedRecently(username, password.getPasswordAsString())) {
                // The same Basic credentials were checked against the stored hash seconds ago (an API
                // client's next request): not hashed again. Forgotten at any change to the account.
                Optional<Identities.Identity> known = identities.of(username).filter(Identities.Identity::maySignIn);
                if (known.isPresent()) {
                    return new CredentialValidationResult(known.get().username(), known.get().roleNames());
                }
            }
            String address = clientAddress();
            // Locked accounts and addresses are refused before the password is judged (SignInGuard.Refused).
            guard.check(username, address);
            Optional<Account> account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                    .setParameter("u", username).getResultStream().findFirst();
            // An unknown address, or an invited account with no password yet, is judged against the decoy:
            // it takes as long, so timing tells nobody which addresses have accounts.
            String stored = account.filter(Account::hasPassword).map(Account::passwordHash).orElse(decoyHash);
            boolean matches = passwords.matches(password.getPasswordAsString(), stored)
                    && account.map(Account::hasPassword).orElse(false);
            Optional<Account> valid = account.filter(a -> matches && a.maySignIn());
            if (valid.isEmpty()) {
                guard.failed(username, account.map(Account::id).orElse(null), address);
                return CredentialValidationResult.INVALID_RESULT;
            }
            Account signedIn = valid.get();
            if (signedIn.hasSecondFactor()) {
                String code = page ? ((PasswordAndCodeCredential) credential).code() : header(ONE_TIME_CODE);
                if (!secondFactor.accept(signedIn, code)) {
                    refuse(code == null || code.isBlank()
                            ? "Enter the 6-digit code from your authenticator app (two-step sign-in is on for this account"
                            + (page ? ")." : "; send it in the " + ONE_TIME_CODE + " header, or use an API token).")
                            : "That code is not right, or was used already. Enter the 6 digits your app shows now.");
                    guard.failed(username, signedIn.id(), address);
                    return CredentialValidationResult.INVALID_RESULT;
                }
            } else if (!page && secondFactor.mustEnrol(signedIn)) {
                refuse("Your role needs two-step sign-in: turn it on from Your account in the browser, then use an API "
                        + "token or send the code in the " + ONE_TIME_CODE + " header.");
                return CredentialValidationResult.INVALID_RESULT;
            }
            guard.succeeded(signedIn.id(), signedIn.failedSignIns());
            if (!page && !signedIn.hasSecondFactor()) {
                identities.verified(username, password.getPasswordAsString());
            }
            return valid(signedIn);
        }
        if (credential instanceof ApiTokenCredential token) {
            return tokens.holderOf(token.token()).map(h -> new CredentialValidationResult(h.username(), h.roles()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    /** Why a sign-in was refused, for the page or the API's answer. */
    private void refuse(String why) {
        try {
            request.get().setAttribute(SignInGuard.REFUSAL, why);
        } catch (RuntimeException noRequest) {
            // nothing to tell
        }
    }

    private String header(String name) {
        try {
            return request.get().getHeader(name);
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    /** The client's address as the server sees it (a proxy in front is one address: see the README). */
    private String clientAddress() {
        try {
            return request.get().getRemoteAddr();
        } catch (RuntimeException noRequest) {
            return "unknown";
        }
    }

    private static CredentialValidationResult valid(Account account) {
        return new CredentialValidationResult(account.username(), account.roleNames());
    }
}
