package org.commissioning.marketplace.need.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.need.domain.AgeBand;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.need.domain.NeedLineSpec;
import org.commissioning.marketplace.need.domain.NeedsRound;
import org.commissioning.marketplace.need.domain.NeedsSubmission;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * With demo data on: an open 2027-28 needs round for the North West hub, needs submitted by
 * Bury and Salford and in progress at Oldham (Bolton and Manchester are left for people to try).
 * Idempotent: nothing happens when the hub has a round for that year.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class NeedsDemoData {

    static final String HUB = "North West Placements Hub";
    static final int YEAR = 2027;
    private static final Logger LOG = Logger.getLogger(NeedsDemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.demo-data", defaultValue = "false")
    boolean enabled;

    private record Line(ServiceCategory category, NeedLevel level, AgeBand band, String subRegion, int placements,
                        int weeks, String fee) {
    }

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        OrganisationRef hub = parties.named(HUB).orElse(null);
        if (hub == null || !em.createQuery("SELECT r.id FROM NeedsRound r WHERE r.hubId = :h AND r.planningYear = :y",
                Long.class).setParameter("h", hub.id()).setParameter("y", YEAR).getResultList().isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        Instant deadline = LocalDate.now(clock).plusDays(45).atTime(17, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        NeedsRound round = NeedsRound.open(hub.id(), YEAR, deadline,
                List.of("Greater Manchester", "Lancashire", "Cheshire", "Merseyside", "Cumbria"), "system", now);
        em.persist(round);
        em.flush();
        submit(round, "Bury Council", true, now,
                new Line(ServiceCategory.FOSTERING_STANDARD, NeedLevel.STANDARD, AgeBand.AGE_5_TO_10, "Greater Manchester", 18, 40, "895.00"),
                new Line(ServiceCategory.FOSTERING_SPECIALIST, NeedLevel.COMPLEX, AgeBand.AGE_11_TO_15, "Greater Manchester", 6, 46, "1240.00"),
                new Line(ServiceCategory.RESIDENTIAL_SMALL_GROUP, NeedLevel.COMPLEX, AgeBand.AGE_11_TO_15, "Greater Manchester", 3, 52, "5450.00"),
                new Line(ServiceCategory.RESIDENTIAL_SOLO, NeedLevel.HIGHLY_COMPLEX, AgeBand.AGE_11_TO_15, "Lancashire", 1, 30, "9800.00"));
        submit(round, "Salford City Council", true, now,
                new Line(ServiceCategory.FOSTERING_STANDARD, NeedLevel.STANDARD, AgeBand.UNDER_5, "Greater Manchester", 14, 38, "860.00"),
                new Line(ServiceCategory.FOSTERING_PARENT_AND_CHILD, NeedLevel.COMPLEX, AgeBand.UNDER_5, "Greater Manchester", 4, 16, "1650.00"),
                new Line(ServiceCategory.RESIDENTIAL_SMALL_GROUP, NeedLevel.COMPLEX, AgeBand.AGE_11_TO_15, "Greater Manchester", 4, 48, "5900.00"),
                new Line(ServiceCategory.SPECIAL_SCHOOL_DAY, NeedLevel.COMPLEX, AgeBand.AGE_5_TO_10, "Cheshire", 5, 39, "1050.00"));
        submit(round, "Oldham Council", false, now,
                new Line(ServiceCategory.SUPPORTED_ACCOMMODATION, NeedLevel.STANDARD, AgeBand.AGE_16_TO_17, "Greater Manchester", 9, 44, "1450.00"));
        audit.recordAs(AuditTrail.SYSTEM, hub.id(), "demo-data.loaded", "needs-round", round.id(),
                "demo needs round " + round.planningYearLabel());
        LOG.info("Demo needs round loaded.");
    }

    private void submit(NeedsRound round, String council, boolean submitted, Instant now, Line... lines) {
        OrganisationRef c = parties.named(council).orElseThrow();
        NeedsSubmission s = NeedsSubmission.start(round, c.id());
        em.persist(s);
        for (Line l : lines) {
            s.add(new NeedLineSpec(l.category(), l.level(), l.band(), l.subRegion(), l.placements(), l.weeks(),
                    new BigDecimal(l.fee())), round, now);
        }
        if (submitted) {
            s.submit("system", round, now);
        }
        em.flush();
    }
}
