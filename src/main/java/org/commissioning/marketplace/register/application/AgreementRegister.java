package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.tendering.domain.Procedure;
import org.commissioning.marketplace.tendering.domain.Tender;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The register of tenders and the framework agreements they made, with the providers appointed
 * on each lot in rank order and how many placements were called off. A hub commissioner sees all
 * its tenders; a council commissioner its hub's published ones; a provider those it holds a place
 * on. Filtered by status, category, provider and title; newest first, a page at a time.
 */
@ApplicationScoped
public class AgreementRegister {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    RegisterCounts counts;

    public record AgreementFilter(TenderStatus status, ServiceCategory category, String provider, String title) implements Serializable {
        public static AgreementFilter none() {
            return new AgreementFilter(null, null, null, null);
        }
    }

    public record Member(int rank, long providerId, String providerName, String status) implements Serializable {
    }

    public record LotEntry(int number, String title, ServiceCategory category, String categoryLabel, BigDecimal estimatedValue,
                           List<Member> appointed) implements Serializable {
        /** "1. Brightwater Fostering Ltd, 2. Kestrel Fostering (suspended)". */
        public String appointedText() {
            return appointed.isEmpty() ? "None yet" : appointed.stream().map(m -> m.rank() + ". " + m.providerName()
                    + ("ACTIVE".equals(m.status()) ? "" : " (" + m.status().toLowerCase() + ")")).collect(Collectors.joining(", "));
        }
    }

    public record TenderEntry(long tenderId, String reference, String title, Procedure procedure, String procedureLabel,
                              TenderStatus status, String statusLabel, LocalDate termStart, LocalDate termEnd, BigDecimal estimatedValue,
                              String agreementStatus, long placements, List<LotEntry> lots) implements Serializable {
    }

