package org.commissioning.marketplace.shared.web;

import java.io.Serializable;
import java.util.List;

/**
 * A binding or public action waiting for the person to confirm it: what it is, and a plain summary
 * of what will happen. A page's backing bean holds one while it waits, shows it through
 * WEB-INF/includes/confirmation.xhtml (which takes the bean as {@code bean} and calls its
 * {@code confirm} and {@code dismiss}), and runs the action only on "yes".
 *
 * @param action       the bean's own name for the action, to run on confirmation
 * @param heading      the question, like "Publish T-000042?"
 * @param consequences what will happen, one point each
 * @param yes          the label of the button that goes ahead, like "Yes, publish the tender"
 */
public record Confirmation(String action, String heading, List<String> consequences, String yes) implements Serializable {

    public Confirmation {
        consequences = List.copyOf(consequences);
    }
}
