package org.commissioning.marketplace.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.util.Map;

/**
 * Reports a service's refusal on the page it came from: each field error beside its input (inputs
 * are named after the service's fields), anything else at the top of the page.
 */
public final class Forms {
    private Forms() {
    }

    /** Shows the error; {@code formId} prefixes field names to find their inputs. */
    public static void report(DomainException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid && !invalid.fieldErrors().isEmpty()) {
            for (Map.Entry<String, String> error : invalid.fieldErrors().entrySet()) {
                String clientId = formId + ":" + error.getKey();
                boolean exists = faces.getViewRoot().findComponent(":" + clientId) != null;
                faces.addMessage(exists ? clientId : null, error(error.getValue()));
            }
        } else {
            faces.addMessage(null, error(e.getMessage()));
        }
        faces.validationFailed();
    }

    /** A message shown at the top of the next page (after a redirect). */
    public static void notice(String message) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", message);
    }

    /** Redirects to the same page (post-redirect-get), so a refresh does not submit again. */
    public static void reload() {
        redirect(((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getRequestURI().substring(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath().length()) + query());
    }

    /** Redirects to a path inside the application and ends this response. */
    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static String query() {
        String q = ((jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest()).getQueryString();
        return q == null ? "" : "?" + q;
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