    @Transactional
    public Page<TenderEntry> tenders(AgreementFilter filter, PageRequest page) {
        Where where = where(parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER),
                filter == null ? AgreementFilter.none() : filter);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM tender t" + where.sql);
        where.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(entries(where, " LIMIT " + page.size() + " OFFSET " + page.offset()), total, page.page(), page.size());
    }

    /** Every tender of a filtered view, for an export (registers of tenders stay small). */
    @Transactional
    public List<TenderEntry> export(AgreementFilter filter) {
        return entries(where(parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER),
                filter == null ? AgreementFilter.none() : filter), " LIMIT " + RegisterService.EXPORT_LIMIT);
    }

    @SuppressWarnings("unchecked")
    private List<TenderEntry> entries(Where where, String limit) {
        Query query = em.createNativeQuery("SELECT t.id, t.title, t.procedure_type, t.status, t.term_start, t.term_end, fa.id, fa.status "
                + "FROM tender t LEFT JOIN framework_agreement fa ON fa.tender_id = t.id" + where.sql + " ORDER BY t.id DESC" + limit);
        where.bind(query);
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = rows.stream().map(r -> r[0].toString()).collect(Collectors.joining(","));
        Map<Long, List<Object[]>> lots = new LinkedHashMap<>();
        for (Object[] l : (List<Object[]>) em.createNativeQuery("SELECT l.tender_id, l.number, l.title, l.category, l.estimated_value FROM lot l "
                + "WHERE l.tender_id IN (" + ids + ") ORDER BY l.tender_id, l.number").getResultList()) {
            lots.computeIfAbsent(((Number) l[0]).longValue(), k -> new ArrayList<>()).add(l);
        }
        Map<String, List<Member>> members = new LinkedHashMap<>();
        for (Object[] m : (List<Object[]>) em.createNativeQuery("SELECT fa.tender_id, m.lot_number, m.rank_in_lot, m.provider_id, o.name, m.status "
                + "FROM agreement_member m JOIN framework_agreement fa ON fa.id = m.agreement_id JOIN organisation o ON o.id = m.provider_id "
                + "WHERE fa.tender_id IN (" + ids + ") ORDER BY fa.tender_id, m.lot_number, m.rank_in_lot").getResultList()) {
            members.computeIfAbsent(m[0] + "/" + m[1], k -> new ArrayList<>()).add(new Member(((Number) m[2]).intValue(),
                    ((Number) m[3]).longValue(), (String) m[4], (String) m[5]));
        }
        // Calling off counts a hub's whole history: counted at most once a minute per tender (RegisterCounts).
        Map<Long, Long> placements = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long tender = ((Number) r[0]).longValue();
            placements.put(tender, r[6] == null ? 0L : counts.of("called-off:" + tender, () -> ((Number) em.createNativeQuery(
                            "SELECT COUNT(*) FROM placement p WHERE p.agreement_id = ? AND p.status <> 'CANCELLED'")
                    .setParameter(1, ((Number) r[6]).longValue()).getSingleResult()).longValue()));
        }
        List<TenderEntry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            List<LotEntry> lotEntries = new ArrayList<>();
            BigDecimal value = BigDecimal.ZERO;
            for (Object[] l : lots.getOrDefault(id, List.of())) {
                ServiceCategory category = ServiceCategory.valueOf((String) l[3]);
                BigDecimal estimated = new BigDecimal(l[4].toString());
                value = value.add(estimated);
                lotEntries.add(new LotEntry(((Number) l[1]).intValue(), (String) l[2], category, category.label(), estimated,
                        members.getOrDefault(id + "/" + l[1], List.of())));
            }
            Procedure procedure = Procedure.valueOf((String) r[2]);
            TenderStatus status = TenderStatus.valueOf((String) r[3]);
            entries.add(new TenderEntry(id, Tender.reference(id), (String) r[1], procedure, procedure.label(), status, status.label(),
                    date(r[4]), r[5] == null ? null : date(r[5]), value, r[7] == null ? "No agreement yet" : agreementLabel((String) r[7]),
                    placements.getOrDefault(id, 0L), lotEntries));
        }
        return entries;
    }

    private static String agreementLabel(String status) {
        return switch (status) {
            case "LIVE" -> "Live";
            case "ENDED" -> "Ended";
            default -> status.charAt(0) + status.substring(1).toLowerCase();
        };
    }

    private record Where(String sql, List<Object> parameters) {
        void bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
        }
    }

    private Where where(Caller caller, AgreementFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> parameters = new ArrayList<>();
        if (caller.has(Role.HUB_COMMISSIONER)) {
            sql.append("t.hub_id = ?");
            parameters.add(caller.organisationId());
        } else if (caller.has(Role.COUNCIL_COMMISSIONER)) {
            sql.append("t.hub_id = ? AND t.status <> 'DRAFT'");
            parameters.add(parties.hubIdOf(caller.organisationId())
                    .orElseThrow(() -> new ConflictException(caller.organisationName() + " is not a member of a hub.")));
        } else {
            sql.append("EXISTS (SELECT 1 FROM agreement_member own JOIN framework_agreement ofa ON ofa.id = own.agreement_id "
                    + "WHERE ofa.tender_id = t.id AND own.provider_id = ?)");
            parameters.add(caller.organisationId());
        }
        if (filter.status() != null) {
            sql.append(" AND t.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.category() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM lot fl WHERE fl.tender_id = t.id AND fl.category = ?)");
            parameters.add(filter.category().name());
        }
        if (filter.provider() != null && !filter.provider().isBlank()) {
            if (filter.provider().strip().length() > 100) {
                throw InvalidInputException.of("provider", "Give at most 100 characters of the provider's name.");
            }
            sql.append(" AND EXISTS (SELECT 1 FROM agreement_member fm JOIN framework_agreement ffa ON ffa.id = fm.agreement_id "
                    + "JOIN organisation fo ON fo.id = fm.provider_id WHERE ffa.tender_id = t.id AND fo.name LIKE ?)");
            parameters.add("%" + like(filter.provider().strip()) + "%");
        }
        if (filter.title() != null && !filter.title().isBlank()) {
            sql.append(" AND t.title LIKE ?");
            parameters.add("%" + like(filter.title().strip()) + "%");
        }
        return new Where(sql.toString(), parameters);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
