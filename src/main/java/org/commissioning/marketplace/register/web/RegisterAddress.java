package org.commissioning.marketplace.register.web;

import jakarta.faces.context.FacesContext;
import org.commissioning.marketplace.shared.web.Forms;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The register page's address: both its parts' filters in one query string, so a filtered view can be bookmarked. */
final class RegisterAddress {

    private RegisterAddress() {
    }

    /** Moves to this page with the parts' queries, landing at the heading of the part that changed. */
    static void redirect(String heading, String... queries) {
        String query = Arrays.stream(queries).filter(q -> !q.isEmpty()).collect(Collectors.joining("&"));
        String page = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        Forms.redirect(page + (query.isEmpty() ? "" : "?" + query) + "#" + heading);
    }
}
