package org.commissioning.marketplace.placement.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/**
 * For the demo only (the launcher turns it on; tests do not): a live standard-fostering framework
 * agreement of the North West hub with Brightwater (rank 1) and Kestrel (rank 2), so that a council
 * can refer a child straight away, and vacancies and registered needs on their settings. The
 * agreement is loaded as it stands after an award; its tender's evaluation history is not.
 * Idempotent: nothing happens when the demo agreement exists.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class CallOffDemoData {

    static final String TITLE = "North West Fostering Framework 2026-2030 (demo)";
    private static final Logger LOG = Logger.getLogger(CallOffDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.demo-call-offs", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled || !em.createNativeQuery("SELECT id FROM tender WHERE title = ?").setParameter(1, TITLE).getResultList().isEmpty()) {
            return;
        }
        long hub = parties.named("North West Placements Hub").orElseThrow().id();
        long brightwater = parties.named("Brightwater Fostering Ltd").orElseThrow().id();
        long kestrel = parties.named("Kestrel Fostering Ltd").orElseThrow().id();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Object at = InstantConverter.column(now.minus(120, ChronoUnit.DAYS));
        LocalDate today = LocalDate.now(clock);
        em.createNativeQuery("INSERT INTO tender (hub_id, title, description, procedure_type, status, term_start, term_end, "
                        + "clarification_deadline, bid_deadline, planned_award, standstill_days, published_at, created_at, created_by, extension_months) "
                        + "VALUES (?, ?, ?, 'FRAMEWORK', 'AWARDED', ?, ?, ?, ?, ?, 8, ?, ?, 'demo', 12)")
                .setParameter(1, hub).setParameter(2, TITLE)
                .setParameter(3, "Standard fostering placements for the hub's member councils (loaded as demo data).")
                .setParameter(4, today.minusMonths(2)).setParameter(5, today.plusYears(4)).setParameter(6, at).setParameter(7, at)
                .setParameter(8, today.minusMonths(2)).setParameter(9, at).setParameter(10, at).executeUpdate();
        long tender = ((Number) em.createNativeQuery("SELECT id FROM tender WHERE title = ?").setParameter(1, TITLE).getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO lot (tender_id, number, title, category, estimated_placements, estimated_value) "
                + "VALUES (?, 1, 'Standard fostering', 'FOSTERING_STANDARD', 120, 5500000.00)").setParameter(1, tender).executeUpdate();
        em.createNativeQuery("INSERT INTO framework_agreement (tender_id, status, live_from, call_off_route, ends_on, latest_end) "
                        + "VALUES (?, 'LIVE', ?, 'DIRECT_AWARD', ?, ?)")
                .setParameter(1, tender).setParameter(2, InstantConverter.column(now.minus(60, ChronoUnit.DAYS)))
                .setParameter(3, today.plusYears(4)).setParameter(4, today.plusYears(5)).executeUpdate();
        long agreement = ((Number) em.createNativeQuery("SELECT id FROM framework_agreement WHERE tender_id = ?").setParameter(1, tender)
                .getSingleResult()).longValue();
        for (Object[] m : List.of(new Object[]{brightwater, 1, "{\"STANDARD\":890.00,\"COMPLEX\":1150.00,\"HIGHLY_COMPLEX\":1480.00}"},
                new Object[]{kestrel, 2, "{\"STANDARD\":925.00,\"COMPLEX\":1190.00,\"HIGHLY_COMPLEX\":1550.00}"})) {
            em.createNativeQuery("INSERT INTO agreement_member (agreement_id, lot_number, provider_id, rank_in_lot, weekly_fees, status) "
                    + "VALUES (?, 1, ?, ?, ?, 'ACTIVE')").setParameter(1, agreement).setParameter(2, m[0]).setParameter(3, m[1])
                    .setParameter(4, m[2]).executeUpdate();
        }
        em.createNativeQuery("UPDATE provider_setting SET vacancies = 3, registered_needs = 'SIBLING_GROUP,AUTISM,LEARNING_DISABILITY', "
                + "vacancies_updated_at = ? WHERE ofsted_urn IN ('SC481120', 'SC498876')").setParameter(1, InstantConverter.column(now))
                .executeUpdate();
        audit.recordAs(AuditTrail.SYSTEM, hub, "demo-data.loaded", "tender", tender, "demo framework agreement for call-offs");
        LOG.info("Demo call-off agreement loaded: " + TITLE);
    }
}
