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
import org.commissioning.marketplace.party.application.SignInGuard;
import org.commissioning.marketplace.party.application.Passwords;
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
            String address = clientAddress();
            // Locked accounts and addresses are refused before the password is judged (SignInGuard.Refused).
            guard.check(username, address);
            Optional<Account> account = em.createQuery("SELECT a FROM Account a WHERE a.username = :u", Account.class)
                    .setParameter("u", username).getResultStream().findFirst();
            boolean matches = passwords.matches(password.getPasswordAsString(),
                    account.map(Account::passwordHash).orElse(decoyHash));
            Optional<Account> valid = account.filter(a -> matches && a.maySignIn());
            if (valid.isEmpty()) {
                guard.failed(username, account.map(Account::id).orElse(null), address);
                return CredentialValidationResult.INVALID_RESULT;
            }
            guard.succeeded(valid.get().id(), valid.get().failedSignIns());
            return valid(valid.get());
        }
        if (credential instanceof ApiTokenCredential token) {
            return tokens.holderOf(token.token()).map(h -> new CredentialValidationResult(h.username(), h.roles()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
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
