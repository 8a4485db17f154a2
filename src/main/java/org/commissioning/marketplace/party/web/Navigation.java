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

    @Inject
    Identities identities;

    private java.util.Optional<Identities.Identity> identity;

    /**
     * Who is signed in. On an error page (a 403 or 404 shown in place of the page asked for) the
     * security context no longer names the caller, though the request still does: the header then
     * reads the request's principal, so a signed-in user still sees their name and navigation.
     */
    private java.util.Optional<Identities.Identity> identity() {
        if (identity == null) {
            identity = caller.identity().or(() -> {
                java.security.Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
                return principal == null ? java.util.Optional.empty() : identities.of(principal.getName());
            });
        }
        return identity;
    }

    public boolean isSignedIn() {
        return identity().isPresent();
    }

    /** Whether the signed-in user has the role (by its name), for the navigation. */
    public boolean has(String role) {
        return identity().map(i -> i.roles().contains(Role.valueOf(role))).orElse(false);
    }

    public String getDisplayName() {
        return identity().map(Identities.Identity::displayName).orElse("");
    }

    public String getOrganisationName() {
        return identity().map(Identities.Identity::organisationName).orElse("");
    }

    /** Sends a signed-in user to the home page of their first role (home.xhtml). */
    public String goHome() {
        return identity()
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
