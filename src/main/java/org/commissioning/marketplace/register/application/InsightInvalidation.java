package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.audit.application.RecordChanged;

import java.util.List;
import java.util.Set;

/**
 * Records, in the changing transaction, which dashboard snapshots a change makes out of date: a
 * placement or a referral (its council, its hub and the nation); needs and organisations (every
 * snapshot: baselines move savings, memberships move hubs).
 */
@ApplicationScoped
public class InsightInvalidation {

    private static final Set<String> ALL = Set.of("needs-submission", "needs-round", "organisation");

    @PersistenceContext
    EntityManager em;

    @Inject
    InsightSnapshots snapshots;

    @SuppressWarnings("unchecked")
    void onChange(@Observes RecordChanged change) {
        String table = switch (change.recordType()) {
            case "placement" -> "placement";
            case "referral" -> "referral";
            default -> null;
        };
        if (table != null) {
            long id;
            try {
                id = Long.parseLong(change.recordId());
            } catch (NumberFormatException e) {
                return;
            }
            em.flush(); // a new placement is written before its scopes are read
            List<Object[]> rows = em.createNativeQuery("SELECT council_id, hub_id FROM " + table + " WHERE id = ?").setParameter(1, id)
                    .getResultList();
            rows.stream().findFirst().ifPresent(r -> snapshots.changed(List.of("council:" + r[0], "hub:" + r[1], InsightService.NATIONAL)));
        } else if (ALL.contains(change.recordType())) {
            snapshots.changed(List.of("*"));
        }
    }
}
