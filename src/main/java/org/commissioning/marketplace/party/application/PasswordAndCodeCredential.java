package org.commissioning.marketplace.party.application;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** The sign-in page's credential: email address, password and (for two-step sign-in) the one-time code. */
public class PasswordAndCodeCredential extends UsernamePasswordCredential {

    private final String code;

    public PasswordAndCodeCredential(String username, String password, String code) {
        super(username, new Password(password));
        this.code = code;
    }

    public String code() {
        return code;
    }
}
