package org.commissioning.marketplace.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * The "There is a problem" box at the top of a page after a failed submit: one line per message,
 * each linking to the field it is about.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One message; {@code target} is the id of the field to jump to, empty for a page-level message. */
    public record Item(String target, String message) {
    }

    /** Read afresh each time: JSF also asks during decoding, before any message exists. */
    public List<Item> getItems() {
        List<Item> items = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getClientIdsWithMessages().forEachRemaining(clientId -> faces.getMessageList(clientId).stream()
                .filter(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal())
                .forEach(m -> items.add(new Item(clientId == null ? "" : clientId, m.getSummary()))));
        return items;
    }

    public boolean isPresent() {
        return !getItems().isEmpty();
    }
}
