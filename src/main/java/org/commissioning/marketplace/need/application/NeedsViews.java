package org.commissioning.marketplace.need.application;

import org.commissioning.marketplace.need.domain.AgeBand;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.need.domain.NeedLine;
import org.commissioning.marketplace.need.domain.NeedsRound;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the needs services return and accept over the API: plain records. */
public final class NeedsViews {
    private NeedsViews() {
    }

    /** Opening a needs round: the planning year (2027 for 2027-28), the deadline and sub-regions. */
    public record OpenRound(Integer planningYear, Instant deadline, List<String> subRegions) {
    }

    /** Moving a round's deadline, against the version read. */
    public record DeadlineChange(Instant deadline, Long version) {
    }

    /** One line of need as a client sends it. */
    public record NeedLineInput(ServiceCategory category, NeedLevel needLevel, AgeBand ageBand, String subRegion,
                                Integer placements, Integer weeks, BigDecimal baselineWeeklyFee) {
    }

    public record RoundView(long id, long hubId, String hubName, int planningYear, String planningYearLabel,
                            Instant deadline, String deadlineUk, boolean open, List<String> subRegions, long version) {
        static RoundView of(NeedsRound r, String hubName, Instant now) {
            return new RoundView(r.id(), r.hubId(), hubName, r.planningYear(), r.planningYearLabel(), r.deadline(),
                    UkTime.format(r.deadline()), r.isOpenAt(now), r.subRegions(), r.version());
        }
    }

    public record LineView(long id, ServiceCategory category, NeedLevel needLevel, AgeBand ageBand, String subRegion,
                           int placements, int weeks, BigDecimal baselineWeeklyFee, BigDecimal estimatedAnnualValue) {
        static LineView of(NeedLine l) {
            return new LineView(l.id(), l.category(), l.needLevel(), l.ageBand(), l.subRegion(), l.placements(),
                    l.weeks(), l.baselineWeeklyFee().amount(), l.estimatedAnnualValue().amount());
        }
    }

    /** A council's needs for a round. Status NOT_STARTED until the first line is added. */
    public record SubmissionView(long roundId, long councilId, String councilName, String status,
                                 Instant submittedAt, String submittedBy, List<LineView> lines, int placements,
                                 BigDecimal estimatedAnnualValue) {
    }

    /** Where each member council stands in a round, for the hub. */
    public record CouncilProgress(long councilId, String councilName, String status, Instant submittedAt,
                                  int placements, BigDecimal estimatedAnnualValue) {
    }

    /** One cell of the pooled demand: a category in a sub-region at a need level. */
    public record ProfileRow(ServiceCategory category, String subRegion, NeedLevel needLevel, long councils,
                             long placements, long placementWeeks, BigDecimal estimatedAnnualValue,
                             BigDecimal averageWeeklyFee) {
    }

    /** Pooled demand of every submitted council in a round, with totals per category for the chart. */
    public record DemandProfile(long roundId, String planningYearLabel, int councilsSubmitted, int memberCouncils,
                                List<ProfileRow> rows, List<CategoryTotal> byCategory, long totalPlacements,
                                BigDecimal totalEstimatedAnnualValue) {
    }

    public record CategoryTotal(ServiceCategory category, long placements, BigDecimal estimatedAnnualValue) {
    }
}
