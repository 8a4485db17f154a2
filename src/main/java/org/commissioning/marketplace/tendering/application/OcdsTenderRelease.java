package org.commissioning.marketplace.tendering.application;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.commissioning.marketplace.tendering.domain.Lot;
import org.commissioning.marketplace.tendering.domain.Procedure;
import org.commissioning.marketplace.tendering.domain.Tender;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;

/**
 * The OCDS 1.1.5 release (tag "tender") of a published tender, with the lots and techniques
 * extensions. Only the hub and the tender appear: never anything about a child.
 */
public final class OcdsTenderRelease {

    /** This marketplace's OCDS prefix; a production deployment registers its own. */
    public static final String OCID_PREFIX = "ocds-rcm001-";
    public static final String LOTS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";
    public static final String TECHNIQUES_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json";
    /** Social work services / welfare services for children and young people. */
    static final String CPV_CHILDREN_WELFARE = "85311300";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private OcdsTenderRelease() {
    }

    public static String ocid(Tender tender) {
        return OCID_PREFIX + tender.reference();
    }

    public static JsonObject build(Tender tender, String hubName, Instant date) {
        JsonObjectBuilder tenderJson = tenderCore(tender, hubName, "active")
                .add("tenderPeriod", Json.createObjectBuilder()
                        .add("startDate", tender.publishedAt().toString()).add("endDate", tender.bidDeadline().toString()))
                .add("enquiryPeriod", Json.createObjectBuilder()
                        .add("startDate", tender.publishedAt().toString())
                        .add("endDate", tender.clarificationDeadline().toString()))
                .add("awardPeriod", Json.createObjectBuilder()
                        .add("startDate", tender.plannedAward().atStartOfDay(LONDON).toInstant().toString()))
                .add("lotDetails", Json.createObjectBuilder().add("awardCriteriaDetails", criteria(tender)));
        return envelope(tender, hubName, date, "-tender-", "tender").add("tender", tenderJson).build();
    }

