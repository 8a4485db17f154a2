package org.commissioning.marketplace.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.domain.AuditEntry;
import org.commissioning.marketplace.shared.application.AuditorScope;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What auditors do with the trail: list and filter it, and verify the chain. A hub's auditors read
 * the entries made by the hub's own accounts, its member councils' and its providers'; verifying
 * walks the whole chain (every link is needed) but tells only whether it is intact.
 */
@ApplicationScoped
public class AuditService {

    static final int VERIFY_BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditorScope auditor;

    @Inject
    AuditSealer sealer;

    @Transactional
    public Page<AuditEntryView> list(AuditFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", auditor.organisations());
        String where = where(filter, params);
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.id DESC",
                AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEntryView> items = query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(AuditEntryView::of).toList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    /** The actions recorded in the auditor's scope, for choosing one to filter by. */
    @Transactional
    public List<String> actions() {
        return em.createQuery("SELECT DISTINCT e.action FROM AuditEntry e WHERE e.organisationId IN :scope ORDER BY e.action",
                String.class).setParameter("scope", auditor.organisations()).getResultList();
    }

    /** The most entries one export holds; narrow the filters for more. */
    public static final int EXPORT_LIMIT = 100_000;

    /**
     * Writes the entries the filter selects as CSV (RFC 4180), newest first, read in batches by id so a
     * long export holds no offset scan; at most {@link #EXPORT_LIMIT} rows.
     */
    @Transactional
    public void exportCsv(AuditFilter filter, java.io.Writer out) throws java.io.IOException {
        List<Long> scope = auditor.organisations();
        out.write("id,occurred_at,actor,organisation_id,action,record_type,record_id,summary,chain_seq,hash\r\n");
        Long before = null;
        int written = 0;
        while (written < EXPORT_LIMIT) {
            Map<String, Object> params = new HashMap<>();
            params.put("scope", scope);
            String where = where(filter, params) + (before == null ? "" : " AND e.id < :before");
            TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.id DESC", AuditEntry.class);
            params.forEach(query::setParameter);
            if (before != null) {
                query.setParameter("before", before);
            }
            List<AuditEntry> batch = query.setMaxResults(Math.min(1000, EXPORT_LIMIT - written)).getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                out.write(String.join(",", String.valueOf(e.id()), String.valueOf(e.occurredAt()), csv(e.actor()),
                        e.organisationId() == null ? "" : String.valueOf(e.organisationId()), csv(e.action()), csv(e.recordType()),
                        csv(e.recordId()), csv(e.summary()), e.chainSeq() == null ? "" : String.valueOf(e.chainSeq()), csv(e.hash())));
                out.write("\r\n");
            }
            written += batch.size();
            before = batch.get(batch.size() - 1).id();
            em.clear();
        }
        out.flush();
    }

    /** A CSV field: quoted when it holds a comma, quote or line break; a leading = + - @ is defused for spreadsheets. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** Seals whatever is pending, then recomputes every hash in chain order. */
    public ChainVerification verify() {
        auditor.organisations();
        sealer.sealAll();
        return walkChain();
    }

    ChainVerification walkChain() {
        String previous = AuditEntry.GENESIS_HASH;
        long checked = 0;
        long lastSeq = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery(
                            "SELECT e FROM AuditEntry e WHERE e.chainSeq > :after ORDER BY e.chainSeq", AuditEntry.class)
                    .setParameter("after", lastSeq)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            for (AuditEntry e : batch) {
                if (e.chainSeq() != lastSeq + 1 || !e.isIntactAfter(previous)) {
                    long pending = pendingCount();
                    return new ChainVerification(false, checked, e.chainSeq(), pending,
                            "The chain is broken at entry " + e.chainSeq() + " (audit id " + e.id()
                                    + "): its content or link does not match its hash.");
                }
                previous = e.hash();
                lastSeq = e.chainSeq();
                checked++;
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        if (((Number) head[0]).longValue() != lastSeq || !previous.equals(head[1])) {
            return new ChainVerification(false, checked, lastSeq + 1, pendingCount(),
                    "The chain ends at entry " + lastSeq + " but its head records entry " + head[0]
                            + ": entries were removed or the head was altered.");
        }
        return new ChainVerification(true, checked, null, pendingCount(),
                checked == 1 ? "The 1 entry is intact." : "All " + checked + " entries are intact.");
    }

    private long pendingCount() {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.chainSeq IS NULL", Long.class)
                .getSingleResult();
    }

    private static String where(AuditFilter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f != null) {
            if (notBlank(f.actor())) {
                clauses.add("e.actor = :actor");
                params.put("actor", f.actor().strip().toLowerCase());
            }
            if (notBlank(f.action())) {
                clauses.add("e.action = :action");
                params.put("action", f.action().strip());
            }
            if (notBlank(f.recordType())) {
                clauses.add("e.recordType = :recordType");
                params.put("recordType", f.recordType().strip());
            }
            if (notBlank(f.recordId())) {
                clauses.add("e.recordId = :recordId");
                params.put("recordId", f.recordId().strip());
            }
            if (f.from() != null) {
                clauses.add("e.occurredAt >= :from");
                params.put("from", f.from());
            }
            if (f.to() != null) {
                clauses.add("e.occurredAt < :to");
                params.put("to", f.to());
            }
        }
        clauses.add("e.organisationId IN :scope");
        return " WHERE " + String.join(" AND ", clauses);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
