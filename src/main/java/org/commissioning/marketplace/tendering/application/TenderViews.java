package org.commissioning.marketplace.tendering.application;

import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.domain.AwardCriterion;
import org.commissioning.marketplace.tendering.domain.CriterionKind;
import org.commissioning.marketplace.tendering.domain.Lot;
import org.commissioning.marketplace.tendering.domain.PriceFormula;
import org.commissioning.marketplace.tendering.domain.Procedure;
import org.commissioning.marketplace.tendering.domain.SelectionQuestion;
import org.commissioning.marketplace.tendering.domain.TeamMember;
import org.commissioning.marketplace.tendering.domain.Tender;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the tendering services accept and return: plain records, never entities. */
public final class TenderViews {
    private TenderViews() {
    }

    /** Drafting a tender: its terms and timeline (deadlines are instants; pages enter them in UK time). */
    public record TenderPlan(String title, String description, Procedure procedure, LocalDate termStart,
                             LocalDate termEnd, List<LocalDate> reopenings, Instant clarificationDeadline,
                             Instant bidDeadline, LocalDate plannedAward, Integer standstillDays, Long needsRoundId,
                             Integer extensionMonths) {
        Tender.Plan toPlan() {
            return new Tender.Plan(title, description, procedure, termStart, termEnd, reopenings, clarificationDeadline,
                    bidDeadline, plannedAward, standstillDays, needsRoundId, extensionMonths);
        }
    }

    /** A lot: the category, and optionally the sub-region and need level it is limited to. */
    public record LotInput(String title, ServiceCategory category, String subRegion, NeedLevel needLevel, PriceFormula priceFormula) {
    }

    public record CriterionInput(CriterionKind kind, String title, Integer weight, Integer maxMarks, String guidance) {
    }

    public record QuestionInput(String question, String guidance) {
    }

    public record TeamInput(String username) {
    }

    /** A declaration of interests: none (interest false), or the interest and its mitigation. */
    public record Declaration(Boolean interest, String interestDetails, String mitigation) {
    }

    public record Cancellation(String reason) {
    }

    public record CriterionView(long id, int position, CriterionKind kind, String title, int weight, Integer maxMarks,
                                String guidance) {
        static CriterionView of(AwardCriterion c) {
            return new CriterionView(c.id(), c.position(), c.kind(), c.title(), c.weight(), c.maxMarks(), c.guidance());
        }
    }

    public record LotView(int number, String title, ServiceCategory category, String subRegion, NeedLevel needLevel,
                          long estimatedPlacements, BigDecimal estimatedValue, int totalWeight,
                          List<CriterionView> criteria, PriceFormula priceFormula) {
        static LotView of(Lot l) {
            return new LotView(l.number(), l.title(), l.category(), l.subRegion(), l.needLevel(), l.estimatedPlacements(),
                    l.estimatedValue().amount(), l.totalWeight(), l.criteria().stream().map(CriterionView::of).toList(),
                    l.priceFormula());
        }
    }

    public record QuestionView(int position, String question, String guidance) {
        static QuestionView of(SelectionQuestion q) {
            return new QuestionView(q.position(), q.question(), q.guidance());
        }
    }

    /** A team member's declaration; the details are shown to the hub only. */
    public record TeamMemberView(String username, boolean declared, Instant declaredAt, Boolean interest,
                                 String interestDetails, String mitigation) {
        static TeamMemberView of(TeamMember m) {
            return new TeamMemberView(m.username(), m.hasDeclared(), m.declaredAt(), m.hasInterest(),
                    m.interestDetails(), m.mitigation());
        }
    }

    /**
     * A tender in full for its hub; providers and councils get it without the team and the
     * publication checklist.
     */
    /** The hub's preliminary market engagement before tendering (announced by a UK2 notice). */
    public record MarketEngagementView(String description, String howToRespond, LocalDate closesOn) {
    }

