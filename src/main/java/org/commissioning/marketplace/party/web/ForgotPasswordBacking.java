package org.commissioning.marketplace.party.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.commissioning.marketplace.party.application.PasswordLinks;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

/** forgot-password.xhtml: ask for a reset link; the answer never says whether the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    PasswordLinks links;

    private String email;

    public void send() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            links.requestReset(email, request.getRemoteAddr());
            Forms.notice("If " + email.strip() + " has an account, we have emailed it a link to reset the password. "
                    + "The link works once, for one hour.");
            Forms.redirect("/login.xhtml");
        } catch (DomainException e) {
            Forms.report(e, "forgot");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
