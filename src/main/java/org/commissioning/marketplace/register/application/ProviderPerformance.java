package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.party.domain.RegistrationStatus;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How each provider of the hub (approved by it or on its agreements) performs there: referrals sent to it, offers made,
 * declined and left unanswered, placements, unplanned endings, and the Ofsted judgements of its
 * settings with their history. Hub and council commissioners see the providers of their hub; a
 * provider sees its own figures (across hubs) and never another's.
 */
@ApplicationScoped
public class ProviderPerformance {

    public static final String METHOD = "Counts over the hub's referrals and placements since they began. Sent: referrals that "
            + "reached the provider (not those still queued in a cascade). Offers: every offer made, whatever became of it. "
            + "Unplanned endings: placements that ended before their planned end for a reason such as a breakdown, out of the "
            + "placements that ended. Drops: worse Ofsted judgements than the one before, recorded in the last 12 months.";

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    java.time.Clock clock;

    /**
     * A provider's figures. {@code standing} says where it stands with the hub: on one of its
     * agreements, approved but on none yet, or suspended.
     */
    public record ProviderRow(long providerId, String name, String standing, String judgements, long sent, long offers, long declined,
                              long unanswered, long placements, long ended, long unplannedEndings, BigDecimal unplannedShare,
                              long drops) implements Serializable {
    }

    public record Inspection(String judgement, LocalDate date, String previous, boolean drop) implements Serializable {
    }

    public record SettingHistory(long settingId, String name, String ofstedUrn, String category, String judgement,
                                 String registration, List<Inspection> history) implements Serializable {
    }

    public record ProviderDetail(ProviderRow performance, List<SettingHistory> settings, String method) implements Serializable {
    }

    /** The providers of the caller's hub (a provider: itself), by name, optionally those whose name contains the text. */
    @Transactional
    public Page<ProviderRow> providers(String nameContains, PageRequest request) {
        Scope scope = scope();
        List<ProviderRow> rows = rows(scope, null);
        if (nameContains != null && !nameContains.isBlank()) {
            String text = nameContains.strip().toLowerCase(Locale.UK);
            rows = rows.stream().filter(r -> r.name().toLowerCase(Locale.UK).contains(text)).toList();
        }
        int from = Math.min(request.offset(), rows.size());
        return new Page<>(List.copyOf(rows.subList(from, Math.min(from + request.size(), rows.size()))), rows.size(),
                request.page(), request.size());
    }

