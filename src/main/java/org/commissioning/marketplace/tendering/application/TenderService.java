package org.commissioning.marketplace.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.OrganisationKind;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.tendering.application.TenderViews.Cancellation;
import org.commissioning.marketplace.tendering.application.TenderViews.CriterionInput;
import org.commissioning.marketplace.tendering.application.TenderViews.Declaration;
import org.commissioning.marketplace.tendering.application.TenderViews.LotInput;
import org.commissioning.marketplace.tendering.application.TenderViews.QuestionInput;
import org.commissioning.marketplace.tendering.application.TenderViews.TeamInput;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderPlan;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderSummary;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.Lot;
import org.commissioning.marketplace.tendering.domain.Tender;
import org.commissioning.marketplace.tendering.domain.TenderDocument;
import org.commissioning.marketplace.tendering.domain.TenderNotice;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Tenders: hub commissioners draft, build and publish them for their own hub; everyone on the
 * tender team declares interests; providers see published tenders; councils see their hubs'.
 */
@ApplicationScoped
public class TenderService {

    @Inject
    jakarta.enterprise.event.Event<TenderPublished> published;


    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    NeedsService needs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- drafting (hub commissioners of the tender's hub)

    @Transactional
    public TenderView draft(TenderPlan plan) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        if (plan == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        if (plan.needsRoundId() != null) {
            needs.round(plan.needsRoundId());
        }
        Tender tender = Tender.draft(hub.organisationId(), plan.toPlan(), hub.username(), Instant.now(clock));
        em.persist(tender);
        em.flush();
        audit.record("tender.drafted", "tender", tender.id(), tender.reference() + " " + tender.title()
                + " (" + tender.procedure().label() + ")");
        return view(tender, hub);
    }

    /** The new deadlines of an open framework's reopening competition. */
    public record ReopeningPlan(Instant clarificationDeadline, Instant bidDeadline, LocalDate plannedAward) {
    }

    /**
     * Starts the competition that reopens an open framework, within the window of one of its scheduled
     * reopening dates and once for each: a draft on the same terms the hub then publishes. The
     * evaluation capability checks first that the framework's agreement is live.
     */
    @Transactional
    public TenderView startReopening(long id, ReopeningPlan plan) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender framework = hubTender(hub, id);
        Instant now = Instant.now(clock);
        LocalDate date = framework.reopeningDue(LocalDate.now(clock.withZone(UkTime.ZONE)));
        boolean started = !em.createQuery("SELECT t.id FROM Tender t WHERE t.reopensTenderId = :f AND t.reopeningDate = :d "
                        + "AND t.status <> :cancelled", Long.class).setParameter("f", id).setParameter("d", date)
                .setParameter("cancelled", TenderStatus.CANCELLED).getResultList().isEmpty();
        if (started) {
            throw new ConflictException(framework.reference() + "'s reopening of " + UkTime.date(date)
                    + " has its competition already: carry on with it, or cancel it to start again.");
        }
        Tender reopening = framework.reopening(date, plan == null ? null : plan.clarificationDeadline(),
                plan == null ? null : plan.bidDeadline(), plan == null ? null : plan.plannedAward(), hub.username(), now);
        em.persist(reopening);
        em.flush();
        audit.record("tender.reopening-drafted", "tender", reopening.id(), reopening.reference() + " reopens "
                + framework.reference() + " (scheduled reopening of " + date + ") on the same terms");
        return view(reopening, hub);
    }

    // ---- starting from another tender

