package org.commissioning.marketplace.party.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.party.application.PasswordLinks;
import org.commissioning.marketplace.party.application.PasswordLinks.LinkView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;

/** password.xhtml: the page an invitation or reset link opens, to choose a password. */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PasswordLinks links;

    private String token;
    private LinkView link;
    private String problem;
    private String password;
    private String confirmation;

    public void load() {
        try {
            link = links.describe(token);
        } catch (DomainException e) {
            problem = e.getMessage();
        }
    }

    public void save() {
        if (password == null || !password.equals(confirmation)) {
            Forms.report(InvalidInputException.of("confirmation", "The two passwords are not the same."), "password-form");
            return;
        }
        try {
            String username = links.setPassword(token, password);
            Forms.notice("Your password is set. Sign in as " + username + ".");
            Forms.redirect("/login.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "password-form");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LinkView getLink() {
        return link;
    }

    public String getProblem() {
        return problem;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