    /** One provider's figures and its settings' Ofsted histories. */
    @Transactional
    @SuppressWarnings("unchecked")
    public ProviderDetail provider(long providerId) {
        Scope scope = scope();
        List<ProviderRow> rows = rows(scope, providerId);
        if (rows.isEmpty()) {
            throw new NotFoundException("No such provider approved by or on the agreements of your hub.");
        }
        List<Object[]> settings = em.createNativeQuery("SELECT s.id, s.name, s.ofsted_urn, s.category, s.judgement, s.registration_status FROM provider_setting s "
                + "WHERE s.provider_id = ? ORDER BY s.name").setParameter(1, providerId).getResultList();
        Map<Long, List<Inspection>> histories = new LinkedHashMap<>();
        List<Object[]> inspections = em.createNativeQuery("SELECT oi.setting_id, oi.judgement, oi.judgement_date, oi.previous FROM "
                + "ofsted_inspection oi JOIN provider_setting s ON s.id = oi.setting_id WHERE s.provider_id = ? "
                + "ORDER BY oi.judgement_date DESC, oi.id DESC").setParameter(1, providerId).getResultList();
        for (Object[] r : inspections) {
            OfstedJudgement judgement = OfstedJudgement.valueOf((String) r[1]);
            OfstedJudgement previous = r[3] == null ? null : OfstedJudgement.valueOf((String) r[3]);
            histories.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Inspection(judgement.label(),
                    date(r[2]), previous == null ? null : previous.label(), judgement.worseThan(previous)));
        }
        List<SettingHistory> result = settings.stream().map(r -> new SettingHistory(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], ServiceCategory.valueOf((String) r[3]).label(), OfstedJudgement.valueOf((String) r[4]).label(),
                RegistrationStatus.valueOf((String) r[5]).label(),
                histories.getOrDefault(((Number) r[0]).longValue(), List.of()))).toList();
        return new ProviderDetail(rows.get(0), result, METHOD);
    }

    /** Whose figures the caller may see: a hub's providers, or one provider's own. */
    private record Scope(Long hubId, Long providerId) {
    }

    private Scope scope() {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER);
        if (caller.has(Role.HUB_COMMISSIONER)) {
            return new Scope(caller.organisationId(), null);
        }
        if (caller.has(Role.COUNCIL_COMMISSIONER)) {
            return new Scope(parties.hubIdOf(caller.organisationId())
                    .orElseThrow(() -> new ConflictException(caller.organisationName() + " is not a member of a hub.")), null);
        }
        return new Scope(null, caller.organisationId());
    }

    @SuppressWarnings("unchecked")
    private List<ProviderRow> rows(Scope scope, Long only) {
        Long provider = scope.providerId() != null ? scope.providerId() : only;
        if (scope.providerId() != null && only != null && !only.equals(scope.providerId())) {
            return List.of(); // a provider sees only itself
        }
        // A hub's providers: those on its agreements and those it approved (suspended ones included), on an agreement or not.
        String members = scope.hubId() != null
                ? "SELECT x.id, o.name, MAX(x.member), o.status FROM (SELECT m.provider_id id, 1 member FROM agreement_member m "
                + "JOIN framework_agreement fa ON fa.id = m.agreement_id JOIN tender t ON t.id = fa.tender_id WHERE t.hub_id = " + scope.hubId()
                + " UNION ALL SELECT p.id, 0 FROM provider p JOIN organisation po ON po.id = p.id WHERE p.hub_id = " + scope.hubId()
                + " AND po.status IN ('ACTIVE', 'SUSPENDED')) x JOIN organisation o ON o.id = x.id"
                + (provider == null ? "" : " WHERE x.id = " + provider) + " GROUP BY x.id, o.name, o.status ORDER BY o.name, x.id"
                : "SELECT o.id, o.name, 1, o.status FROM organisation o WHERE o.id = " + provider;
        List<Object[]> providers = em.createNativeQuery(members).getResultList();
        if (providers.isEmpty()) {
            return List.of();
        }
        String ids = providers.stream().map(r -> r[0].toString()).collect(Collectors.joining(","));
        Map<Long, long[]> invitations = byProvider(em.createNativeQuery("SELECT i.provider_id, SUM(i.status <> 'QUEUED'), "
                + "SUM(i.offer_fee IS NOT NULL), SUM(i.status = 'DECLINED'), SUM(i.status = 'EXPIRED') FROM referral_invitation i "
                + (scope.hubId() != null ? "JOIN referral r ON r.id = i.referral_id WHERE r.hub_id = " + scope.hubId() + " AND " : "WHERE ")
                + "i.provider_id IN (" + ids + ") GROUP BY i.provider_id").getResultList());
        Map<Long, long[]> placements = byProvider(em.createNativeQuery("SELECT p.provider_id, COUNT(*), SUM(p.status = 'ENDED'), "
                + "SUM(p.ending = 'UNPLANNED') FROM placement p WHERE " + (scope.hubId() != null ? "p.hub_id = " + scope.hubId() + " AND " : "")
                + "p.provider_id IN (" + ids + ") AND p.status <> 'CANCELLED' GROUP BY p.provider_id").getResultList());
        Map<Long, Map<OfstedJudgement, Integer>> judgements = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT s.provider_id, s.judgement, COUNT(*) FROM provider_setting s "
                + "WHERE s.provider_id IN (" + ids + ") GROUP BY s.provider_id, s.judgement").getResultList()) {
            judgements.computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(OfstedJudgement.class))
                    .put(OfstedJudgement.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        Map<Long, long[]> drops = new LinkedHashMap<>();
        LocalDate since = LocalDate.now(clock.withZone(org.commissioning.marketplace.shared.domain.UkTime.ZONE)).minusMonths(12);
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT s.provider_id, oi.judgement, oi.previous FROM ofsted_inspection oi "
                + "JOIN provider_setting s ON s.id = oi.setting_id WHERE s.provider_id IN (" + ids + ") AND oi.previous IS NOT NULL "
                + "AND oi.judgement_date >= ?").setParameter(1, since).getResultList()) {
            if (OfstedJudgement.valueOf((String) r[1]).worseThan(OfstedJudgement.valueOf((String) r[2]))) {
                drops.computeIfAbsent(((Number) r[0]).longValue(), k -> new long[1])[0]++;
            }
        }
        List<ProviderRow> rows = new ArrayList<>();
        for (Object[] r : providers) {
            long id = ((Number) r[0]).longValue();
            long[] i = invitations.getOrDefault(id, new long[4]);
            long[] p = placements.getOrDefault(id, new long[3]);
            rows.add(new ProviderRow(id, (String) r[1], standing(((Number) r[2]).intValue() == 1, (String) r[3]), judgementsText(judgements.get(id)), i[0], i[1], i[2], i[3], p[0], p[1], p[2],
                    p[1] == 0 ? null : BigDecimal.valueOf(p[2] * 100).divide(BigDecimal.valueOf(p[1]), 1, RoundingMode.HALF_UP),
                    drops.getOrDefault(id, new long[1])[0]));
        }
        return rows;
    }

    static String standing(boolean onAgreement, String status) {
        if ("SUSPENDED".equals(status)) {
            return "Suspended";
        }
        return onAgreement ? "On an agreement" : "Approved, on no agreement yet";
    }

    /** "2 Good, 1 Outstanding": the current judgements of a provider's settings, best first. */
    static String judgementsText(Map<OfstedJudgement, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return "No settings registered";
        }
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
    }

    private static Map<Long, long[]> byProvider(List<Object[]> rows) {
        Map<Long, long[]> map = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long[] values = new long[r.length - 1];
            for (int k = 1; k < r.length; k++) {
                values[k - 1] = r[k] == null ? 0 : ((Number) r[k]).longValue();
            }
            map.put(((Number) r[0]).longValue(), values);
        }
        return map;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
