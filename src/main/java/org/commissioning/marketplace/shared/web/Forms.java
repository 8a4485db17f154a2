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
            Map<String, String> pending = new java.util.LinkedHashMap<>(invalid.fieldErrors());
            // In the order the fields appear on the page, so the summary reads top to bottom.
            faces.getViewRoot().visitTree(jakarta.faces.component.visit.VisitContext.createVisitContext(faces),
                    (context, component) -> {
                        String clientId = component.getClientId(faces);
                        if (clientId.startsWith(formId + ":")) {
                            String message = pending.remove(clientId.substring(formId.length() + 1));
                            if (message != null) {
                                faces.addMessage(clientId, error(message));
                            }
                        }
                        return jakarta.faces.component.visit.VisitResult.ACCEPT;
                    });
            pending.values().forEach(message -> faces.addMessage(null, error(message)));
        } else {
            faces.addMessage(null, error(e.getMessage()));
        }
        faces.validationFailed();
    }

    /**
     * A file refused for its lines (errors keyed "line N", as the CSV readers report them): the
     * summary beside the file input, then every line's problem at the top of the page, in order.
     */
    public static void reportLines(InvalidInputException e, String fileInputId, String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(fileInputId, error(summary));
        e.fieldErrors().forEach((where, message) -> faces.addMessage(null, error(
                (where.isEmpty() ? where : Character.toUpperCase(where.charAt(0)) + where.substring(1)) + ": " + message)));
        faces.validationFailed();
    }

    /**
     * Runs a page's action: on success, shows {@code notice} (unless null: the action set its own) on the page at {@code then}
     * (post-redirect-get); on refusal, reports the error on form {@code formId} and stays.
     */
    public static void attempt(Runnable action, String formId, String notice, String then) {
        try {
            action.run();
            if (notice != null) {
                notice(notice);
            }
            redirect(then);
        } catch (DomainException e) {
            report(e, formId);
        }
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
