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
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import org.commissioning.marketplace.shared.infrastructure.ChildDetailsConverter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The register of individual placement agreements: a hub commissioner sees every placement of its
 * member councils, a council commissioner its own, a provider its own; filtered by council,
 * category, need level, provider, status, start dates and weekly fee, newest start first, one page
 * at a time (indexed by hub, council and provider with the start date), or all of a filtered view
 * for an export (at most {@link #EXPORT_LIMIT} rows).
 */
@ApplicationScoped
public class RegisterService {

    public static final int EXPORT_LIMIT = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    RegisterCounts counts;

    @Inject
    PartyDirectory parties;

    /** What to show; every field is optional. */
    /** How a placement was bought: called off from a framework agreement, or outside the frameworks (a spot purchase). */
    public enum Bought {
        FRAMEWORK("Called off from a framework"),
        OFF_FRAMEWORK("Bought outside the frameworks");

        private final String label;

        Bought(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record PlacementFilter(Long councilId, ServiceCategory category, NeedLevel needLevel, String provider, String status,
                                  LocalDate startFrom, LocalDate startTo, BigDecimal minWeeklyFee, BigDecimal maxWeeklyFee,
                                  Bought bought) implements Serializable {
        public static PlacementFilter none() {
            return new PlacementFilter(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** One placement in the register. */
    /** What the register says in place of an agreement for a placement bought outside the frameworks. */
    public static final String OFF_FRAMEWORK = "Bought outside the frameworks";

    /** A placement in the register; lot and agreement fee are null for one bought outside the frameworks. */
    public record PlacementEntry(long id, String childReference, long councilId, String councilName, long providerId,
                                 String providerName, String settingName, String agreement, Integer lot, ServiceCategory category,
                                 String categoryLabel, NeedLevel needLevel, BigDecimal weeklyFee, BigDecimal agreementFee,
                                 LocalDate startDate, LocalDate plannedEnd, LocalDate endedOn, String status) implements Serializable {
    }

    /** Current weekly spend on the placements of a filtered view that are agreed or started, by council and category. */
    public record SpendLine(String councilName, String categoryLabel, long placements, BigDecimal weeklySpend,
                            BigDecimal annualSpend) implements Serializable {
    }

    /** The spend lines of a filtered view and their totals; the method is stated where it is shown. */
    public record Spend(List<SpendLine> lines, long placements, BigDecimal weeklySpend, BigDecimal annualSpend) implements Serializable {
        public static final String METHOD = "Placements agreed or started, at their latest weekly fee; a year is 52 weeks.";
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Spend spend(PlacementFilter filter) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER);
        Where where = where(caller, filter == null ? PlacementFilter.none() : filter);
        return counts.of("spend" + where.countFrom() + where.sql + where.parameters, () -> spend(where));
    }

    @SuppressWarnings("unchecked")
    private Spend spend(Where where) {
        Query query = em.createNativeQuery("SELECT co.name, g.category, g.n, g.total FROM (SELECT p.council_id, p.category, COUNT(*) n, "
                + "SUM(p.weekly_fee) total" + where.countFrom() + where.sql
                + " AND p.status IN ('AGREED', 'STARTED') GROUP BY p.council_id, p.category) g JOIN organisation co ON co.id = g.council_id "
                + "ORDER BY co.name, g.category");
        where.bind(query);
        List<SpendLine> lines = new ArrayList<>();
        long placements = 0;
        BigDecimal weekly = BigDecimal.ZERO;
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            BigDecimal sum = ((BigDecimal) r[3]).setScale(2);
            long count = ((Number) r[2]).longValue();
            lines.add(new SpendLine((String) r[0], ServiceCategory.valueOf((String) r[1]).label(), count, sum,
                    sum.multiply(BigDecimal.valueOf(52))));
            placements += count;
            weekly = weekly.add(sum);
        }
        return new Spend(lines, placements, weekly.setScale(2), weekly.multiply(BigDecimal.valueOf(52)).setScale(2));
    }

    @Transactional
    public Page<PlacementEntry> placements(PlacementFilter filter, PageRequest page) {
        return placements(filter, page, PlacementOrder.NEWEST_START);
    }

    /** A page of the register by number, in the order asked for. */
    @Transactional
    public Page<PlacementEntry> placements(PlacementFilter filter, PageRequest page, PlacementOrder order) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER);
        Where where = where(caller, filter == null ? PlacementFilter.none() : filter);
        return new Page<>(rows(where, page.offset(), page.size(), null, order == null ? PlacementOrder.NEWEST_START : order),
                total(where), page.page(), page.size());
    }

    /**
     * A page of the register after the given place in it (keyset paging: {@link #cursor} of the
     * last entry of the page before), as cheap at the 10,000th entry as at the first; with no
     * cursor, the first page. The answer says where the next page starts.
     */
    @Transactional
    public RegisterPage placementsAfter(PlacementFilter filter, String after, int size) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER);
        PageRequest page = new PageRequest(0, size);
        Where where = where(caller, filter == null ? PlacementFilter.none() : filter);
        List<PlacementEntry> items = rows(where, 0, page.size(), after == null || after.isBlank() ? null : Cursor.parse(after.strip()),
                PlacementOrder.NEWEST_START);
        return RegisterPage.of(items, total(where), null, page.size());
    }

    /**
     * A page of the register with where the next one starts ({@code next}: none after the last
     * page); {@code page} is its number when it was asked for by number.
     */
    public record RegisterPage(List<PlacementEntry> items, long total, Integer page, int size, String next) implements Serializable {
        public static RegisterPage of(List<PlacementEntry> items, long total, Integer page, int size) {
            return new RegisterPage(items, total, page, size, items.size() < size ? null : cursor(items.get(items.size() - 1)));
        }
    }

    /** Where an entry is in the register's order (newest start first, then id): "2024-05-01~12345". */
    public static String cursor(PlacementEntry entry) {
        return entry.startDate() + "~" + entry.id();
    }

    private record Cursor(LocalDate startDate, long id) {
        static Cursor parse(String text) {
            try {
                int at = text.indexOf('~');
                return new Cursor(LocalDate.parse(text.substring(0, at)), Long.parseLong(text.substring(at + 1)));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "Give the cursor exactly as the previous page's \"next\" gave it "
                        + "(a start date and a placement id, such as 2024-05-01~12345).");
            }
        }
    }

    /** How many placements the view holds: counted at most once a minute (RegisterCounts). */
    private long total(Where where) {
        return counts.of("placements" + where.countFrom() + where.sql + where.parameters, () -> {
            Query count = em.createNativeQuery("SELECT COUNT(*)" + where.countFrom() + where.sql);
            where.bind(count);
            return ((Number) count.getSingleResult()).longValue();
        });
    }

    /** Every placement of a filtered view, for an export; refused above {@link #EXPORT_LIMIT}. */
    @Transactional
    public List<PlacementEntry> export(PlacementFilter filter) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PROVIDER_USER);
        Where where = where(caller, filter == null ? PlacementFilter.none() : filter);
        Query count = em.createNativeQuery("SELECT COUNT(*)" + where.countFrom() + where.sql);
        where.bind(count);
        long total = ((Number) count.getSingleResult()).longValue();
        if (total > EXPORT_LIMIT) {
            throw InvalidInputException.of("filter", "This view has " + total + " placements; exports hold at most " + EXPORT_LIMIT
                    + ". Narrow it (for example by start dates or council) and export again.");
        }
        return rows(where, 0, EXPORT_LIMIT, null, PlacementOrder.NEWEST_START);
    }

    @SuppressWarnings("unchecked")
    private List<PlacementEntry> rows(Where where, int offset, int limit, Cursor after, PlacementOrder order) {
        // The page's ids first, from the placement indexes alone (a deep page skips index entries, not joined rows);
        // then their details, placement first whatever the statistics say.
        Query query = em.createNativeQuery("SELECT STRAIGHT_JOIN p.id, p.child_reference, p.council_id, co.name, p.provider_id, po.name, "
                + "s.name, t.id, t.title, p.lot_number, p.category, p.need_level, p.weekly_fee, p.agreement_fee, p.start_date, p.planned_end, "
                + "p.ended_on, p.status FROM (SELECT p.id" + where.pageFrom() + where.sql
                + (after == null ? "" : " AND (p.start_date < ? OR (p.start_date = ? AND p.id < ?))")
                + " ORDER BY " + order.sql() + " LIMIT " + limit + " OFFSET " + offset + ") page "
                + "JOIN placement p ON p.id = page.id JOIN organisation po ON po.id = p.provider_id "
                + "JOIN organisation co ON co.id = p.council_id JOIN provider_setting s ON s.id = p.setting_id "
                + "LEFT JOIN framework_agreement fa ON fa.id = p.agreement_id LEFT JOIN tender t ON t.id = fa.tender_id "
                + "ORDER BY " + order.sql());
        where.bind(query);
        if (after != null) {
            int n = where.parameters().size();
            query.setParameter(n + 1, after.startDate()).setParameter(n + 2, after.startDate()).setParameter(n + 3, after.id());
        }
        List<Object[]> rows = query.getResultList();
        List<PlacementEntry> entries = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            ServiceCategory category = ServiceCategory.valueOf((String) r[10]);
            entries.add(new PlacementEntry(((Number) r[0]).longValue(), ChildDetailsConverter.open(r[1]), ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue(), (String) r[5], (String) r[6], r[7] == null ? OFF_FRAMEWORK
                    : org.commissioning.marketplace.tendering.domain.Tender.reference(((Number) r[7]).longValue()) + " " + r[8],
                    r[9] == null ? null : ((Number) r[9]).intValue(), category, category.label(), NeedLevel.valueOf((String) r[11]),
                    (BigDecimal) r[12], (BigDecimal) r[13], date(r[14]), date(r[15]), date(r[16]), (String) r[17]));
        }
        return entries;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    /** The caller's scope and the filter as SQL, with its parameters in order. */
    private record Where(String sql, Map<Integer, Object> parameters, boolean byProviderName, boolean byCouncil) {
        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }

        /**
         * The placements read for a count: one council's through its covering index (statistics
         * after bulk loads can otherwise send a hub-wide scan through the hub's).
         */
        String countFrom() {
            return " FROM placement p" + (byCouncil ? " FORCE INDEX (ix_placement_council_insight)" : "") + providerJoin();
        }

        /** The placements read for a page: one council's newest first through its own index. */
        String pageFrom() {
            return " FROM placement p" + (byCouncil ? " FORCE INDEX (ix_placement_council)" : "") + providerJoin();
        }

        /** The provider's organisation, joined only when filtering by its name (a count over a hub stays on the index). */
        String providerJoin() {
            return byProviderName ? " JOIN organisation po ON po.id = p.provider_id" : "";
        }
    }

    private static Where where(Caller caller, PlacementFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        if (caller.has(Role.HUB_COMMISSIONER)) {
            sql.append("p.hub_id = ?");
        } else if (caller.has(Role.COUNCIL_COMMISSIONER)) {
            sql.append("p.council_id = ?");
        } else {
            sql.append("p.provider_id = ?");
        }
        parameters.put(1, caller.organisationId());
        if (f.councilId() != null) {
            add(sql, parameters, "p.council_id = ?", f.councilId());
        }
        if (f.category() != null) {
            add(sql, parameters, "p.category = ?", f.category().name());
        }
        if (f.needLevel() != null) {
            add(sql, parameters, "p.need_level = ?", f.needLevel().name());
        }
        if (f.provider() != null && !f.provider().isBlank()) {
            add(sql, parameters, "po.name LIKE ?", "%" + f.provider().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.status() != null && !f.status().isBlank()) {
            String status = f.status().strip().toUpperCase();
            if (!List.of("AGREED", "STARTED", "ENDED", "CANCELLED").contains(status)) {
                throw InvalidInputException.of("status", "Status is one of AGREED, STARTED, ENDED, CANCELLED.");
            }
            add(sql, parameters, "p.status = ?", status);
        }
        if (f.startFrom() != null && f.startTo() != null && f.startTo().isBefore(f.startFrom())) {
            throw InvalidInputException.of("startTo", "The end of the start-date range is before its beginning.");
        }
        if (f.startFrom() != null) {
            add(sql, parameters, "p.start_date >= ?", f.startFrom());
        }
        if (f.startTo() != null) {
            add(sql, parameters, "p.start_date <= ?", f.startTo());
        }
        if (f.minWeeklyFee() != null) {
            add(sql, parameters, "p.weekly_fee >= ?", f.minWeeklyFee());
        }
        if (f.maxWeeklyFee() != null) {
            add(sql, parameters, "p.weekly_fee <= ?", f.maxWeeklyFee());
        }
        if (f.bought() != null) {
            sql.append(f.bought() == Bought.FRAMEWORK ? " AND p.agreement_id IS NOT NULL" : " AND p.agreement_id IS NULL");
        }
        return new Where(sql.toString(), parameters, f.provider() != null && !f.provider().isBlank(),
                f.councilId() != null || caller.has(Role.COUNCIL_COMMISSIONER) && !caller.has(Role.HUB_COMMISSIONER));
    }

    private static void add(StringBuilder sql, Map<Integer, Object> parameters, String condition, Object value) {
        sql.append(" AND ").append(condition);
        parameters.put(parameters.size() + 1, value);
    }
}
