package org.commissioning.marketplace.tendering.application;

import org.commissioning.marketplace.shared.application.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.domain.Pipeline;
import org.commissioning.marketplace.tendering.domain.Pipeline.FinancialYear;
import org.commissioning.marketplace.tendering.domain.PipelineNotice;
import org.commissioning.marketplace.tendering.domain.Tender;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A hub's pipeline notice (UK1): what it plans to award in the 18 months from a financial year's
 * first day (its tenders not yet awarded or cancelled, by their planned award), which of them the
 * Act obliges it to list, whether the year's notice is due, published or overdue; publishing it
 * keeps the list as it stands, as an OCDS release package anyone may read.
 */
@ApplicationScoped
public class PipelineService {

    /** More than any hub plans in 18 months; the list is never paged. */
    static final int MOST_PLANNED = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PublicAddress publicAddress;

    /** One procurement the hub plans to award in the window. */
    public record PlannedProcurement(String reference, String title, String procedure, BigDecimal valueAYear,
                                     BigDecimal valueOverTerm, boolean mustBeListed, Instant bidDeadline, LocalDate plannedAward,
                                     LocalDate termStart, LocalDate termEnd) {
    }

    /** A financial year's notice: its window, when it is due, and its state. */
    public record YearView(int financialYear, String label, LocalDate firstDay, LocalDate dueBy, LocalDate windowEnd,
                           Pipeline.State state, String stateLabel, Instant publishedAt, String pagePath, String ocdsPath) {
    }

    /** The hub's page: this financial year's notice and what it would list now, and the notices published before. */
    public record Overview(YearView year, List<PlannedProcurement> planned, List<YearView> published) {
    }

    /** A published pipeline notice, as anyone reads it. */
    public record PublishedPipeline(long hubId, String hubName, YearView year, Instant publishedAt,
                                    List<PlannedProcurement> planned) {
    }

    /** The hub's own pipeline for the financial year of today (server clock). */
    @Transactional
    public Overview overview() {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        LocalDate today = today();
        FinancialYear year = FinancialYear.of(today);
        Optional<PipelineNotice> notice = notice(hub.organisationId(), year);
        List<YearView> published = em.createQuery("SELECT n FROM PipelineNotice n WHERE n.hubId = :h ORDER BY n.financialYear DESC",
                        PipelineNotice.class).setParameter("h", hub.organisationId()).getResultList().stream()
                .map(n -> year(hub.organisationId(), n.financialYear(), n.publishedAt(), today)).toList();
        return new Overview(year(hub.organisationId(), year, notice.map(PipelineNotice::publishedAt).orElse(null), today),
                planned(hub.organisationId(), year), published);
    }