    /**
     * The preliminary market engagement notice (UK2) of a draft, as an OCDS release: tag
     * {@code planning}, what the hub wants to learn as the planning rationale, how to take part and
     * the closing day as an engagement milestone, and the procurement as planned so far.
     */
    public static JsonObject marketEngagement(Tender tender, String hubName, Instant date) {
        JsonObjectBuilder planning = Json.createObjectBuilder()
                .add("rationale", tender.engagementDescription())
                .add("milestones", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "preliminary-market-engagement")
                        .add("title", "Preliminary market engagement closes")
                        .add("type", "engagement")
                        .add("description", tender.engagementHowToRespond())
                        .add("dueDate", tender.engagementClosesOn().plusDays(1).atStartOfDay(LONDON).toInstant().toString())
                        .add("status", "scheduled")));
        return envelope(tender, hubName, date, "-engagement-", "planning")
                .add("planning", planning)
                .add("tender", tenderCore(tender, hubName, "planning"))
                .build();
    }

    /**
     * One planned procurement of a pipeline notice (UK1), as an OCDS release: tag {@code planning},
     * the tender {@code planned} with its planned bid deadline and award, its estimated value over
     * the term as the planning budget, and the notice named in the planning documents.
     */
    public static JsonObject pipeline(Tender tender, String hubName, Instant date, String financialYear, BigDecimal valueOverTerm,
                                      String noticeUrl) {
        JsonObjectBuilder planned = tenderCore(tender, hubName, "planned")
                .add("tenderPeriod", Json.createObjectBuilder().add("endDate", tender.bidDeadline().toString()))
                .add("awardPeriod", Json.createObjectBuilder()
                        .add("startDate", tender.plannedAward().atStartOfDay(LONDON).toInstant().toString()));
        JsonObjectBuilder planning = Json.createObjectBuilder()
                .add("rationale", "Listed in the hub's pipeline notice for the financial year " + financialYear + ".")
                .add("budget", Json.createObjectBuilder().add("description", "Estimated value over the term")
                        .add("amount", value(valueOverTerm)))
                .add("documents", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", "notice-UK1")
                        .add("documentType", "plannedProcurementNotice")
                        .add("noticeType", "UK1")
                        .add("title", "UK1 Pipeline notice " + financialYear)
                        .add("url", noticeUrl)
                        .add("datePublished", date.toString())
                        .add("format", "text/html")
                        .add("language", "en")));
        return envelope(tender, hubName, date, "-pipeline-", "planning")
                .add("planning", planning)
                .add("tender", planned)
                .build();
    }

    /** The release's identity, the hub as buyer and procuring entity; its tender (and planning) are added by the caller. */
    private static JsonObjectBuilder envelope(Tender tender, String hubName, Instant date, String idPart, String tag) {
        String hubId = "GB-RCM-" + tender.hubId();
        return Json.createObjectBuilder()
                .add("ocid", ocid(tender))
                .add("id", ocid(tender) + idPart + date.toEpochMilli())
                .add("date", date.toString())
                .add("tag", Json.createArrayBuilder().add(tag))
                .add("initiationType", "tender")
                .add("language", "en")
                .add("parties", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("id", hubId).add("name", hubName)
                        .add("roles", Json.createArrayBuilder().add("buyer").add("procuringEntity"))))
                .add("buyer", Json.createObjectBuilder().add("id", hubId).add("name", hubName));
    }

    /** What the tender is, whatever its stage: the procedure, value, term, lots and items. */
    private static JsonObjectBuilder tenderCore(Tender tender, String hubName, String status) {
        return Json.createObjectBuilder()
                .add("id", tender.reference())
                .add("title", tender.title())
                .add("description", tender.description())
                .add("status", status)
                .add("procuringEntity", Json.createObjectBuilder().add("id", "GB-RCM-" + tender.hubId()).add("name", hubName))
                .add("procurementMethod", "open")
                .add("procurementMethodDetails", tender.procedure().label()
                        + " under the light-touch regime of the Procurement Act 2023")
                .add("mainProcurementCategory", "services")
                .add("value", value(tender.estimatedValue().amount()))
                .add("contractPeriod", period(tender.termStart(), tender.termEnd()))
                .add("techniques", techniques(tender))
                .add("lots", lots(tender))
                .add("items", items(tender));
    }

    /**
     * The procurement termination notice (UK12) of a published tender that is cancelled, as an OCDS
     * release: tag {@code tenderCancellation}, the tender's status {@code cancelled} with the reason.
     */
    public static JsonObject cancellation(Tender tender, String hubName, Instant date) {
        JsonObject notice = build(tender, hubName, date);
        JsonObject cancelled = Json.createObjectBuilder(notice.getJsonObject("tender"))
                .add("status", "cancelled")
                .add("statusDetails", "Procurement termination notice (UK12): " + tender.cancellationReason())
                .build();
        return Json.createObjectBuilder(notice)
                .add("id", ocid(tender) + "-cancellation-" + date.toEpochMilli())
                .add("tag", Json.createArrayBuilder().add("tenderCancellation"))
                .add("tender", cancelled)
                .build();
    }

    /** The release wrapped in a release package, as published. */
    public static JsonObject releasePackage(JsonObject release, String uri, String publisher) {
        return Json.createObjectBuilder()
                .add("uri", uri)
                .add("version", "1.1")
                .add("publishedDate", release.getString("date"))
                .add("publisher", Json.createObjectBuilder().add("name", publisher))
                .add("extensions", Json.createArrayBuilder().add(LOTS_EXTENSION).add(TECHNIQUES_EXTENSION))
                .add("releases", Json.createArrayBuilder().add(release))
                .build();
    }

    private static JsonObjectBuilder techniques(Tender tender) {
        JsonObjectBuilder t = Json.createObjectBuilder();
        JsonObjectBuilder period = period(tender.termStart(), tender.termEnd());
        if (tender.procedure() == Procedure.DYNAMIC_MARKET) {
            t.add("hasFrameworkAgreement", false).add("hasDynamicPurchasingSystem", true)
                    .add("dynamicPurchasingSystem", Json.createObjectBuilder().add("type", "open"));
        } else {
            JsonObjectBuilder framework = Json.createObjectBuilder()
                    .add("method", tender.procedure().ocdsFrameworkMethod())
                    .add("value", value(tender.estimatedValue().amount()))
                    .add("period", period)
                    .add("description", tender.procedure().label()
                            + (tender.reopenings().isEmpty() ? "" : ", reopening on " + tender.reopenings().stream()
                            .map(LocalDate::toString).collect(Collectors.joining(", "))));
            t.add("hasFrameworkAgreement", true).add("hasDynamicPurchasingSystem", false)
                    .add("frameworkAgreement", framework);
        }
        return t;
    }

    private static JsonArrayBuilder lots(Tender tender) {
        JsonArrayBuilder lots = Json.createArrayBuilder();
        for (Lot lot : tender.lots()) {
            lots.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(lot.number()))
                    .add("title", lot.title())
                    .add("description", describe(lot))
                    .add("status", "active")
                    .add("value", value(lot.estimatedValue().amount())));
        }
        return lots;
    }

    private static JsonArrayBuilder items(Tender tender) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Lot lot : tender.lots()) {
            items.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(lot.number()))
                    .add("description", describe(lot))
                    .add("classification", Json.createObjectBuilder().add("scheme", "CPV").add("id", CPV_CHILDREN_WELFARE)
                            .add("description", "Welfare services for children and young people"))
                    .add("quantity", lot.estimatedPlacements())
                    .add("unit", Json.createObjectBuilder().add("name", "placements a year"))
                    .add("relatedLot", String.valueOf(lot.number())));
        }
        return items;
    }

    private static String criteria(Tender tender) {
        return tender.lots().stream().map(lot -> "Lot " + lot.number() + ": " + lot.criteria().stream()
                        .map(c -> c.kind().label() + " - " + c.title() + " " + c.weight() + "%")
                        .collect(Collectors.joining("; ")) + "; price marks: " + lot.priceFormula().description().toLowerCase())
                .collect(Collectors.joining(". "))
                + (tender.appointPerLot() == null && tender.scoreThreshold() == null ? "" : ". Award rule: appoint "
                + (tender.appointPerLot() == null ? "every bid" : "at most " + tender.appointPerLot() + " per lot")
                + (tender.scoreThreshold() == null ? "" : " scoring at least " + tender.scoreThreshold().stripTrailingZeros().toPlainString()))
                + ". Ties: the higher quality score, then the lower price, then the earlier submission.";
    }

    private static String describe(Lot lot) {
        return lot.category().label()
                + (lot.subRegion() == null ? "" : ", " + lot.subRegion())
                + (lot.needLevel() == null ? "" : ", " + lot.needLevel().label() + " needs")
                + "; about " + lot.estimatedPlacements() + " placements a year";
    }

    private static JsonObjectBuilder period(LocalDate start, LocalDate end) {
        JsonObjectBuilder p = Json.createObjectBuilder().add("startDate", start.atStartOfDay(LONDON).toInstant().toString());
        if (end != null) {
            p.add("endDate", end.atStartOfDay(LONDON).toInstant().toString());
        }
        return p;
    }

    private static JsonObjectBuilder value(BigDecimal amount) {
        return Json.createObjectBuilder().add("amount", amount).add("currency", "GBP");
    }

}