    /**
     * A new draft starting from one of the hub's own tenders, whatever its state: its lots, criteria
     * and weights, selection questions, award rule and documents (the latest version of each) are
     * copied, never its bids, applications or evaluation; the new terms and timeline are the plan's.
     */
    @Transactional
    public TenderView startFrom(long sourceId, TenderPlan plan) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender source = hubTender(hub, sourceId);
        return start(hub, source, plan, new Tender.Origin(source.id(), source.reference() + " " + source.title()));
    }

    private TenderView start(Caller hub, Tender source, TenderPlan plan, Tender.Origin origin) {
        if (plan == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        if (plan.needsRoundId() != null) {
            needs.round(plan.needsRoundId());
        }
        Instant now = Instant.now(clock);
        Tender tender = source.startOf(hub.organisationId(), plan.toPlan(), origin, hub.username(), now);
        em.persist(tender);
        em.flush();
        List<TenderDocument> latest = em.createQuery("SELECT d FROM TenderDocument d WHERE d.tenderId = :t AND d.versionNo = "
                        + "(SELECT MAX(e.versionNo) FROM TenderDocument e WHERE e.tenderId = d.tenderId AND e.title = d.title) "
                        + "ORDER BY d.title", TenderDocument.class).setParameter("t", source.id()).getResultList();
        for (TenderDocument d : latest) {
            em.persist(TenderDocument.version(tender.id(), d.title(), 1, d.fileName(), d.content(), d.sha256(), hub.username(), now));
        }
        audit.record("tender.drafted", "tender", tender.id(), tender.reference() + " " + tender.title() + " ("
                + tender.procedure().label() + "), started from " + origin.description() + ": " + tender.lots().size() + " lots, "
                + tender.selectionQuestions().size() + " selection questions and " + latest.size() + " documents copied");
        return view(tender, hub);
    }

    @Transactional
    public TenderView redraft(long id, TenderPlan plan, Long version) {
        return change(id, version, "tender.redrafted", t -> t.redraft(plan == null ? null : plan.toPlan(), Instant.now(clock)), "terms and timeline changed");
    }

    /** The award rule stated before publication: providers to appoint per lot and/or the score a bid must reach. */
    @Transactional
    public TenderView stateAwardRule(long id, Integer appointPerLot, java.math.BigDecimal scoreThreshold) {
        return change(id, null, "tender.award-rule-stated", t -> t.stateAwardRule(appointPerLot, scoreThreshold),
                "award rule: appoint " + (appointPerLot == null ? "any number" : "at most " + appointPerLot) + " per lot"
                        + (scoreThreshold == null ? "" : ", total score at least " + scoreThreshold));
    }

    /** Adds a lot sized from the pooled demand of the tender's needs round (zero without one). */
    @Transactional
    public TenderView addLot(long id, LotInput input) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        Estimate size = size(tender, input);
        Lot lot = tender.addLot(input.title(), input.category(), input.subRegion(), input.needLevel(), size.placements(),
                size.value(), input.priceFormula());
        em.flush();
        audit.record("tender.lot-added", "tender", id, "lot " + lot.number() + " " + lot.title() + ": "
                + lot.estimatedPlacements() + " placements, " + lot.estimatedValue() + " a year");
        return view(tender, hub);
    }

    /** Changes a draft's lot, sized again from the pooled demand when its category, sub-region or need level changes. */
    @Transactional
    public TenderView reviseLot(long id, int number, LotInput input) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        Lot before = tender.lot(number);
        String was = before.title() + ", " + before.category() + ", " + before.subRegion() + ", " + before.needLevel() + ", " + before.priceFormula();
        Estimate size = size(tender, input);
        Lot lot = tender.reviseLot(number, input.title(), input.category(), input.subRegion(), input.needLevel(),
                size.placements(), size.value(), input.priceFormula());
        em.flush();
        audit.record("tender.lot-revised", "tender", id, "lot " + number + ": " + was + " -> " + lot.title() + ", "
                + lot.category() + ", " + lot.subRegion() + ", " + lot.needLevel() + ", " + lot.priceFormula());
        return view(tender, hub);
    }

    /** Removes a draft's lot and its criteria; later lots are numbered down so the numbers stay 1, 2, 3... */
    @Transactional
    public TenderView removeLot(long id, int number) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        String title = tender.lot(number).title();
        tender.removeLot(number);
        // The removal is written first: lot numbers are unique within a tender.
        em.flush();
        tender.closeLotNumbers();
        em.flush();
        audit.record("tender.lot-removed", "tender", id, "lot " + number + " " + title + " removed");
        return view(tender, hub);
    }

    private record Estimate(long placements, Money value) {
    }

    /** A lot's size from the pooled demand of the tender's needs round (zero without one). */
    private Estimate size(Tender tender, LotInput input) {
        if (tender.needsRoundId() == null || input.category() == null) {
            return new Estimate(0, Money.ZERO);
        }
        NeedsService.Estimate estimate = needs.estimate(tender.needsRoundId(), input.category(), input.subRegion(),
                input.needLevel());
        return new Estimate(estimate.placements(), Money.of(estimate.estimatedAnnualValue()));
    }

    @Transactional
    public TenderView addCriterion(long id, int lotNumber, CriterionInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        return change(id, null, "tender.criterion-added", t -> t.addCriterion(lotNumber, input.kind(), input.title(),
                input.weight(), input.maxMarks(), input.guidance()), "lot " + lotNumber + ": " + input.kind() + " "
                + input.title() + " " + input.weight() + "%");
    }

    @Transactional
    public TenderView reviseCriterion(long id, int lotNumber, long criterionId, CriterionInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        return change(id, null, "tender.criterion-revised", t -> t.reviseCriterion(lotNumber, criterionId, input.kind(),
                input.title(), input.weight(), input.maxMarks(), input.guidance()), "lot " + lotNumber + ": criterion "
                + criterionId + " now " + input.kind() + " " + input.title() + " " + input.weight() + "%");
    }

    @Transactional
    public TenderView removeCriterion(long id, int lotNumber, long criterionId) {
        return change(id, null, "tender.criterion-removed", t -> t.removeCriterion(lotNumber, criterionId),
                "lot " + lotNumber + ": criterion " + criterionId + " removed");
    }

    @Transactional
    public TenderView addSelectionQuestion(long id, QuestionInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        return change(id, null, "tender.selection-question-added",
                t -> t.addSelectionQuestion(input.question(), input.guidance()), input.question());
    }

    @Transactional
    public TenderView reviseSelectionQuestion(long id, int position, QuestionInput input) {
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        return change(id, null, "tender.selection-question-revised",
                t -> t.reviseSelectionQuestion(position, input.question(), input.guidance()),
                "question " + position + " now: " + input.question());
    }

    @Transactional
    public TenderView removeSelectionQuestion(long id, int position) {
        return change(id, null, "tender.selection-question-removed", t -> t.removeSelectionQuestion(position),
                "question " + position + " removed");
    }

    /** Takes someone off a draft's team (and so off its declarations). */
    @Transactional
    public TenderView removeTeamMember(long id, String username) {
        String who = username == null ? "" : username.strip().toLowerCase();
        return change(id, null, "tender.team-member-removed", t -> t.removeTeamMember(who), who);
    }

    /** Adds a user of the hub (a commissioner or evaluator) to the tender team. */
    @Transactional
    public TenderView addTeamMember(long id, TeamInput input) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        String username = input == null || input.username() == null ? "" : input.username().strip().toLowerCase();
        if (!parties.worksFor(username, hub.organisationId())) {
            throw InvalidInputException.of("username", "Enter the email address of a user of " + hub.organisationName() + ".");
        }
        return change(id, null, "tender.team-member-added", t -> t.addTeamMember(username), username);
    }

    /** The caller declares their own interests for a tender whose team they are on. */
    @Transactional
    public TenderView declare(long id, Declaration declaration) {
        Caller member = parties.require(Role.HUB_COMMISSIONER, Role.EVALUATOR);
        Tender tender = hubTender(member, id);
        if (declaration == null || declaration.interest() == null) {
            throw InvalidInputException.of("interest", "Say whether you have an interest to declare.");
        }
        tender.declare(member.username(), declaration.interest(), declaration.interestDetails(), declaration.mitigation(),
                Instant.now(clock));
        audit.record("tender.interest-declared", "tender", id, member.username() + ": "
                + (declaration.interest() ? "interest declared, mitigated: " + declaration.mitigation() : "no interest"));
        return view(tender, member);
    }

    /** Publishes the tender, with its tender notice and OCDS release. */
    @Transactional
    public TenderView publish(long id) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        Instant now = Instant.now(clock);
        tender.publish(now);
        String release = OcdsTenderRelease.build(tender, hub.organisationName(), now).toString();
        em.persist(new TenderNotice(tender.id(), TenderNotice.TENDER_NOTICE, now, release));
        audit.record("tender.published", "tender", id, AuditTrail.change("status", TenderStatus.DRAFT, tender.status())
                + "; tender notice " + OcdsTenderRelease.ocid(tender));
        published.fire(new TenderPublished(id));
        return view(tender, hub);
    }

    /**
     * The hub engages the market before tendering: the engagement is recorded on the draft and its
     * preliminary market engagement notice (UK2) published, as OCDS, for anyone to read.
     */
    @Transactional
    public TenderView engageMarket(long id, String description, String howToRespond, LocalDate closesOn) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        Instant now = Instant.now(clock);
        tender.engageMarket(description, howToRespond, closesOn, LocalDate.ofInstant(now, UkTime.ZONE));
        em.persist(new TenderNotice(tender.id(), TenderNotice.MARKET_ENGAGEMENT, now,
                OcdsTenderRelease.marketEngagement(tender, hub.organisationName(), now).toString()));
        audit.record("tender.market-engagement", "tender", id, "preliminary market engagement notice (UK2) published; closes on "
                + tender.engagementClosesOn());
        return view(tender, hub);
    }

    @Transactional
    public TenderView cancel(long id, Cancellation cancellation) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        TenderStatus before = tender.status();
        tender.cancel(cancellation == null ? null : cancellation.reason());
        boolean published = tender.publishedAt() != null;
        if (published) {
            // What was published is withdrawn in public too: the procurement termination notice.
            Instant now = Instant.now(clock);
            em.persist(new TenderNotice(tender.id(), TenderNotice.PROCUREMENT_TERMINATION, now,
                    OcdsTenderRelease.cancellation(tender, hub.organisationName(), now).toString()));
        }
        audit.record("tender.cancelled", "tender", id, AuditTrail.change("status", before, tender.status())
                + "; reason: " + tender.cancellationReason() + (published ? "; procurement termination notice published" : ""));
        return view(tender, hub);
    }

    @Transactional
    public TenderView startEvaluation(long id) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        TenderStatus before = tender.status();
        tender.startEvaluation();
        audit.record("tender.evaluation-started", "tender", id, AuditTrail.change("status", before, tender.status()));
        return view(tender, hub);
    }

    /** The system's act when an award becomes final at the end of standstill (the scheduler's caller). */
    @Transactional
    public void awarded(long id) {
        Tender tender = em.find(Tender.class, id);
        TenderStatus before = tender.status();
        tender.awarded();
        audit.record("tender.awarded", "tender", id, AuditTrail.change("status", before, tender.status()));
    }

    // ---- reading

    /**
     * Tenders the caller may see: a hub's own (drafts included); the published tenders of a
     * council's hubs; every published tender for providers.
     */
    @Transactional
    public Page<TenderSummary> list(TenderStatus status, PageRequest page) {
        Caller caller = parties.require();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Long> hubIds;
        if (caller.has(Role.HUB_COMMISSIONER) || caller.has(Role.EVALUATOR)) {
            hubIds = List.of(caller.organisationId());
        } else if (caller.has(Role.COUNCIL_COMMISSIONER)) {
            hubIds = parties.hubsOf(caller.organisationId()).stream().map(OrganisationRef::id).toList();
            where.append(" AND t.status <> :draft");
        } else if (caller.has(Role.PROVIDER_USER)) {
            hubIds = null;
            where.append(" AND t.status <> :draft");
        } else {
            throw new org.commissioning.marketplace.shared.domain.AccessDeniedException("Your account cannot see tenders.");
        }
        if (hubIds != null) {
            where.append(hubIds.isEmpty() ? " AND 1 = 0" : " AND t.hubId IN :hubs");
        }
        if (status != null) {
            where.append(" AND t.status = :status");
        }
        var query = em.createQuery("SELECT t FROM Tender t" + where + " ORDER BY t.createdAt DESC, t.id DESC", Tender.class);
        var count = em.createQuery("SELECT COUNT(t) FROM Tender t" + where, Long.class);
        for (var q : List.of(query, count)) {
            if (where.indexOf(":draft") >= 0) {
                q.setParameter("draft", TenderStatus.DRAFT);
            }
            if (hubIds != null && !hubIds.isEmpty()) {
                q.setParameter("hubs", hubIds);
            }
            if (status != null) {
                q.setParameter("status", status);
            }
        }
        List<TenderSummary> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                .stream().map(t -> TenderSummary.of(t, parties.nameOf(t.hubId()))).toList();
        return new Page<>(items, count.getSingleResult(), page.page(), page.size());
    }

    @Transactional
    public TenderView get(long id) {
        Caller caller = parties.require();
        Tender tender = em.find(Tender.class, id);
        boolean hubSide = tender != null && (caller.has(Role.HUB_COMMISSIONER) || caller.has(Role.EVALUATOR))
                && tender.hubId() == caller.organisationId();
        boolean visible = hubSide || (tender != null && tender.status().isPublic()
                && (caller.has(Role.PROVIDER_USER)
                || (caller.has(Role.COUNCIL_COMMISSIONER) && parties.isMember(caller.organisationId(), tender.hubId()))));
        if (!visible) {
            throw new NotFoundException("There is no tender " + id + " that you can see.");
        }
        return TenderView.of(tender, parties.nameOf(tender.hubId()), hubSide, Instant.now(clock));
    }

    /**
     * A tender as its hub's people read it for evaluation: what bidders see (no team, no draft
     * checks), for the hub's commissioners, evaluators and young evaluators only.
     */
    @Transactional
    public TenderView forEvaluation(long id) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.EVALUATOR, Role.YOUNG_EVALUATOR);
        Tender tender = em.find(Tender.class, id);
        boolean hub = tender != null && tender.hubId() == caller.organisationId();
        boolean memberCouncil = tender != null && caller.has(Role.EVALUATOR) && caller.organisationKind() == OrganisationKind.COUNCIL
                && parties.isMember(caller.organisationId(), tender.hubId());
        if (!hub && !memberCouncil) {
            throw new NotFoundException("You are not an evaluator on tender " + id + ".");
        }
        return TenderView.of(tender, hub ? caller.organisationName() : parties.nameOf(tender.hubId()), false, Instant.now(clock));
    }

    /** A tender as another capability names it: reference, title and where it stands. */
    public record TenderRef(long id, long hubId, String reference, String title, String statusLabel, boolean published) {
        static TenderRef of(Tender t) {
            return new TenderRef(t.id(), t.hubId(), t.reference(), t.title(), t.status().label(), t.status().isPublic());
        }
    }

    /** The named tenders (those that exist), for other capabilities that list tenders they keep the ids of. */
    @Transactional
    public List<TenderRef> refs(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Tender t WHERE t.id IN :ids ORDER BY t.createdAt DESC, t.id DESC", Tender.class)
                .setParameter("ids", ids).getResultList().stream().map(TenderRef::of).toList();
    }

    /** One of the calling hub commissioner's own tenders (drafts included); refused for any other. */
    @Transactional
    public TenderRef ownTender(long id) {
        return TenderRef.of(hubTender(parties.require(Role.HUB_COMMISSIONER), id));
    }

    /** The ids of a hub's tenders, for other capabilities' reads about the hub's market. */
    @Transactional
    public List<Long> idsOfHub(long hubId) {
        return em.createQuery("SELECT t.id FROM Tender t WHERE t.hubId = :h", Long.class).setParameter("h", hubId).getResultList();
    }

    /**
     * A published tender's bidding terms, read lean for the submissions at a deadline: its status
     * and bid deadline as committed now (one narrow query), and what publication fixed for good
     * (reference, title, lots, criteria, selection questions: only a draft can change them)
     * remembered after the first read. Published tenders are visible to every provider, so the
     * caller's role is checked by the bidding service that asks.
     */
    @Transactional
    public TenderViews.BiddingTerms biddingTerms(long id) {
        List<Object[]> state = em.createQuery("SELECT t.status, t.bidDeadline FROM Tender t WHERE t.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (state.isEmpty() || !((TenderStatus) state.get(0)[0]).isPublic()) {
            throw new NotFoundException("There is no tender " + id + " that you can see.");
        }
        TenderViews.BiddingTerms fixed = publishedTerms.get(id);
        if (fixed == null) {
            fixed = TenderViews.BiddingTerms.of(em.find(Tender.class, id));
            if (publishedTerms.size() > 10_000) {
                publishedTerms.clear();
            }
            publishedTerms.put(id, fixed);
        }
        return fixed.at((TenderStatus) state.get(0)[0], (Instant) state.get(0)[1]);
    }

    /** What publication fixed, by tender: never changed afterwards, so every instance may keep it. */
    private final java.util.concurrent.ConcurrentHashMap<Long, TenderViews.BiddingTerms> publishedTerms =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A published tender as anyone may read it (for open data): no team, no checklist. */
    @Transactional
    public TenderView publicView(long id) {
        Tender tender = em.find(Tender.class, id);
        if (tender == null || !tender.status().isPublic()) {
            throw new NotFoundException("There is no published tender " + id + ".");
        }
        return TenderView.of(tender, parties.nameOf(tender.hubId()), false, Instant.now(clock));
    }

    /**
     * A tender as anyone may read it: published, or still a draft whose preliminary market
     * engagement notice is published (what that notice says of it is public from then).
     */
    @Transactional
    public TenderView publicOrEngagedView(long id) {
        Tender tender = em.find(Tender.class, id);
        if (tender != null && !tender.status().isPublic() && tender.engagementDescription() != null) {
            return TenderView.of(tender, parties.nameOf(tender.hubId()), false, Instant.now(clock));
        }
        return publicView(id);
    }

    /** The OCDS release published with the tender notice: open data, for anyone. */
    @Transactional
    public String ocdsRelease(long id) {
        return latestNotice(id, List.of(TenderNotice.TENDER_NOTICE, TenderNotice.PROCUREMENT_TERMINATION));
    }

    /** When each of the tender's own notices was first published (tender notice, procurement termination notice), by kind. */
    @Transactional
    public Map<String, Instant> noticesPublished(long id) {
        Map<String, Instant> published = new java.util.HashMap<>();
        em.createQuery("SELECT n FROM TenderNotice n WHERE n.tenderId = :t ORDER BY n.id", TenderNotice.class).setParameter("t", id)
                .getResultList().forEach(n -> published.putIfAbsent(n.kind(), n.publishedAt()));
        return published;
    }

    /** The OCDS release of the tender's latest notice of one kind ({@link TenderNotice#TENDER_NOTICE} or the termination). */
    @Transactional
    public String noticeRelease(long id, String kind) {
        return latestNotice(id, List.of(kind));
    }

    /** The latest published notice of those kinds, as its OCDS release. */
    private String latestNotice(long id, List<String> kinds) {
        return em.createQuery("SELECT n FROM TenderNotice n WHERE n.tenderId = :t AND n.kind IN :k ORDER BY n.id DESC",
                        TenderNotice.class).setParameter("t", id).setParameter("k", kinds)
                .setMaxResults(1).getResultStream().findFirst().map(TenderNotice::ocdsRelease)
                .orElseThrow(() -> new NotFoundException("Tender " + id + " has no published notice."));
    }

    /** The published tender notice, UK4-like, for anyone (it is a public notice). */
    @Transactional
    public TenderViews.TenderNoticeView notice(long id) {
        jakarta.json.JsonObject release = jakarta.json.Json.createReader(new java.io.StringReader(
                latestNotice(id, List.of(TenderNotice.TENDER_NOTICE)))).readObject();
        jakarta.json.JsonObject t = release.getJsonObject("tender");
        return new TenderViews.TenderNoticeView("UK4 Tender notice", release.getString("ocid"),
                Instant.parse(release.getString("date")), release.getJsonObject("buyer").getString("name"),
                t.getString("title"), t.getString("description"), t.getString("procurementMethodDetails"),
                "Light-touch regime (Procurement Act 2023 s.9)",
                t.getJsonArray("items").isEmpty() ? "" : t.getJsonArray("items").getJsonObject(0).getJsonObject("classification").getString("id"),
                t.getJsonObject("value").getJsonNumber("amount").bigDecimalValue(),
                t.getJsonObject("contractPeriod").getString("startDate"),
                t.getJsonObject("contractPeriod").getString("endDate", null),
                Instant.parse(t.getJsonObject("enquiryPeriod").getString("endDate")),
                Instant.parse(t.getJsonObject("tenderPeriod").getString("endDate")),
                t.getJsonArray("lots").stream().map(l -> l.asJsonObject().getString("id") + ": "
                        + l.asJsonObject().getString("title") + " - " + l.asJsonObject().getString("description")).toList(),
                t.getJsonObject("lotDetails").getString("awardCriteriaDetails"));
    }

    // ---- helpers

    private TenderView change(long id, Long version, String action, Consumer<Tender> change, String summary) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, id);
        if (version != null && version != tender.version()) {
            throw new ConflictException("Someone else changed this tender after you opened it. Reload it and try again.");
        }
        change.accept(tender);
        em.flush();
        audit.record(action, "tender", id, summary);
        return view(tender, hub);
    }

    private Tender hubTender(Caller hub, long id) {
        Tender tender = em.find(Tender.class, id);
        if (tender == null || tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no tender " + id + " for your hub.");
        }
        return tender;
    }

    private TenderView view(Tender tender, Caller hub) {
        return TenderView.of(tender, hub.organisationName(), true, Instant.now(clock));
    }
}