    /**
     * Publishes the hub's pipeline notice for the financial year (this year's: a year not started
     * or already over is refused), once, listing what it plans to award as it stands now.
     */
    @Transactional
    public PublishedPipeline publish(Integer financialYear) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        LocalDate today = today();
        FinancialYear current = FinancialYear.of(today);
        if (financialYear == null) {
            throw InvalidInputException.of("financialYear", "Give the financial year by the year it starts in, for example "
                    + current.startYear() + ".");
        }
        FinancialYear year = new FinancialYear(financialYear);
        if (year.startYear() > current.startYear()) {
            throw new ConflictException("The pipeline notice for " + year.label() + " can be published from "
                    + UkTime.date(year.firstDay()) + ", the first day of that financial year.");
        }
        if (year.startYear() < current.startYear()) {
            throw new ConflictException("The financial year " + year.label() + " is over: publish this year's notice, for "
                    + current.label() + ".");
        }
        if (notice(hub.organisationId(), year).isPresent()) {
            throw new ConflictException("The pipeline notice for " + year.label() + " is published already.");
        }
        List<Tender> tenders = plannedTenders(hub.organisationId(), year);
        if (tenders.isEmpty()) {
            throw new ConflictException("The hub plans no award between " + UkTime.date(year.firstDay()) + " and "
                    + UkTime.date(year.windowEnd().minusDays(1)) + ": a pipeline notice would list nothing.");
        }
        Instant now = Instant.now(clock);
        String pageUrl = publicAddress.of(pagePath(hub.organisationId(), year));
        JsonArrayBuilder releases = Json.createArrayBuilder();
        for (Tender t : tenders) {
            releases.add(OcdsTenderRelease.pipeline(t, hub.organisationName(), now, year.label(),
                    Pipeline.valueOverTerm(t.estimatedValue().amount(), t.termStart(), t.termEnd()), pageUrl));
        }
        JsonObject ocdsPackage = Json.createObjectBuilder()
                .add("uri", publicAddress.of(ocdsPath(hub.organisationId(), year)))
                .add("version", "1.1")
                .add("publishedDate", now.toString())
                .add("publisher", Json.createObjectBuilder().add("name", hub.organisationName()))
                .add("extensions", Json.createArrayBuilder().add(OcdsTenderRelease.LOTS_EXTENSION).add(OcdsTenderRelease.TECHNIQUES_EXTENSION))
                .add("releases", releases)
                .build();
        PipelineNotice notice = new PipelineNotice(hub.organisationId(), year, now, hub.username(), ocdsPackage.toString());
        try {
            em.persist(notice);
            em.flush();
        } catch (jakarta.persistence.PersistenceException raced) {
            throw new ConflictException("The pipeline notice for " + year.label() + " was published by someone else at the same moment.");
        }
        audit.record("pipeline.published", "pipeline-notice", notice.id(), "pipeline notice (UK1) for " + year.label() + ": "
                + tenders.size() + " planned procurements, " + tenders.stream().map(Tender::reference).toList());
        return read(notice, hub.organisationName());
    }

    /** A published pipeline notice: public, for anyone. */
    @Transactional
    public PublishedPipeline published(long hubId, int financialYear) {
        return read(require(hubId, financialYear), parties.nameOf(hubId));
    }

    /** A published pipeline notice's OCDS release package: open data, for anyone. */
    @Transactional
    public String ocds(long hubId, int financialYear) {
        return require(hubId, financialYear).ocdsPackage();
    }

    private PipelineNotice require(long hubId, int financialYear) {
        return notice(hubId, new FinancialYear(financialYear)).orElseThrow(() -> new NotFoundException(
                "There is no published pipeline notice for " + new FinancialYear(financialYear).label() + " from hub " + hubId + "."));
    }

    /** The notice as published: each planned procurement read back from its release. */
    private PublishedPipeline read(PipelineNotice notice, String hubName) {
        JsonObject ocdsPackage = Json.createReader(new StringReader(notice.ocdsPackage())).readObject();
        List<PlannedProcurement> planned = ocdsPackage.getJsonArray("releases").stream().map(JsonValue::asJsonObject)
                .map(PipelineService::planned).toList();
        return new PublishedPipeline(notice.hubId(), hubName, year(notice.hubId(), notice.financialYear(), notice.publishedAt(), today()),
                notice.publishedAt(), planned);
    }

    private static PlannedProcurement planned(JsonObject release) {
        JsonObject t = release.getJsonObject("tender");
        BigDecimal overTerm = release.getJsonObject("planning").getJsonObject("budget").getJsonObject("amount")
                .getJsonNumber("amount").bigDecimalValue();
        JsonObject term = t.getJsonObject("contractPeriod");
        return new PlannedProcurement(t.getString("id"), t.getString("title"), t.getString("procurementMethodDetails"),
                t.getJsonObject("value").getJsonNumber("amount").bigDecimalValue(), overTerm, Pipeline.mustBeListed(overTerm),
                Instant.parse(t.getJsonObject("tenderPeriod").getString("endDate")),
                londonDay(t.getJsonObject("awardPeriod").getString("startDate")), londonDay(term.getString("startDate")),
                term.containsKey("endDate") ? londonDay(term.getString("endDate")) : null);
    }

    private static LocalDate londonDay(String instant) {
        return LocalDate.ofInstant(Instant.parse(instant), UkTime.ZONE);
    }

    private List<PlannedProcurement> planned(long hubId, FinancialYear year) {
        return plannedTenders(hubId, year).stream().map(t -> {
            BigDecimal overTerm = Pipeline.valueOverTerm(t.estimatedValue().amount(), t.termStart(), t.termEnd());
            return new PlannedProcurement(t.reference(), t.title(), t.procedure().label(), t.estimatedValue().amount(), overTerm,
                    Pipeline.mustBeListed(overTerm), t.bidDeadline(), t.plannedAward(), t.termStart(), t.termEnd());
        }).toList();
    }

    /** The hub's tenders not yet awarded or cancelled whose planned award falls in the year's 18-month window. */
    private List<Tender> plannedTenders(long hubId, FinancialYear year) {
        return em.createQuery("SELECT t FROM Tender t WHERE t.hubId = :h AND t.status NOT IN :done AND t.plannedAward >= :from "
                        + "AND t.plannedAward < :to ORDER BY t.plannedAward, t.id", Tender.class)
                .setParameter("h", hubId).setParameter("done", List.of(TenderStatus.AWARDED, TenderStatus.CANCELLED))
                .setParameter("from", year.firstDay()).setParameter("to", year.windowEnd())
                .setMaxResults(MOST_PLANNED).getResultList().stream()
                .filter(t -> t.bidDeadline() != null && t.termStart() != null).toList();
    }

    private Optional<PipelineNotice> notice(long hubId, FinancialYear year) {
        return em.createQuery("SELECT n FROM PipelineNotice n WHERE n.hubId = :h AND n.financialYear = :y", PipelineNotice.class)
                .setParameter("h", hubId).setParameter("y", year.startYear()).getResultStream().findFirst();
    }

    private YearView year(long hubId, FinancialYear year, Instant publishedAt, LocalDate today) {
        Pipeline.State state = Pipeline.state(year, publishedAt, today);
        boolean published = publishedAt != null;
        return new YearView(year.startYear(), year.label(), year.firstDay(), year.noticeDueBy(), year.windowEnd(), state, state.label(),
                publishedAt, published ? pagePath(hubId, year) : null, published ? ocdsPath(hubId, year) : null);
    }

    private static String pagePath(long hubId, FinancialYear year) {
        return "/pipeline-notice.xhtml?hub=" + hubId + "&year=" + year.startYear();
    }

    private static String ocdsPath(long hubId, FinancialYear year) {
        return "/api/pipeline-notices/" + hubId + "/" + year.startYear() + "/ocds";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), UkTime.ZONE);
    }
}
