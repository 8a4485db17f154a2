package org.commissioning.marketplace.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.tendering.domain.Tender;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.evaluation.application.AdmissionService;
import org.commissioning.marketplace.evaluation.application.AwardService;
import org.commissioning.marketplace.evaluation.application.EvaluationService;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AgreementView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AwardView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.LotRankingView;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.ModerationLine;
import org.commissioning.marketplace.evaluation.domain.AwardStatus;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * hub/evaluation.xhtml: after opening, the hub assigns evaluators, moderates each answer, reads
 * the computed ranking of each lot, proposes and approves the award, follows standstill and sees
 * the live agreement.
 */
@Named
@ViewScoped
public class HubEvaluationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluation;

    @Inject
    AwardService awards;

    @Inject
    TenderService tenders;

    @Inject
    AdmissionService admissions;

    /** One lot's moderation lines and ranking, with the inputs of its forms. */
    public static final class LotPanel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final LotView lot;
        private final List<ModerationLine> lines;
        private final LotRankingView ranking;
        private final Map<String, BigDecimal> scores = new HashMap<>();
        private final Map<String, String> rationales = new HashMap<>();
        private Integer appoint;

        LotPanel(LotView lot, List<ModerationLine> lines, LotRankingView ranking) {
            this.lot = lot;
            this.lines = lines;
            this.ranking = ranking;
            lines.forEach(l -> {
                scores.put(key(l), l.moderated());
                rationales.put(key(l), l.rationale());
            });
        }

        public static String key(ModerationLine l) {
            return l.bidId() + "-" + l.criterionId();
        }

        public LotView getLot() {
            return lot;
        }

        public List<ModerationLine> getLines() {
            return lines;
        }

        public LotRankingView getRanking() {
            return ranking;
        }

        public Map<String, BigDecimal> getScores() {
            return scores;
        }

        public Map<String, String> getRationales() {
            return rationales;
        }

        public Integer getAppoint() {
            return appoint;
        }

        public void setAppoint(Integer appoint) {
            this.appoint = appoint;
        }
    }

    private Long tenderId;
    private TenderView tender;
    private List<String> evaluators = List.of();
    private List<LotPanel> lots = new ArrayList<>();
    private AwardView award;
    private AgreementView agreement;
    private java.time.LocalDate extendTo;
    private String extensionReason;
    private String terminationReason;
    private List<AdmissionService.ApplicationView> applications = List.of();
    private final Map<Long, Boolean> selectionPassed = new HashMap<>();
    private final Map<Long, String> decisionReasons = new HashMap<>();
    private Integer assignLot;
    private String assignEvaluator;
    private Long assignCriterion;
    private String challengeDetails;
    private org.commissioning.marketplace.shared.domain.CallOffRoute callOffRoute;

    public void load() {
        if (tenderId == null) {
            Forms.redirect("/hub/tenders.xhtml");
            return;
        }
        try {
            tender = tenders.get(tenderId);
            evaluators = evaluation.evaluators(tenderId);
            award = awards.awardIfAny(tenderId).orElse(null);
            if (award != null && award.status() == AwardStatus.FINAL) {
                agreement = awards.agreement(tenderId);
                callOffRoute = agreement.callOffRoute();
                applications = admissions.list(tenderId);
            }
            if (award == null || award.status() == AwardStatus.WITHDRAWN) {
                lots = new ArrayList<>(tender.lots().stream().map(l -> new LotPanel(l, evaluation.moderation(tenderId, l.number()),
                        evaluation.ranking(tenderId, l.number()))).toList());
            }
        } catch (DomainException e) {
            Forms.report(e, "assign");
        }
    }

    private String here() {
        return "/hub/evaluation.xhtml?tender=" + tenderId;
    }

    public void assign() {
        Forms.attempt(() -> evaluation.assign(tenderId, assignLot == null ? 0 : assignLot, assignEvaluator, assignCriterion), "assign",
                assignCriterion == null ? "The evaluator is assigned and can start on their home page."
                        : "The young evaluator is assigned to the question and can start on their home page.", here());
    }

    /** A quality question a young evaluator may be given: "Lot 1: Voice of the child". */
    public record Question(long id, String label) {
    }

    public List<Question> getQuestions() {
        return tender == null ? List.of() : tender.lots().stream().flatMap(l -> l.criteria().stream()
                .filter(c -> c.kind() != org.commissioning.marketplace.tendering.domain.CriterionKind.PRICE)
                .map(c -> new Question(c.id(), "Lot " + l.number() + ": " + c.title()))).toList();
    }

    public void moderate(LotPanel panel, ModerationLine line) {
        String key = LotPanel.key(line);
        Forms.attempt(() -> evaluation.moderate(tenderId, line.bidId(), line.lot(), line.criterionId(), panel.scores.get(key),
                panel.rationales.get(key)), "moderation", "The moderated score for " + line.providerName() + ", "
                + line.criterion() + " is agreed.", here());
    }

    public void propose() {
        Map<Integer, Integer> appoint = new HashMap<>();
        lots.forEach(p -> appoint.put(p.lot.number(), p.appoint));
        Forms.attempt(() -> awards.propose(tenderId, appoint), "award",
                "The award is proposed. A second hub commissioner must approve it.", here());
    }

    public void approve() {
        Forms.attempt(() -> awards.approve(tenderId), "approval",
                "The award is approved: the contract award notice is published, every bidder has its assessment summary, "
                        + "and standstill has begun.", here());
    }

    public void challenge() {
        Forms.attempt(() -> awards.challenge(tenderId, challengeDetails), "challenge",
                "The challenge is recorded and the award is suspended.", here());
    }

    public void dismiss() {
        Forms.attempt(() -> awards.challengeOutcome(tenderId, false), "outcome", "The challenge is dismissed.", here());
    }

    public void uphold() {
        Forms.attempt(() -> awards.challengeOutcome(tenderId, true), "outcome", "The challenge is upheld: the award is withdrawn.", here());
    }

    /** The quality questions of a lot, for marking an application. */
    public List<org.commissioning.marketplace.tendering.application.TenderViews.CriterionView> questionsOf(int lot) {
        return tender.lots().stream().filter(l -> l.number() == lot).flatMap(l -> l.criteria().stream())
                .filter(c -> c.kind() != org.commissioning.marketplace.tendering.domain.CriterionKind.PRICE).toList();
    }

    public void decide(AdmissionService.ApplicationView application) {
        Forms.attempt(() -> admissions.decide(tenderId, application.id(), Boolean.TRUE.equals(selectionPassed.get(application.id())),
                Boolean.TRUE.equals(noConflict.get(application.id())), decisionReasons.get(application.id())), "applications",
                "The application of " + application.providerName() + " is decided.", here());
    }

    /** Per application: the deciding commissioner's declaration of no conflict of interest with the applicant. */
    private final Map<Long, Boolean> noConflict = new HashMap<>();

    public Map<Long, Boolean> getNoConflict() {
        return noConflict;
    }

    public List<AdmissionService.ApplicationView> getApplications() {
        return applications;
    }

    public Map<Long, Boolean> getSelectionPassed() {
        return selectionPassed;
    }

    public Map<Long, String> getDecisionReasons() {
        return decisionReasons;
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public TenderView getTender() {
        return tender;
    }

    public List<String> getEvaluators() {
        return evaluators;
    }

    public List<LotPanel> getLots() {
        return lots;
    }

    public AwardView getAward() {
        return award;
    }

    public AgreementView getAgreement() {
        return agreement;
    }

    public Integer getAssignLot() {
        return assignLot;
    }

    public void setAssignLot(Integer assignLot) {
        this.assignLot = assignLot;
    }

    public String getAssignEvaluator() {
        return assignEvaluator;
    }

    public void setAssignEvaluator(String assignEvaluator) {
        this.assignEvaluator = assignEvaluator;
    }

    public Long getAssignCriterion() {
        return assignCriterion;
    }

    public void setAssignCriterion(Long assignCriterion) {
        this.assignCriterion = assignCriterion;
    }

    public String getChallengeDetails() {
        return challengeDetails;
    }

    public void setChallengeDetails(String challengeDetails) {
        this.challengeDetails = challengeDetails;
    }

    public void extend() {
        Forms.attempt(() -> awards.extend(tenderId, extendTo, extensionReason), "extension", "The agreement's term is extended to "
                + (extendTo == null ? "" : org.commissioning.marketplace.shared.domain.UkTime.date(extendTo)) + ".", here());
    }

    private final Map<String, String> memberMoves = new HashMap<>();
    private final Map<String, String> memberReasons = new HashMap<>();

    /** Suspends, reinstates or removes an appointed provider on a lot, with the reason. */
    public void changeMember(org.commissioning.marketplace.evaluation.application.EvaluationViews.MemberView m) {
        String key = m.lot() + "-" + m.providerId();
        String move = memberMoves.get(key);
        Forms.attempt(() -> awards.changeMember(tenderId, m.lot(), m.providerId(), move, memberReasons.get(key)), "members",
                m.providerName() + " on lot " + m.lot() + " is " + (move == null ? "changed" : move.toLowerCase()) + "; they are told.",
                here());
    }

    /** Per member ("lot-providerId"): the status chosen. */
    public Map<String, String> getMemberMoves() {
        return memberMoves;
    }

    public Map<String, String> getMemberReasons() {
        return memberReasons;
    }

    public String moveLabel(String status) {
        return org.commissioning.marketplace.evaluation.application.EvaluationViews.MemberView.moveLabel(status);
    }

    private String modificationDescription;
    private java.time.LocalDate modificationCeasesOn;

    /** Modifies the live dynamic market's terms, publishing its UK14 notice. */
    public void modifyDynamicMarket() {
        Forms.attempt(() -> awards.modifyDynamicMarket(tenderId, modificationDescription, modificationCeasesOn), "modification",
                "The modification is published in a dynamic market notice (UK14) and the members are told.", here());
    }

    public String getModificationDescription() {
        return modificationDescription;
    }

    public void setModificationDescription(String modificationDescription) {
        this.modificationDescription = modificationDescription;
    }

    public java.time.LocalDate getModificationCeasesOn() {
        return modificationCeasesOn;
    }

    public void setModificationCeasesOn(java.time.LocalDate modificationCeasesOn) {
        this.modificationCeasesOn = modificationCeasesOn;
    }

    private java.time.LocalDate reopeningClarificationDate;
    private java.time.LocalDate reopeningBidDate;
    private java.time.LocalDate reopeningPlannedAward;

    /** Starts the open framework's reopening competition (a draft on the same terms) and opens it. */
    public void reopen() {
        try {
            var reopening = admissions.reopen(tenderId, new TenderService.ReopeningPlan(
                    noon(reopeningClarificationDate), noon(reopeningBidDate), reopeningPlannedAward));
            Forms.notice("The reopening competition " + reopening.reference() + " is drafted on the framework's terms. "
                    + "Check it, declare your interests and publish it; the current members are told.");
            Forms.redirect("/hub/tender.xhtml?id=" + reopening.id());
        } catch (DomainException e) {
            Forms.report(e, "reopening");
        }
    }

    private static java.time.Instant noon(java.time.LocalDate date) {
        return date == null ? null : date.atTime(12, 0).atZone(UkTime.ZONE).toInstant();
    }

    public String getReopeningDates() {
        return tender == null ? "" : String.join(", ", tender.reopenings().stream().map(UkTime::date).toList());
    }

    public int getReopeningWindowDays() {
        return Tender.REOPENING_WINDOW_DAYS;
    }

    public java.time.LocalDate getReopeningClarificationDate() {
        return reopeningClarificationDate;
    }

    public void setReopeningClarificationDate(java.time.LocalDate reopeningClarificationDate) {
        this.reopeningClarificationDate = reopeningClarificationDate;
    }

    public java.time.LocalDate getReopeningBidDate() {
        return reopeningBidDate;
    }

    public void setReopeningBidDate(java.time.LocalDate reopeningBidDate) {
        this.reopeningBidDate = reopeningBidDate;
    }

    public java.time.LocalDate getReopeningPlannedAward() {
        return reopeningPlannedAward;
    }

    public void setReopeningPlannedAward(java.time.LocalDate reopeningPlannedAward) {
        this.reopeningPlannedAward = reopeningPlannedAward;
    }

    public void terminate() {
        Forms.attempt(() -> awards.terminate(tenderId, terminationReason), "termination",
                "The agreement is ended early: no more placements can be called off from it.", here());
    }

    public java.time.LocalDate getExtendTo() {
        return extendTo;
    }

    public void setExtendTo(java.time.LocalDate extendTo) {
        this.extendTo = extendTo;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = terminationReason;
    }

    public void chooseCallOffRoute() {
        Forms.attempt(() -> awards.chooseCallOffRoute(tenderId, callOffRoute), "route", "Councils now call off by "
                + (callOffRoute == null ? "" : callOffRoute.label().toLowerCase()) + ".", here());
    }

    public org.commissioning.marketplace.shared.domain.CallOffRoute getCallOffRoute() {
        return callOffRoute;
    }

    public void setCallOffRoute(org.commissioning.marketplace.shared.domain.CallOffRoute callOffRoute) {
        this.callOffRoute = callOffRoute;
    }

    public org.commissioning.marketplace.shared.domain.CallOffRoute[] getCallOffRoutes() {
        return org.commissioning.marketplace.shared.domain.CallOffRoute.values();
    }
}