    public record TenderView(long id, String reference, long hubId, String hubName, String title, String description,
                             Procedure procedure, TenderStatus status, LocalDate termStart, LocalDate termEnd,
                             List<LocalDate> reopenings, Instant clarificationDeadline, String clarificationDeadlineUk,
                             Instant bidDeadline, String bidDeadlineUk, LocalDate plannedAward, int standstillDays,
                             Long needsRoundId, Instant publishedAt, BigDecimal estimatedValue, List<LotView> lots,
                             List<QuestionView> selectionQuestions, List<TeamMemberView> team,
                             Map<String, String> publicationProblems, String ocid, Integer appointPerLot,
                             BigDecimal scoreThreshold, int extensionMonths, Long reopensTenderId, LocalDate reopeningDate,
                             MarketEngagementView marketEngagement, Long startedFromTenderId, String startedFrom,
                             long version) {

        static TenderView of(Tender t, String hubName, boolean forHub, Instant now) {
            return new TenderView(t.id(), t.reference(), t.hubId(), hubName, t.title(), t.description(), t.procedure(),
                    t.status(), t.termStart(), t.termEnd(), t.reopenings(), t.clarificationDeadline(),
                    UkTime.format(t.clarificationDeadline()), t.bidDeadline(), UkTime.format(t.bidDeadline()),
                    t.plannedAward(), t.standstillDays(), t.needsRoundId(), t.publishedAt(), t.estimatedValue().amount(),
                    t.lots().stream().map(LotView::of).toList(),
                    t.selectionQuestions().stream().map(QuestionView::of).toList(),
                    forHub ? t.team().stream().map(TeamMemberView::of).toList() : List.of(),
                    forHub && t.status() == TenderStatus.DRAFT ? t.publicationProblems(now) : Map.of(),
                    t.publishedAt() == null ? null : OcdsTenderRelease.ocid(t), t.appointPerLot(), t.scoreThreshold(),
                    t.extensionMonths(), t.reopensTenderId(), t.reopeningDate(),
                    t.engagementDescription() == null ? null : new MarketEngagementView(t.engagementDescription(),
                            t.engagementHowToRespond(), t.engagementClosesOn()),
                    forHub ? t.startedFromTenderId() : null, forHub ? t.startedFrom() : null, t.version());
        }

        /** The reference of the open framework this competition reopens; null for any other tender. */
        public String reopensReference() {
            return reopensTenderId == null ? null : Tender.reference(reopensTenderId);
        }

        /** The award rule in words, as bidders read it. */
        public String awardRuleText() {
            if (procedure == Procedure.DYNAMIC_MARKET) {
                return "Every supplier that meets the conditions of participation (the selection questions) joins the dynamic "
                        + "market; no number or score decides it. Members are ranked by their scores, newcomers after them.";
            }
            if (appointPerLot == null && scoreThreshold == null) {
                return "No award rule stated yet: the hub will say how many providers to appoint on each lot when it proposes the award.";
            }
            return "Each lot appoints " + (appointPerLot == null ? "every bid" : "at most " + appointPerLot
                    + " of the best ranked bids") + (scoreThreshold == null ? "." : " with a total score of at least "
                    + scoreThreshold.stripTrailingZeros().toPlainString() + " out of 100.")
                    + " Ties are broken by the higher quality score, then the lower price, then the earlier submission.";
        }
    }

    /**
     * What bidding needs of a published tender, read lean (the bid deadline is checked on every
     * submission): its lots' priced need levels (all when a lot has none) and question ids, and
     * the selection questions' numbers.
     */
    public record BiddingTerms(long id, String reference, String title, TenderStatus status, Instant bidDeadline,
                               String bidDeadlineUk, List<LotTerms> lots, List<Integer> selectionQuestions) {

        public record LotTerms(int number, NeedLevel needLevel, List<Long> questionIds) {
        }

        /** The same terms with the status and deadline as read now. */
        public BiddingTerms at(TenderStatus now, Instant deadline) {
            return new BiddingTerms(id, reference, title, now, deadline, UkTime.format(deadline), lots, selectionQuestions);
        }

        static BiddingTerms of(Tender t) {
            return new BiddingTerms(t.id(), t.reference(), t.title(), t.status(), t.bidDeadline(),
                    UkTime.format(t.bidDeadline()),
                    t.lots().stream().map(l -> new LotTerms(l.number(), l.needLevel(), l.criteria().stream()
                            .filter(c -> c.kind() != CriterionKind.PRICE).map(c -> c.id()).toList())).toList(),
                    t.selectionQuestions().stream().map(q -> q.position()).toList());
        }
    }

    /**
     * The tender notice (UK4-like content) as published, read from the notice's OCDS release so
     * the human notice and the open data always agree.
     */
    public record TenderNoticeView(String noticeType, String ocid, Instant publishedAt, String buyer, String title,
                                   String description, String procedure, String regime, String cpv,
                                   BigDecimal estimatedValue, String contractStart, String contractEnd,
                                   Instant enquiryDeadline, Instant submissionDeadline, List<String> lots,
                                   String awardCriteria) {
    }

    /** A line of a tender list. */
    public record TenderSummary(long id, String reference, String hubName, String title, Procedure procedure,
                                TenderStatus status, Instant bidDeadline, String bidDeadlineUk, int lots,
                                BigDecimal estimatedValue) {
        static TenderSummary of(Tender t, String hubName) {
            return new TenderSummary(t.id(), t.reference(), hubName, t.title(), t.procedure(), t.status(), t.bidDeadline(),
                    UkTime.format(t.bidDeadline()), t.lots().size(), t.estimatedValue().amount());
        }
    }
}
