package org.commissioning.marketplace.party.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commissioning.marketplace.party.application.PasswordAndCodeCredential;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** login.xhtml: sign in with email address and password, then go where the user was heading. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext securityContext;

    private String username;
    private String password;
    private String next;
    private String code;

    public void signIn() throws IOException {
        Map<String, String> missing = new LinkedHashMap<>();
        if (username == null || username.isBlank()) {
            missing.put("username", "Enter your email address.");
        }
        if (password == null || password.isEmpty()) {
            missing.put("password", "Enter your password.");
        }
        if (!missing.isEmpty()) {
            Forms.report(new InvalidInputException(missing), "login");
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new PasswordAndCodeCredential(username.strip(), password, code)));
        switch (status) {
            case SUCCESS -> {
                external.redirect(external.getRequestContextPath() + safeNext());
                faces.responseComplete();
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object refused = external.getRequestMap().get(org.commissioning.marketplace.party.application.SignInGuard.REFUSAL);
                Forms.report(InvalidInputException.of("username", refused != null ? refused.toString()
                        : "Enter a correct email address and password. Accounts of providers awaiting approval cannot sign in yet."),
                        "login");
            }
        }
    }

    /** Only paths inside this application: never an absolute or protocol-relative address. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/login.xhtml")) {
            return next;
        }
        return "/home.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
