package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.infrastructure.ChildDetailsConverter;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What needs a commissioner's attention: placements and framework agreements ending within the
 * lead time ({@code marketplace.alerts.lead-days}), drops in the Ofsted judgement of appointed
 * providers' settings recorded within the same days, and open offers above the agreement's price.
 * A hub commissioner sees its member councils' and its own agreements; a council commissioner its
 * own placements and offers and the agreements of its hub. Shown on the home page and emailed each
 * Monday as a digest (once per organisation and week across a cluster).
 */
@ApplicationScoped
public class AlertService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    Mailbox mailbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.alerts.lead-days", defaultValue = "56")
    int leadDays;

    public record Alert(String kind, String summary, LocalDate due, String link) implements Serializable {
    }

    @Transactional
    public List<Alert> mine() {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER);
        boolean hub = caller.has(Role.HUB_COMMISSIONER);
        Long hubId = hub ? Long.valueOf(caller.organisationId()) : parties.hubIdOf(caller.organisationId()).orElse(null);
        return alerts(hub, caller.organisationId(), hubId);
    }

    @SuppressWarnings("unchecked")
    List<Alert> alerts(boolean hub, long organisationId, Long hubId) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        LocalDate horizon = today.plusDays(leadDays);
        List<Alert> alerts = new ArrayList<>();
        String scope = hub ? "p.hub_id = ?" : "p.council_id = ?";
        List<Object[]> ending = em.createNativeQuery("SELECT p.id, p.child_reference, co.name, po.name, p.planned_end FROM placement p "
                        + "JOIN organisation co ON co.id = p.council_id JOIN organisation po ON po.id = p.provider_id WHERE " + scope
                        + " AND p.status IN ('AGREED', 'STARTED') AND p.planned_end BETWEEN ? AND ? ORDER BY p.planned_end LIMIT 200")
                .setParameter(1, organisationId).setParameter(2, today).setParameter(3, horizon).getResultList();
        for (Object[] r : ending) {
            alerts.add(new Alert("Placement ending", "Placement " + ChildDetailsConverter.open(r[1]) + " (" + r[2] + ") with " + r[3] + " is planned to end "
                    + UkTime.date(date(r[4])) + ": extend it or plan the move.", date(r[4]), hub ? null : "/council/placement.xhtml?id=" + r[0]));
        }
        if (hubId != null) {
            List<Object[]> agreements = em.createNativeQuery("SELECT t.id, t.title, t.term_end FROM framework_agreement fa JOIN tender t "
                            + "ON t.id = fa.tender_id WHERE t.hub_id = ? AND fa.status = 'LIVE' AND t.term_end BETWEEN ? AND ? ORDER BY t.term_end")
                    .setParameter(1, hubId).setParameter(2, today).setParameter(3, horizon).getResultList();
            for (Object[] r : agreements) {
                alerts.add(new Alert("Agreement ending", org.commissioning.marketplace.tendering.domain.Tender.reference(((Number) r[0]).longValue()) + " " + r[1] + " ends "
                        + UkTime.date(date(r[2])) + ": re-procure or extend in time.", date(r[2]), null));
            }
        }
        if (hubId != null) {
            // Drops in the Ofsted judgement of settings whose provider is active on one of the hub's live agreements.
            List<Object[]> drops = em.createNativeQuery("SELECT po.id, po.name, s.name, s.ofsted_urn, oi.previous, oi.judgement, oi.judgement_date "
                            + "FROM ofsted_inspection oi JOIN provider_setting s ON s.id = oi.setting_id JOIN organisation po ON po.id = s.provider_id "
                            + "WHERE oi.recorded_at >= ? AND oi.previous IS NOT NULL "
                            + "AND NOT EXISTS (SELECT 1 FROM ofsted_inspection later WHERE later.setting_id = oi.setting_id AND later.id > oi.id) AND EXISTS (SELECT 1 FROM agreement_member m "
                            + "JOIN framework_agreement fa ON fa.id = m.agreement_id JOIN tender t ON t.id = fa.tender_id WHERE m.provider_id = s.provider_id "
                            + "AND m.status = 'ACTIVE' AND fa.status = 'LIVE' AND t.hub_id = ?) ORDER BY oi.recorded_at DESC LIMIT 200")
                    .setParameter(1, InstantConverter.column(today.minusDays(leadDays).atStartOfDay(UkTime.ZONE).toInstant()))
                    .setParameter(2, hubId).getResultList();
            for (Object[] r : drops) {
                var previous = org.commissioning.marketplace.party.domain.OfstedJudgement.valueOf((String) r[4]);
                var now = org.commissioning.marketplace.party.domain.OfstedJudgement.valueOf((String) r[5]);
                if (now.worseThan(previous)) {
                    alerts.add(new Alert("Ofsted judgement dropped", r[1] + "'s " + r[2] + " (" + r[3] + ") went from " + previous.label()
                            + " to " + now.label() + " on " + UkTime.date(date(r[6])) + (now == org.commissioning.marketplace.party.domain.OfstedJudgement.INADEQUATE
                            ? ": it gets no referrals while inadequate." : ": review the placements there."), date(r[6]),
                            (hub ? "/hub" : "/council") + "/provider.xhtml?id=" + r[0]));
                }
            }
        }
        List<Object[]> overPrice = em.createNativeQuery("SELECT r.id, r.child_reference, co.name, po.name, i.offer_fee, i.agreement_fee, "
                        + "i.offer_expires_at FROM referral_invitation i JOIN referral r ON r.id = i.referral_id "
                        + "JOIN organisation co ON co.id = r.council_id JOIN organisation po ON po.id = i.provider_id WHERE "
                        + (hub ? "r.hub_id = ?" : "r.council_id = ?") + " AND i.status = 'OFFERED' AND i.over_price = TRUE LIMIT 200")
                .setParameter(1, organisationId).getResultList();
        for (Object[] r : overPrice) {
            alerts.add(new Alert("Offer above agreement price", po(r) + " offers £" + new BigDecimal(r[4].toString()).toPlainString()
                    + " a week for referral " + ChildDetailsConverter.open(r[1]) + " (" + r[2] + "), above the agreement's £" + new BigDecimal(r[5].toString()).toPlainString()
                    + ".", today, hub ? null : "/council/referral.xhtml?id=" + r[0]));
        }
        return alerts;
    }

    private static String po(Object[] r) {
        return (String) r[3];
    }

    /**
     * On Mondays: each hub and council with alerts gets its digest by email, once per week across a
     * cluster. Returns how many digests this call sent.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendWeeklyDigests() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        if (today.getDayOfWeek() != DayOfWeek.MONDAY) {
            return 0;
        }
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant now = Instant.now(clock);
        int sent = 0;
        List<Object[]> organisations = em.createNativeQuery("SELECT o.id, o.kind FROM organisation o WHERE o.kind IN ('HUB', 'COUNCIL') "
                + "AND o.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM alert_digest d WHERE d.organisation_id = o.id AND d.week_start = ?)")
                .setParameter(1, week).getResultList();
        for (Object[] o : organisations) {
            long id = ((Number) o[0]).longValue();
            boolean hub = "HUB".equals(o[1]);
            Long hubId = hub ? Long.valueOf(id) : parties.hubIdOf(id).orElse(null);
            List<Alert> alerts = alerts(hub, id, hubId);
            int claimed = em.createNativeQuery("INSERT IGNORE INTO alert_digest (organisation_id, week_start, sent_at) VALUES (?, ?, ?)")
                    .setParameter(1, id).setParameter(2, week).setParameter(3, InstantConverter.column(now)).executeUpdate();
            if (claimed == 0 || alerts.isEmpty()) {
                continue;
            }
            List<String> to = parties.usernamesOf(id).stream().filter(u -> parties.worksFor(u, id,
                    hub ? Role.HUB_COMMISSIONER : Role.COUNCIL_COMMISSIONER)).toList();
            mailbox.queue(to, "Your weekly alerts for the week of " + UkTime.date(week) + ": " + alerts.size() + " to look at",
                    "For the week of " + UkTime.date(week) + ":\n\n" + alerts.stream().map(a -> "- " + a.kind() + ": " + a.summary())
                            .collect(Collectors.joining("\n")) + "\n\nThey are also on your home page in the marketplace.\n");
            audit.recordAs(AuditTrail.SYSTEM, id, "alerts.digest-sent", "organisation", id, alerts.size() + " alerts");
            sent++;
        }
        return sent;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
