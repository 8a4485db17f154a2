package org.commissioning.marketplace.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.bidding.application.BidService;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.evaluation.domain.AgreementApplication;
import org.commissioning.marketplace.evaluation.domain.ApplicationAssessment;
import org.commissioning.marketplace.evaluation.domain.ApplicationStatus;
import org.commissioning.marketplace.evaluation.domain.AgreementMember;
import org.commissioning.marketplace.evaluation.domain.AgreementStatus;
import org.commissioning.marketplace.evaluation.domain.FrameworkAgreement;
import org.commissioning.marketplace.evaluation.domain.MemberStatus;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.application.TenderPublished;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.Procedure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Joining a live agreement later: a dynamic market admits at any time every supplier that meets its
 * conditions of participation (the tender's selection questions), decided by a hub commissioner
 * who has declared no conflict of interest with the applicant; an open framework reopens by a new
 * competition on its schedule ({@link #reopen}). Existing members keep their ranks; the newcomer
 * ranks after them.
 */
@ApplicationScoped
public class AdmissionService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderService tenders;

    @Inject
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Inject
    Clock clock;

    /**
     * An application as the hub (every assessment), an evaluator of its lot (their own assessment)
     * and the applicant (none) see it.
     */
    public record ApplicationView(long id, long tenderId, int lot, long providerId, String providerName, String status, String statusLabel,
                                  Instant submittedAt, BidContent content, BigDecimal qualityScore, BigDecimal priceScore,
                                  BigDecimal total, String decisionReason, List<AssessmentView> assessments) {
    }

    /** One evaluator's assessment: a conflict (no view), or whether it meets the conditions and why. */
    public record AssessmentView(String evaluator, boolean conflict, String conflictDetails, Boolean meetsConditions,
                                 String reasons, Instant assessedAt) {

        /** "Meets the conditions", "Does not meet the conditions" or "Conflict of interest declared", for pages. */
        public String outcome() {
            return conflict ? "Conflict of interest declared: " + conflictDetails
                    : (Boolean.TRUE.equals(meetsConditions) ? "Meets the conditions of participation: " : "Does not meet the conditions: ")
                    + reasons;
        }
    }

    @Transactional
    public ApplicationView apply(long tenderId, int lot, BidContent content) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        TenderView tender = tenders.publicView(tenderId);
        FrameworkAgreement agreement = liveAgreement(tenderId);
        // One instant decides the window and is the one recorded on the application.
        Instant now = Instant.now(clock);
        String closed = closedReason(tender, now.atZone(UkTime.ZONE).toLocalDate());
        if (closed != null) {
            throw new ConflictException(closed);
        }
        EvaluationService.lot(tender, lot);
        if (agreement.members().stream().anyMatch(m -> m.lotNumber() == lot && m.providerId() == provider.organisationId()
                && m.status() != MemberStatus.REMOVED)) {
            throw new ConflictException("You are on lot " + lot + " already.");
        }
        if (applications(tenderId).stream().anyMatch(a -> a.providerId() == provider.organisationId() && a.lotNumber() == lot
                && a.status() == ApplicationStatus.SUBMITTED)) {
            throw new ConflictException("Your application to lot " + lot + " is waiting for the hub's decision.");
        }
        BidContent forLot = content == null ? null : new BidContent(content.lots() == null ? List.of()
                : content.lots().stream().filter(l -> l.lot() != null && l.lot() == lot).toList(), content.selectionAnswers(), List.of());
        if (forLot == null || forLot.lots().isEmpty()) {
            throw InvalidInputException.of("lots", "Give your prices and answers for lot " + lot + ".");
        }
        Map<String, String> problems = forLot.problems(BidService.requirements(tenders.biddingTerms(tenderId)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AgreementApplication application = new AgreementApplication(tenderId, provider.organisationId(), lot, JSON.toJson(forLot),
                provider.username(), now);
        em.persist(application);
        em.flush();
        audit.record("agreement.application-submitted", "tender", tenderId, provider.organisationName() + " applied to join lot " + lot);
        mailbox.queue(parties.usernamesOf(tender.hubId()), "New application to join " + tender.reference() + " lot " + lot,
                provider.organisationName() + " has applied to join lot " + lot + " of " + tender.reference() + " \"" + tender.title()
                        + "\". The lot's evaluators assess it against the conditions of participation; then decide on it in "
                        + "the marketplace.\n");
        List<String> evaluators = em.createQuery("SELECT DISTINCT a.evaluator FROM EvaluatorAssignment a WHERE a.tenderId = :t "
                + "AND a.lotNumber = :l", String.class).setParameter("t", tenderId).setParameter("l", lot).getResultList();
        if (!evaluators.isEmpty()) {
            mailbox.queue(evaluators, "An application to " + tender.reference() + " lot " + lot + " to assess",
                    "An application to join lot " + lot + " of " + tender.reference() + " \"" + tender.title() + "\" waits for your "
                            + "assessment: declare any conflict of interest with the applicant, then say whether it meets the "
                            + "conditions of participation, on the tender's page in the marketplace.\n");
        }
        return view(application, false);
    }

    @Transactional
    public List<ApplicationView> list(long tenderId) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.PROVIDER_USER, Role.EVALUATOR);
        if (caller.has(Role.EVALUATOR) && !caller.has(Role.HUB_COMMISSIONER)) {
            return toAssess(tenderId);
        }
        TenderView tender = tenders.get(tenderId);
        boolean hub = caller.has(Role.HUB_COMMISSIONER);
        return applications(tenderId).stream()
                .filter(a -> hub ? tender.hubId() == caller.organisationId() : a.providerId() == caller.organisationId())
                .map(a -> view(a, hub)).toList();
    }

    /** The applications on the lots the calling evaluator is assigned to on this tender, newest first. */
    @Transactional
    public List<ApplicationView> toAssess(long tenderId) {
        Caller evaluator = parties.require(Role.EVALUATOR);
        tenders.forEvaluation(tenderId);
        List<Integer> lots = assignedLots(tenderId, evaluator.username());
        return applications(tenderId).stream().filter(a -> lots.contains(a.lotNumber()))
                .map(a -> view(a, x -> x.evaluator().equals(evaluator.username()))).toList();
    }

    /**
     * An evaluator assigned to the application's lot assesses it: declares a conflict of interest
     * with the applicant (and gives no view), or says whether it meets the conditions of
     * participation and why. The hub's decision waits for one assessment without a conflict.
     */
    @Transactional
    public ApplicationView assess(long tenderId, long applicationId, boolean conflict, String conflictDetails,
                                  Boolean meetsConditions, String reasons) {
        Caller evaluator = parties.require(Role.EVALUATOR);
        TenderView tender = tenders.forEvaluation(tenderId);
        AgreementApplication application = em.find(AgreementApplication.class, applicationId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (application == null || application.tenderId() != tenderId
                || !assignedLots(tenderId, evaluator.username()).contains(application.lotNumber())) {
            throw new NotFoundException("You have no application " + applicationId + " to assess on " + tender.reference() + ".");
        }
        ApplicationAssessment assessment = application.assess(evaluator.username(), conflict, conflictDetails, meetsConditions,
                reasons, Instant.now(clock));
        em.flush();
        String who = evaluator.username();
        audit.record("agreement.application-assessed", "tender", tenderId, evaluator.username() + " assessed the application of "
                + parties.nameOf(application.providerId()) + " to lot " + application.lotNumber() + ": "
                + (assessment.conflict() ? "conflict of interest declared" : Boolean.TRUE.equals(assessment.meetsConditions())
                ? "meets the conditions of participation" : "does not meet the conditions of participation"));
        return view(application, x -> x.evaluator().equals(who));
    }

    private List<Integer> assignedLots(long tenderId, String evaluator) {
        return em.createQuery("SELECT DISTINCT a.lotNumber FROM EvaluatorAssignment a WHERE a.tenderId = :t AND a.evaluator = :e",
                Integer.class).setParameter("t", tenderId).setParameter("e", evaluator).getResultList();
    }

    /**
     * The hub's decision on an application to join a dynamic market: membership is by the conditions
     * of participation (the tender's selection questions), never by a score (Procurement Act 2023
     * s.36). The commissioner deciding declares first that they have no conflict of interest with the
     * applicant (s.83); one who has leaves it to another. An admitted supplier ranks after the
     * lot's current members.
     */
    @Transactional
    public ApplicationView decide(long tenderId, long applicationId, boolean conditionsMet, boolean noConflictDeclared, String rationale) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no tender " + tenderId + " for your hub.");
        }
        AgreementApplication application = em.find(AgreementApplication.class, applicationId);
        if (application == null || application.tenderId() != tenderId) {
            throw new NotFoundException("Tender " + tenderId + " has no application " + applicationId + ".");
        }
        String applicant = parties.nameOf(application.providerId());
        if (!noConflictDeclared) {
            throw InvalidInputException.of("declaration", "Declare that you have no conflict of interest with " + applicant
                    + " before deciding on its application; if you have one, another commissioner decides (Procurement Act 2023 s.83).");
        }
        FrameworkAgreement agreement = liveAgreement(tenderId);
        LotView lot = EvaluationService.lot(tender, application.lotNumber());
        application.decide(conditionsMet, null, null, null, rationale, hub.username(), Instant.now(clock));
        String outcome;
        if (conditionsMet) {
            BidContent content = JSON.fromJson(application.content(), BidContent.class);
            AgreementMember member = agreement.admit(lot.number(), application.providerId(),
                    JSON.toJson(content.lots().get(0).weeklyFees()));
            outcome = "admitted to lot " + lot.number() + " at rank " + member.rank();
        } else {
            outcome = "refused: it does not meet the conditions of participation";
        }
        audit.record("agreement.application-decided", "tender", tenderId, applicant + " " + outcome + "; " + application.decisionReason()
                + "; decided by " + hub.username() + ", who declared no conflict of interest");
        mailbox.queue(parties.usernamesOf(application.providerId()), "Your application to " + tender.reference() + " lot "
                        + lot.number() + ": " + (conditionsMet ? "admitted" : "not admitted"),
                "Your application to join lot " + lot.number() + " of " + tender.reference() + " \"" + tender.title() + "\" is "
                        + outcome + ".\nReasons: " + application.decisionReason() + "\n");
        return view(application, true);
    }

    /**
     * Reopens an open framework on its schedule: a new competition on the same terms for new and
     * existing members, drafted for the hub to publish; when its award is final, its ranked
     * membership replaces the framework's (see {@link AwardService}). The framework's agreement must
     * be live, and today within the window of one of its reopening dates not yet competed.
     */
    @Transactional
    public TenderView reopen(long tenderId, TenderService.ReopeningPlan plan) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView framework = tenders.get(tenderId);
        if (framework.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no tender " + tenderId + " for your hub.");
        }
        FrameworkAgreement agreement = liveAgreement(tenderId);
        TenderView reopening = tenders.startReopening(tenderId, plan);
        mailbox.queue(agreement.members().stream().map(AgreementMember::providerId).distinct()
                        .flatMap(p -> parties.usernamesOf(p).stream()).toList(),
                framework.reference() + " reopens: its new competition is being prepared",
                framework.reference() + " \"" + framework.title() + "\" reopens on its schedule. Its competition " + reopening.reference()
                        + " is on the same terms and is open to new providers and to you: your place after it depends on your new bid. "
                        + "Follow " + reopening.reference() + " in the marketplace to be told when it is published.\n");
        return reopening;
    }

    /**
     * A reopening competition is published: the members of the framework it reopens are told to bid,
     * with its deadline (after the publication commits, in a transaction of its own).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenderPublished event) {
        TenderView reopening = tenders.publicView(event.tenderId());
        if (reopening.reopensTenderId() == null) {
            return;
        }
        em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", reopening.reopensTenderId()).getResultStream().filter(a -> a.status() == AgreementStatus.LIVE)
                .findFirst().ifPresent(agreement -> mailbox.queue(agreement.members().stream().map(AgreementMember::providerId).distinct()
                                .flatMap(p -> parties.usernamesOf(p).stream()).toList(),
                        reopening.reference() + " is open for bids: " + reopening.reopensReference() + " reopens",
                        reopening.reference() + " \"" + reopening.title() + "\" is published: the competition that reopens "
                                + reopening.reopensReference() + ". Bid by " + reopening.bidDeadlineUk() + " to keep a place: when its award "
                                + "is final, the providers it appoints replace the framework's.\n"));
    }

    /** Whether a tender's agreement takes applications now, and why not when it does not (for the pages). */
    public record Joining(boolean open, String why) {
    }

    @Transactional
    public Joining joining(long tenderId) {
        parties.require(Role.PROVIDER_USER, Role.HUB_COMMISSIONER);
        TenderView tender = tenders.publicView(tenderId);
        boolean live = em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().anyMatch(a -> a.status() == AgreementStatus.LIVE);
        if (!live) {
            return new Joining(false, tender.reference() + " has no live agreement to join.");
        }
        String closed = closedReason(tender, LocalDate.now(clock.withZone(UkTime.ZONE)));
        return new Joining(closed == null, closed);
    }

    /**
     * Null when the procedure admits providers by application: a dynamic market always; an open
     * framework never (it reopens by a new competition); otherwise why not.
     */
    private static String closedReason(TenderView tender, LocalDate today) {
        if (tender.procedure() == Procedure.OPEN_FRAMEWORK) {
            return "This open framework admits new providers only through the competition that reopens it, on "
                    + String.join(", ", tender.reopenings().stream().map(UkTime::date).toList()) + ": bid in that competition.";
        }
        return tender.procedure() == Procedure.DYNAMIC_MARKET ? null
                : tender.reference() + " is a closed framework: it admits no providers after the award.";
    }

    // ---- helpers

    private FrameworkAgreement liveAgreement(long tenderId) {
        return em.createQuery("SELECT a FROM FrameworkAgreement a WHERE a.tenderId = :t", FrameworkAgreement.class)
                .setParameter("t", tenderId).getResultStream().filter(a -> a.status() == AgreementStatus.LIVE).findFirst()
                .orElseThrow(() -> new ConflictException("Tender " + tenderId + " has no live agreement to join."));
    }

    private List<AgreementApplication> applications(long tenderId) {
        return em.createQuery("SELECT a FROM AgreementApplication a WHERE a.tenderId = :t ORDER BY a.id", AgreementApplication.class)
                .setParameter("t", tenderId).getResultList();
    }

    /** The application; its assessments for the hub ({@code withAssessments}), none for the applicant. */
    private ApplicationView view(AgreementApplication a, boolean withAssessments) {
        return view(a, x -> withAssessments);
    }

    /** The application with the assessments {@code shown} (an evaluator sees only their own, so each assesses alone). */
    private ApplicationView view(AgreementApplication a, java.util.function.Predicate<ApplicationAssessment> shown) {
        return new ApplicationView(a.id(), a.tenderId(), a.lotNumber(), a.providerId(), parties.nameOf(a.providerId()),
                a.status().name(), a.status().label(),
                a.submittedAt(), JSON.fromJson(a.content(), BidContent.class), a.qualityScore(), a.priceScore(), a.total(),
                a.decisionReason(), a.assessments().stream().filter(shown).map(x -> new AssessmentView(x.evaluator(), x.conflict(),
                x.conflictDetails(), x.meetsConditions(), x.reasons(), x.assessedAt())).toList());
    }
}
