package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.tendering.application.OcdsTenderRelease;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Each call-off as its own OCDS 1.1.5 contracting process (award and contract), linked to its
 * framework's process through {@code relatedProcesses}, as release packages and compiled records.
 * Published for anyone. The council is the buyer and the provider the supplier; the placement
 * appears only as its kind (category), value and dates: never the child's reference, age, needs,
 * need level, home district or funding split.
 */
@ApplicationScoped
public class CallOffOpenData {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    java.time.Clock clock;

    /** The ocid of a call-off's contracting process. */
    public static String ocid(long placementId) {
        return OcdsTenderRelease.OCID_PREFIX + String.format("C-%06d", placementId);
    }

    @Transactional
    public JsonObject release(long placementId, String baseUri) {
        List<?> rows = em.createNativeQuery(SELECT + " WHERE p.id = ?").setParameter(1, placementId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("No such call-off.");
        }
        return release((Object[]) rows.get(0), baseUri);
    }

    /** A page of call-offs (oldest first), their releases in one package. */
    @Transactional
    public JsonObject releasePackage(PageRequest page, String uri, String baseUri) {
        List<?> rows = em.createNativeQuery(SELECT + " ORDER BY p.id LIMIT " + page.size() + " OFFSET " + page.offset()).getResultList();
        JsonArrayBuilder releases = Json.createArrayBuilder();
        rows.forEach(r -> releases.add(release((Object[]) r, baseUri)));
        return OcdsRecords.pack(uri, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), "releases", releases);
    }

    public JsonObject releasePackage(JsonObject release, String uri) {
        return OcdsRecords.releasePackage(uri, release.getString("date"), List.of(release));
    }

    /** The call-off's record: its release and the compiled release (one release so far). */
    public JsonObject recordPackage(JsonObject release, String uri) {
        return OcdsRecords.recordPackage(uri, List.of(release));
    }

    private static final String SELECT = "SELECT p.id, p.council_id, co.name, p.provider_id, po.name, fa.tender_id, t.title, p.category, "
            + "p.weekly_fee, p.start_date, p.planned_end, p.ended_on, p.status, p.agreed_at, r.route FROM placement p "
            + "JOIN organisation co ON co.id = p.council_id JOIN organisation po ON po.id = p.provider_id "
            + "JOIN framework_agreement fa ON fa.id = p.agreement_id JOIN tender t ON t.id = fa.tender_id "
            + "JOIN referral r ON r.id = p.referral_id";

    private static JsonObject release(Object[] r, String baseUri) {
        long id = ((Number) r[0]).longValue();
        String ocid = ocid(id);
        long tenderId = ((Number) r[5]).longValue();
        String tenderReference = org.commissioning.marketplace.tendering.domain.Tender.reference(tenderId);
        String category = ServiceCategory.valueOf((String) r[7]).label();
        BigDecimal weekly = new BigDecimal(r[8].toString());
        LocalDate start = date(r[9]);
        LocalDate end = r[11] != null ? date(r[11]) : date(r[10]);
        String status = (String) r[12];
        Instant agreed = r[13] instanceof java.sql.Timestamp ts ? ts.toInstant() : Instant.parse(r[13].toString().replace(' ', 'T') + "Z");
        BigDecimal value = weekly.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1))
                .divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
        String council = "GB-RCM-" + r[1];
        String provider = "GB-RCM-" + r[3];
        JsonObject money = Json.createObjectBuilder().add("amount", value).add("currency", "GBP").build();
        JsonObject period = Json.createObjectBuilder().add("startDate", start.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString())
                .add("endDate", end.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString()).build();
        return Json.createObjectBuilder()
                .add("ocid", ocid)
                .add("id", ocid + "-" + status.toLowerCase())
                .add("date", agreed.truncatedTo(ChronoUnit.SECONDS).toString())
                .add("tag", Json.createArrayBuilder().add("award").add("contract"))
                .add("initiationType", "tender")
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("id", council).add("name", (String) r[2])
                                .add("roles", Json.createArrayBuilder().add("buyer").add("procuringEntity")))
                        .add(Json.createObjectBuilder().add("id", provider).add("name", (String) r[4])
                                .add("roles", Json.createArrayBuilder().add("supplier"))))
                .add("buyer", Json.createObjectBuilder().add("id", council).add("name", (String) r[2]))
                .add("tender", Json.createObjectBuilder().add("id", ocid + "-tender").add("title", "Call-off: " + category)
                        .add("status", "complete").add("procurementMethod", "selective")
                        .add("procurementMethodDetails", "Call-off from framework agreement " + tenderReference + " by "
                                + ("FURTHER_COMPETITION".equals(r[14]) ? "further competition" : "direct award by rank"))
                        .add("mainProcurementCategory", "services")
                        .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "1").add("description", category))))
                .add("awards", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", ocid + "-award")
                        .add("status", "CANCELLED".equals(status) ? "cancelled" : "active")
                        .add("date", agreed.truncatedTo(ChronoUnit.SECONDS).toString()).add("value", money)
                        .add("suppliers", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", provider).add("name", (String) r[4])))))
                .add("contracts", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", ocid + "-contract")
                        .add("awardID", ocid + "-award")
                        .add("status", switch (status) {
                            case "AGREED" -> "pending";
                            case "STARTED" -> "active";
                            case "ENDED" -> "terminated";
                            default -> "cancelled";
                        })
                        .add("period", period).add("value", money).add("dateSigned", agreed.truncatedTo(ChronoUnit.SECONDS).toString())))
                .add("relatedProcesses", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", "framework")
                        .add("relationship", Json.createArrayBuilder().add("framework")).add("title", (String) r[6])
                        .add("scheme", "ocid").add("identifier", OcdsTenderRelease.OCID_PREFIX + tenderReference)
                        .add("uri", baseUri + "api/tenders/" + tenderId + "/ocds")))
                .build();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
