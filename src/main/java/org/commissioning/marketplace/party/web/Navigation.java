package org.commissioning.marketplace.party.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.commissioning.marketplace.party.application.CurrentCaller;
import org.commissioning.marketplace.party.application.Identities;
import org.commissioning.marketplace.party.domain.Role;

import java.io.IOException;

/** The header of every page (who is signed in, sign out) and the role-based home redirect. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentCaller caller;

    public String getDisplayName() {
        return caller.identity().map(Identities.Identity::displayName).orElse("");
    }

    public String getOrganisationName() {
        return caller.identity().map(Identities.Identity::organisationName).orElse("");
    }

    /** Sends a signed-in user to the home page of their first role (home.xhtml). */
    public String goHome() {
        return caller.identity()
                .flatMap(a -> java.util.Arrays.stream(Role.values()).filter(a.roles()::contains).findFirst())
                .map(role -> role.homePage() + "?faces-redirect=true")
                .orElse("/login.xhtml?faces-redirect=true");
    }

    public String signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }
}
