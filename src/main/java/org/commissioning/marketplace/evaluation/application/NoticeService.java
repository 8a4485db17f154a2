package org.commissioning.marketplace.evaluation.application;

import org.commissioning.marketplace.shared.application.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.evaluation.domain.AgreementModification;
import org.commissioning.marketplace.evaluation.domain.AgreementStatus;
import org.commissioning.marketplace.evaluation.domain.Award;
import org.commissioning.marketplace.evaluation.domain.AwardStatus;
import org.commissioning.marketplace.evaluation.domain.FrameworkAgreement;
import org.commissioning.marketplace.evaluation.domain.ProcurementNotices;
import org.commissioning.marketplace.evaluation.domain.ProcurementNotices.Code;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.Procedure;
import org.commissioning.marketplace.tendering.domain.TenderNotice;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tender's Procurement Act notices: which its life calls for, when each is due and whether it is
 * published (for the hub), and each published one as an OCDS release and a readable notice (for
 * anyone). The tender notice and procurement termination notice are the ones stored at
 * publication and cancellation; the contract award notice is the one stored at approval; the
 * contract details, contract termination and dynamic market notices are read from the agreement
 * as it stands.
 */
@ApplicationScoped
public class NoticeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderService tenders;

    @Inject
    AwardService awards;

    @Inject
    Clock clock;

    @Inject
    PublicAddress publicAddress;

    /** One notice of the schedule, with where to read it once published. */
    public record NoticeLine(Code code, String name, String when, Instant dueBy, Instant publishedAt,
                             ProcurementNotices.State state, String stateLabel, String ocdsPath, String pagePath) {
    }

    /** A published notice in plain words, read from its OCDS release. */
    public record ReadableNotice(Code code, String name, String ocid, Instant publishedAt, String buyer, String title,
                                 List<String> lines, String ocdsPath) {
    }

    /** The notices the tender's life calls for: the hub's own commissioners only. */
    @Transactional
    public List<NoticeLine> schedule(long tenderId) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no tender " + tenderId + " for your hub.");
        }
        List<NoticeLine> lines = new ArrayList<>();
        for (ProcurementNotices.Notice n : ProcurementNotices.of(facts(tender), Instant.now(clock))) {
            boolean published = n.state() == ProcurementNotices.State.PUBLISHED;
            lines.add(new NoticeLine(n.code(), n.code().label(), n.when(), n.dueBy(), n.publishedAt(), n.state(), n.state().label(),
                    published ? "/api/tenders/" + tenderId + "/evaluation/notices/" + n.code() + "/ocds" : null,
                    published ? pagePath(tenderId, n.code()) : null));
        }
        return lines;
    }

    /** The tender as the public may read it: a draft only for its market engagement notice. */
    private TenderView publicTender(long tenderId, Code code) {
        return code == Code.UK2 ? tenders.publicOrEngagedView(tenderId) : tenders.publicView(tenderId);
    }

    /** Where a published notice reads in plain words. */
    private static String pagePath(long tenderId, Code code) {
        return code == Code.UK4 ? "/notice.xhtml?tender=" + tenderId : "/procurement-notice.xhtml?tender=" + tenderId + "&notice=" + code;
    }

    /** A published notice's OCDS release: open data, for anyone; 404 while it is not published. */
    @Transactional
    public String ocds(long tenderId, Code code) {
        return ocds(publicTender(tenderId, code), code);
    }

    private String ocds(TenderView tender, Code code) {
        long tenderId = tender.id();
        boolean published = ProcurementNotices.of(facts(tender), Instant.now(clock)).stream()
                .anyMatch(n -> n.code() == code && n.state() == ProcurementNotices.State.PUBLISHED);
        if (!published) {
            throw new NotFoundException("Tender " + tender.reference() + " has no published " + code + " " + code.label().toLowerCase() + ".");
        }
        String release = switch (code) {
            case UK2 -> tenders.noticeRelease(tenderId, TenderNotice.MARKET_ENGAGEMENT);
            case UK4 -> tenders.noticeRelease(tenderId, TenderNotice.TENDER_NOTICE);
            case UK12 -> tenders.noticeRelease(tenderId, TenderNotice.PROCUREMENT_TERMINATION);
            case UK6 -> awards.ocdsRelease(tenderId);
            case UK7 -> awards.ocdsContract(tenderId);
            case UK11 -> termination(tenderId);
            case UK13 -> dynamicMarket(tenderId, "active", "-dm-established", agreement(tenderId).orElseThrow().liveFrom(),
                    "Dynamic market notice (UK13): the dynamic market is established; suppliers meeting its conditions of "
                            + "participation may apply to join at any time.");
            case UK14 -> modified(tenderId);
            case UK15 -> dynamicMarket(tenderId, "complete", "-dm-ceased", agreement(tenderId).orElseThrow().endedAt(),
                    "Dynamic market notice (UK15): the dynamic market has ceased; it admits no more suppliers.");
        };
        return withNoticeDocument(Json.createReader(new StringReader(release)).readObject(), tenderId, code).toString();
    }

    /**
     * The release names the notice it is: a document of the notice's section (planning, tender,
     * each award or contract) with its OCDS document type, the Act's notice code in
     * {@code noticeType} (as the UK's Find a Tender OCDS data carries it) and the address of its
     * readable page.
     */
    JsonObject withNoticeDocument(JsonObject release, long tenderId, Code code) {
        String section = switch (code) {
            case UK2 -> "planning";
            case UK6 -> "awards";
            case UK7, UK11 -> "contracts";
            default -> "tender";
        };
        String type = switch (code) {
            case UK2 -> "plannedProcurementNotice";
            case UK6 -> "awardNotice";
            case UK7, UK11 -> "contractNotice";
            default -> "tenderNotice";
        };
        JsonObject document = Json.createObjectBuilder()
                .add("id", "notice-" + code)
                .add("documentType", type)
                .add("noticeType", code.name())
                .add("title", code + " " + code.label())
                .add("url", publicAddress.of(pagePath(tenderId, code)))
                .add("datePublished", release.getString("date"))
                .add("format", "text/html")
                .add("language", "en")
                .build();
        jakarta.json.JsonObjectBuilder out = Json.createObjectBuilder(release);
        if (section.equals("awards") || section.equals("contracts")) {
            jakarta.json.JsonArrayBuilder items = Json.createArrayBuilder();
            release.getJsonArray(section).forEach(v -> items.add(withDocument(v.asJsonObject(), document)));
            out.add(section, items);
        } else {
            out.add(section, withDocument(release.containsKey(section) ? release.getJsonObject(section) : JsonValue.EMPTY_JSON_OBJECT,
                    document));
        }
        return out.build();
    }

    private static JsonObject withDocument(JsonObject part, JsonObject document) {
        jakarta.json.JsonArrayBuilder documents = part.containsKey("documents")
                ? Json.createArrayBuilder(part.getJsonArray("documents")) : Json.createArrayBuilder();
        return Json.createObjectBuilder(part).add("documents", documents.add(document)).build();
    }

    /** A published notice in plain words: the facts its release carries. */
    @Transactional
    public ReadableNotice readable(long tenderId, Code code) {
        TenderView tender = publicTender(tenderId, code);
        JsonObject release = Json.createReader(new StringReader(ocds(tender, code))).readObject();
        List<String> lines = new ArrayList<>();
        JsonObject t = release.containsKey("tender") ? release.getJsonObject("tender") : null;
        if (release.containsKey("planning")) {
            JsonObject planning = release.getJsonObject("planning");
            lines.add("What the hub wants to learn from the market: " + planning.getString("rationale", ""));
            for (JsonValue m : planning.getJsonArray("milestones")) {
                JsonObject milestone = m.asJsonObject();
                lines.add("How to take part: " + milestone.getString("description", "") + " The engagement closes at "
                        + UkTime.periodEnd(Instant.parse(milestone.getString("dueDate"))) + ".");
            }
        }
        if (t != null && t.containsKey("statusDetails")) {
            lines.add(t.getString("statusDetails"));
        }
        if (t != null && t.containsKey("amendments")) {
            for (JsonValue a : t.getJsonArray("amendments")) {
                JsonObject amendment = a.asJsonObject();
                lines.add(UkTime.format(Instant.parse(amendment.getString("date"))) + ": "
                        + amendment.getString("rationale") + (amendment.containsKey("description") ? " " + amendment.getString("description") : ""));
            }
        }
        if (release.containsKey("awards")) {
            for (JsonValue a : release.getJsonArray("awards")) {
                JsonObject award = a.asJsonObject();
                List<String> suppliers = award.getJsonArray("suppliers").stream().map(s -> s.asJsonObject().getString("name")).toList();
                lines.add(award.getString("title") + ": " + (suppliers.isEmpty() ? "no supplier appointed" : String.join(", ", suppliers))
                        + (award.containsKey("description") ? ". " + award.getString("description") : ""));
            }
        }
        if (release.containsKey("contracts")) {
            for (JsonValue c : release.getJsonArray("contracts")) {
                JsonObject contract = c.asJsonObject();
                lines.add(contract.getString("title") + " (" + contract.getString("status") + "): " + contract.getString("description", ""));
            }
        }
        return new ReadableNotice(code, code.label(), release.getString("ocid"), Instant.parse(release.getString("date")),
                release.getJsonObject("buyer").getString("name"), tender.reference() + " " + tender.title(), lines,
                "/api/tenders/" + tenderId + "/evaluation/notices/" + code + "/ocds");
    }

    private ProcurementNotices.Facts facts(TenderView tender) {
        Map<String, Instant> notices = tenders.noticesPublished(tender.id());
        Instant termination = notices.get(TenderNotice.PROCUREMENT_TERMINATION);
        Instant cancelled = tender.status() == TenderStatus.CANCELLED ? (termination != null ? termination : Instant.now(clock)) : null;
        Instant awardNotice = em.createQuery("SELECT a FROM Award a WHERE a.tenderId = :t AND a.status <> :withdrawn ORDER BY a.id DESC",
                        Award.class).setParameter("t", tender.id()).setParameter("withdrawn", AwardStatus.WITHDRAWN).setMaxResults(1)
                .getResultStream().findFirst().map(Award::noticePublishedAt).orElse(null);
        Optional<FrameworkAgreement> agreement = agreement(tender.id());
        return new ProcurementNotices.Facts(tender.procedure() == Procedure.DYNAMIC_MARKET, notices.get(TenderNotice.MARKET_ENGAGEMENT),
                tender.publishedAt(), notices.get(TenderNotice.TENDER_NOTICE), cancelled, termination, awardNotice,
                agreement.map(FrameworkAgreement::liveFrom).orElse(null), agreement.map(FrameworkAgreement::endedAt).orElse(null),
                agreement.map(a -> a.status() == AgreementStatus.TERMINATED).orElse(false),
                marketModifications(agreement).stream().map(AgreementModification::modifiedAt).toList());
    }

    private Optional<FrameworkAgreement> agreement(long tenderId) {
        return em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().findFirst();
    }

    private static List<AgreementModification> marketModifications(Optional<FrameworkAgreement> agreement) {
        return agreement.map(a -> a.modifications().stream()
                .filter(m -> m.kind() == AgreementModification.Kind.DYNAMIC_MARKET_MODIFIED).toList()).orElse(List.of());
    }

    /**
     * UK14: the tender notice's release updated with the dynamic market's modifications so far, as
     * the tender's amendments (the latest last), dated at the latest.
     */
    private String modified(long tenderId) {
        List<AgreementModification> modifications = marketModifications(agreement(tenderId));
        AgreementModification latest = modifications.get(modifications.size() - 1);
        jakarta.json.JsonArrayBuilder amendments = Json.createArrayBuilder();
        for (AgreementModification m : modifications) {
            jakarta.json.JsonObjectBuilder amendment = Json.createObjectBuilder().add("id", "modification-" + m.id())
                    .add("date", m.modifiedAt().toString()).add("rationale", m.description());
            if (m.newEnd() != null && !m.newEnd().equals(m.previousEnd())) {
                amendment.add("description", "The dynamic market ceases after " + UkTime.date(m.newEnd()) + ".");
            }
            amendments.add(amendment);
        }
        JsonObject release = Json.createReader(new StringReader(dynamicMarket(tenderId, "active", "-dm-modified-" + latest.id(),
                latest.modifiedAt(), "Dynamic market notice (UK14): the dynamic market's terms are modified."))).readObject();
        return Json.createObjectBuilder(release)
                .add("tag", Json.createArrayBuilder().add("tenderAmendment"))
                .add("tender", Json.createObjectBuilder(release.getJsonObject("tender")).add("amendments", amendments))
                .build().toString();
    }

    /** UK11: the contract details release as the agreement ended early, tagged as its termination. */
    private String termination(long tenderId) {
        JsonObject contract = Json.createReader(new StringReader(awards.ocdsContract(tenderId))).readObject();
        Instant ended = agreement(tenderId).orElseThrow().endedAt();
        return Json.createObjectBuilder(contract)
                .add("id", contract.getString("id") + "-termination")
                .add("date", ended.toString())
                .add("tag", Json.createArrayBuilder().add("contractTermination"))
                .build().toString();
    }

    /** UK13 and UK15: the tender notice's release updated with the dynamic market's state. */
    private String dynamicMarket(long tenderId, String status, String idSuffix, Instant date, String details) {
        JsonObject notice = Json.createReader(new StringReader(tenders.noticeRelease(tenderId, TenderNotice.TENDER_NOTICE))).readObject();
        JsonObject tender = Json.createObjectBuilder(notice.getJsonObject("tender")).add("status", status)
                .add("statusDetails", details).build();
        return Json.createObjectBuilder(notice)
                .add("id", notice.getString("ocid") + idSuffix)
                .add("date", date.toString())
                .add("tag", Json.createArrayBuilder().add("tenderUpdate"))
                .add("tender", tender)
                .build().toString();
    }
}
