package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregate root: a hub's tender for a framework, open framework or dynamic market under the
 * light-touch regime, with its lots and their award criteria, selection questions, the team's
 * declarations of interest, its term and timeline. Built while a draft; publication checks that
 * every lot's weights sum to 100, every team member has declared, the term is lawful and the
 * deadlines are in order. After publication its deadlines move it on ({@link #advance}).
 */
@Entity
@Table(name = "tender")
public class Tender {

    public static final int MIN_STANDSTILL_DAYS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hub_id")
    private Long hubId;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_type")
    private Procedure procedure;

    @Enumerated(EnumType.STRING)
    private TenderStatus status;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    /** How many months the agreement's term may be extended by, as the tender states (0: none). */
    @Column(name = "extension_months")
    private int extensionMonths;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tender_reopening", joinColumns = @JoinColumn(name = "tender_id"))
    @OrderColumn(name = "position")
    @Column(name = "reopens_on")
    private List<LocalDate> reopenings = new ArrayList<>();

    @Column(name = "clarification_deadline")
    private Instant clarificationDeadline;

    @Column(name = "bid_deadline")
    private Instant bidDeadline;

    @Column(name = "planned_award")
    private LocalDate plannedAward;

    @Column(name = "standstill_days")
    private int standstillDays;

    @Column(name = "needs_round_id")
    private Long needsRoundId;

    /** The award rule: appoint at most this many providers per lot (the best ranked), or ... */
    @Column(name = "appoint_per_lot")
    private Integer appointPerLot;

    /** ... every bid whose total score reaches this (out of 100). Either or both; stated before publication. */
    @Column(name = "score_threshold")
    private java.math.BigDecimal scoreThreshold;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "next_check")
    private Instant nextCheck;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Lot> lots = new ArrayList<>();

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SelectionQuestion> selectionQuestions = new ArrayList<>();

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("username")
    private List<TeamMember> team = new ArrayList<>();

    /** The open framework this tender reopens, and the scheduled reopening date it answers; null otherwise. */
    @Column(name = "reopens_tender_id")
    private Long reopensTenderId;

    @Column(name = "reopening_date")
    private LocalDate reopeningDate;

    /** The tender this one started from, if any. */
    @Column(name = "started_from_tender_id")
    private Long startedFromTenderId;

    /** Where it came from, in words fixed when it was started ("T-000012 Fostering framework 2026"). */
    @Column(name = "started_from")
    private String startedFrom;

    @Column(name = "engagement_description")
    private String engagementDescription;

    @Column(name = "engagement_how_to_respond")
    private String engagementHowToRespond;

    @Column(name = "engagement_closes_on")
    private LocalDate engagementClosesOn;

    @Version
    private long version;

    protected Tender() {
    }

    /** How long after a scheduled reopening date its competition may start (the window the tender notice states). */
    public static final int REOPENING_WINDOW_DAYS = 30;

    /**
     * The scheduled reopening of this open framework whose window is open today: on or after the date
     * and within {@link #REOPENING_WINDOW_DAYS} days of it; refused, saying when, otherwise.
     */
    public LocalDate reopeningDue(LocalDate today) {
        if (procedure != Procedure.OPEN_FRAMEWORK) {
            throw new ConflictException(reference() + " is not an open framework: only an open framework reopens.");
        }
        if (status != TenderStatus.AWARDED) {
            throw new ConflictException(reference() + " reopens only once its framework agreement is awarded.");
        }
        // A reopening competition's own framework reopens next on the dates after the one it answered.
        return reopenings.stream().filter(d -> reopeningDate == null || d.isAfter(reopeningDate))
                .filter(d -> !today.isBefore(d) && today.isBefore(d.plusDays(REOPENING_WINDOW_DAYS)))
                .findFirst().orElseThrow(() -> new ConflictException(reference() + " reopens on its schedule: "
                        + String.join(", ", reopenings.stream().map(UkTime::date).toList())
                        + ", each for " + REOPENING_WINDOW_DAYS + " days. Today is outside every reopening window."));
    }

    /**
     * The competition that reopens this open framework: a draft on the same terms (procedure, term,
     * reopening schedule, lots, criteria and weights, selection questions, award rule, standstill),
     * with new deadlines; never its bids or evaluation. The hub publishes it like any tender.
     */
    public Tender reopening(LocalDate reopeningDate, Instant clarificationDeadline, Instant bidDeadline, LocalDate plannedAward,
                            String by, Instant now) {
        String name = title + " (reopening " + reopeningDate.getYear() + ")";
        Tender t = draft(hubId, new Plan(name.length() > 200 ? name.substring(0, 200) : name, description, procedure, termStart,
                termEnd, reopenings, clarificationDeadline, bidDeadline, plannedAward, standstillDays, needsRoundId, extensionMonths),
                by, now);
        t.copyTermsOf(this);
        t.reopensTenderId = id;
        t.reopeningDate = reopeningDate;
        return t;
    }

    /** Where a new tender comes from: the tender whose terms it copies, and those words for it the draft keeps. */
    public record Origin(long tenderId, String description) {
    }

    /**
     * A new draft of {@code hubId}'s on the plan given, starting from this tender: its lots, criteria and
     * weights, selection questions and award rule are copied (never its bids, applications or
     * evaluation), and the draft says where it came from. Any tender may be the start of another:
     * the service decides who may copy which.
     */
    public Tender startOf(long hubId, Plan plan, Origin origin, String by, Instant now) {
        if (plan == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        Tender t = draft(hubId, plan, by, now);
        t.copyTermsOf(this);
        t.startedFromTenderId = origin.tenderId();
        t.startedFrom = origin.description().length() > 400 ? origin.description().substring(0, 400) : origin.description();
        return t;
    }

    /** This draft takes the source's lots, criteria and weights, selection questions and award rule. */
    private void copyTermsOf(Tender source) {
        for (Lot lot : source.lots) {
            Lot copy = addLot(lot.title(), lot.category(), lot.subRegion(), lot.needLevel(), lot.estimatedPlacements(),
                    lot.estimatedValue(), lot.priceFormula());
            for (AwardCriterion c : lot.criteria()) {
                copy.addCriterion(c.kind(), c.title(), c.weight(), c.maxMarks(), c.guidance());
            }
        }
        for (SelectionQuestion q : source.selectionQuestions) {
            addSelectionQuestion(q.question(), q.guidance());
        }
        // A dynamic market states no award rule: a draft of one started from a framework leaves it out.
        if ((source.appointPerLot != null || source.scoreThreshold != null) && procedure != Procedure.DYNAMIC_MARKET) {
            stateAwardRule(source.appointPerLot, source.scoreThreshold);
        }
    }

    public Long startedFromTenderId() {
        return startedFromTenderId;
    }

    /** Null unless it started from another tender. */
    public String startedFrom() {
        return startedFrom;
    }

    public Long reopensTenderId() {
        return reopensTenderId;
    }

    public LocalDate reopeningDate() {
        return reopeningDate;
    }

    /** The terms and timeline a tender is drafted (or redrafted) with. */
    public record Plan(String title, String description, Procedure procedure, LocalDate termStart, LocalDate termEnd,
                       List<LocalDate> reopenings, Instant clarificationDeadline, Instant bidDeadline,
                       LocalDate plannedAward, Integer standstillDays, Long needsRoundId, Integer extensionMonths) {

        /** Without an extension of the term. */
        public Plan(String title, String description, Procedure procedure, LocalDate termStart, LocalDate termEnd,
                    List<LocalDate> reopenings, Instant clarificationDeadline, Instant bidDeadline,
                    LocalDate plannedAward, Integer standstillDays, Long needsRoundId) {
            this(title, description, procedure, termStart, termEnd, reopenings, clarificationDeadline, bidDeadline,
                    plannedAward, standstillDays, needsRoundId, null);
        }
    }

    /** The longest extension of a term a tender may state. */
    public static final int MAX_EXTENSION_MONTHS = 48;

    /** A new draft; the person drafting it joins the tender team. */
    public static Tender draft(long hubId, Plan plan, String createdBy, Instant now) {
        Tender t = new Tender();
        t.hubId = hubId;
        t.status = TenderStatus.DRAFT;
        t.createdAt = now;
        t.createdBy = createdBy;
        t.apply(plan, now);
        t.team.add(new TeamMember(t, createdBy));
        return t;
    }

    /** Changes the terms and timeline of a draft. */
    public void redraft(Plan plan, Instant now) {
        requireDraft();
        apply(plan, now);
    }

    /** Deadlines that have passed at {@code now} are refused at once, not only at publication. */
    private void apply(Plan plan, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (plan == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        if (plan.title() == null || plan.title().isBlank() || plan.title().length() > 200) {
            errors.put("title", "Enter the tender's title, at most 200 characters.");
        }
        if (plan.description() == null || plan.description().isBlank()) {
            errors.put("description", "Describe what the tender is for.");
        }
        if (plan.procedure() == null) {
            errors.put("procedure", "Select the procedure: framework, open framework or dynamic market.");
        } else {
            List<String> termProblems = plan.procedure().termProblems(plan.termStart(), plan.termEnd(), plan.reopenings());
            if (!termProblems.isEmpty()) {
                errors.put("term", String.join(" ", termProblems));
            }
        }
        if (plan.clarificationDeadline() == null) {
            errors.put("clarificationDeadline", "Enter the clarification deadline.");
        } else if (!plan.clarificationDeadline().isAfter(now)) {
            errors.put("clarificationDeadline", "The clarification deadline has passed: give a time after now.");
        }
        if (plan.bidDeadline() == null) {
            errors.put("bidDeadline", "Enter the bid deadline.");
        } else if (!plan.bidDeadline().isAfter(now)) {
            errors.put("bidDeadline", "The bid deadline has passed: give a time after now.");
        } else if (plan.clarificationDeadline() != null && !plan.clarificationDeadline().isBefore(plan.bidDeadline())) {
            errors.put("clarificationDeadline", "The clarification deadline must be before the bid deadline.");
        }
        if (plan.plannedAward() == null) {
            errors.put("plannedAward", "Enter the planned award date.");
        } else if (plan.bidDeadline() != null
                && !plan.plannedAward().isAfter(plan.bidDeadline().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())) {
            errors.put("plannedAward", "The planned award date must be after the bid deadline.");
        }
        int extension = plan.extensionMonths() == null ? 0 : plan.extensionMonths();
        if (extension < 0 || extension > MAX_EXTENSION_MONTHS) {
            errors.put("extensionMonths", "The extension allowed is from 0 to " + MAX_EXTENSION_MONTHS + " months.");
        } else if (extension > 0 && plan.procedure() == Procedure.DYNAMIC_MARKET) {
            errors.put("extensionMonths", "A dynamic market has no end date to extend.");
        } else if (extension > 0 && plan.procedure() == Procedure.OPEN_FRAMEWORK && plan.termStart() != null && plan.termEnd() != null
                && plan.termEnd().plusMonths(extension).isAfter(plan.termStart().plus(Procedure.OPEN_FRAMEWORK_MAXIMUM))) {
            errors.put("extensionMonths", "With its extension an open framework may last at most 8 years in all (Procurement Act 2023 s.49).");
        }
        if (plan.standstillDays() == null || plan.standstillDays() < MIN_STANDSTILL_DAYS || plan.standstillDays() > 60) {
            errors.put("standstillDays", "Enter the standstill in working days: at least 8 (Procurement Act 2023 s.51).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        title = plan.title().strip();
        description = plan.description().strip();
        procedure = plan.procedure();
        termStart = plan.termStart();
        termEnd = plan.termEnd();
        reopenings = plan.procedure() == Procedure.OPEN_FRAMEWORK && plan.reopenings() != null
                ? new ArrayList<>(plan.reopenings().stream().sorted().toList()) : new ArrayList<>();
        clarificationDeadline = plan.clarificationDeadline();
        bidDeadline = plan.bidDeadline();
        plannedAward = plan.plannedAward();
        standstillDays = plan.standstillDays();
        needsRoundId = plan.needsRoundId();
        extensionMonths = extension;
    }

    public Lot addLot(String title, ServiceCategory category, String subRegion, NeedLevel needLevel,
                      long estimatedPlacements, Money estimatedValue) {
        return addLot(title, category, subRegion, needLevel, estimatedPlacements, estimatedValue, PriceFormula.LOWEST_PRICE_RATIO);
    }

    /** A lot with the price formula it states to bidders. */
    public Lot addLot(String title, ServiceCategory category, String subRegion, NeedLevel needLevel,
                      long estimatedPlacements, Money estimatedValue, PriceFormula priceFormula) {
        requireDraft();
        int number = lots.stream().mapToInt(Lot::number).max().orElse(0) + 1;
        Lot lot = new Lot(this, number, title, category, subRegion, needLevel, estimatedPlacements, estimatedValue);
        lot.priceBy(priceFormula);
        lots.add(lot);
        return lot;
    }

    /** Changes a draft's lot: what it buys, where, at which need level, how prices are marked, and its size. */
    public Lot reviseLot(int number, String title, ServiceCategory category, String subRegion, NeedLevel needLevel,
                         long estimatedPlacements, Money estimatedValue, PriceFormula priceFormula) {
        requireDraft();
        Lot lot = lot(number);
        lot.revise(title, category, subRegion, needLevel, estimatedPlacements, estimatedValue);
        lot.priceBy(priceFormula);
        return lot;
    }

    /**
     * Removes a draft's lot with its criteria. The lots after it are numbered down by {@link #closeLotNumbers}
     * once the removal is written (the numbers are unique within the tender).
     */
    public void removeLot(int number) {
        requireDraft();
        if (!lots.removeIf(l -> l.number() == number)) {
            throw new NotFoundException("There is no lot " + number + " in this tender.");
        }
    }

    /** Numbers the lots 1, 2, 3... in their order; true when any number changed. */
    public boolean closeLotNumbers() {
        boolean changed = false;
        List<Lot> ordered = lots.stream().sorted(java.util.Comparator.comparingInt(Lot::number)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            changed |= ordered.get(i).renumber(i + 1);
        }
        return changed;
    }

    public AwardCriterion addCriterion(int lotNumber, CriterionKind kind, String title, Integer weight, Integer maxMarks,
                                       String guidance) {
        requireDraft();
        Lot lot = lot(lotNumber);
        if (weight != null && lot.totalWeight() + weight > 100) {
            throw InvalidInputException.of("weight", "Lot " + lotNumber + "'s weights would add up to "
                    + (lot.totalWeight() + weight) + "%: they must total 100%.");
        }
        return lot.addCriterion(kind, title, weight, maxMarks, guidance);
    }

    /** Changes a criterion of a draft's lot; the lot's weights may still not pass 100%. */
    public AwardCriterion reviseCriterion(int lotNumber, long criterionId, CriterionKind kind, String title, Integer weight,
                                          Integer maxMarks, String guidance) {
        requireDraft();
        Lot lot = lot(lotNumber);
        AwardCriterion criterion = lot.criterion(criterionId);
        int others = lot.totalWeight() - criterion.weight();
        if (weight != null && others + weight > 100) {
            throw InvalidInputException.of("weight", "Lot " + lotNumber + "'s weights would add up to "
                    + (others + weight) + "%: they must total 100%.");
        }
        criterion.revise(kind, title, weight, maxMarks, guidance);
        return criterion;
    }

    public void removeCriterion(int lotNumber, long criterionId) {
        requireDraft();
        lot(lotNumber).removeCriterion(criterionId);
    }

    public SelectionQuestion addSelectionQuestion(String question, String guidance) {
        requireDraft();
        SelectionQuestion q = new SelectionQuestion(this, selectionQuestions.size() + 1, question, guidance);
        selectionQuestions.add(q);
        return q;
    }

    public SelectionQuestion reviseSelectionQuestion(int position, String question, String guidance) {
        requireDraft();
        SelectionQuestion q = selectionQuestion(position);
        q.revise(question, guidance);
        return q;
    }

    /** Removes a draft's selection question; the ones after it move up. */
    public void removeSelectionQuestion(int position) {
        requireDraft();
        selectionQuestions.remove(selectionQuestion(position));
        for (int i = 0; i < selectionQuestions.size(); i++) {
            selectionQuestions.get(i).moveTo(i + 1);
        }
    }

    private SelectionQuestion selectionQuestion(int position) {
        return selectionQuestions.stream().filter(q -> q.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no selection question " + position + " in this tender."));
    }

    /** Takes someone off a draft's team; a tender always keeps at least one member. */
    public void removeTeamMember(String username) {
        requireDraft();
        TeamMember member = team.stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFoundException(username + " is not on the tender team."));
        if (team.size() == 1) {
            throw new ConflictException(username + " is the only member of the tender team: add someone else first.");
        }
        team.remove(member);
    }

    public void addTeamMember(String username) {
        requireDraft();
        if (team.stream().anyMatch(m -> m.username().equals(username))) {
            throw new ConflictException(username + " is already on the tender team.");
        }
        team.add(new TeamMember(this, username));
    }

    /** A team member declares their interests: none, or the interest and its mitigation. */
    public void declare(String username, boolean interest, String details, String mitigation, Instant now) {
        TeamMember member = team.stream().filter(m -> m.username().equals(username)).findFirst()
                .orElseThrow(() -> new ConflictException("Only members of the tender team declare interests for it."));
        member.declare(interest, details, mitigation, now);
    }

    /** What still stops publication, in plain English; empty when the tender can be published. */
    public Map<String, String> publicationProblems(Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (lots.isEmpty()) {
            problems.put("lots", "Add at least one lot.");
        }
        for (Lot lot : lots) {
            if (lot.totalWeight() != 100) {
                problems.put("lot " + lot.number(), "Lot " + lot.number() + "'s award criteria weigh "
                        + lot.totalWeight() + "%: they must total 100%.");
            }
        }
        List<String> undeclared = team.stream().filter(m -> !m.hasDeclared()).map(TeamMember::username).toList();
        if (!undeclared.isEmpty()) {
            problems.put("declarations", "Conflict of interest declarations are missing from "
                    + String.join(", ", undeclared) + " (Procurement Act 2023 ss.81-83).");
        }
        if (!clarificationDeadline.isAfter(now)) {
            problems.put("clarificationDeadline", "The clarification deadline has passed: move it into the future.");
        }
        List<String> termProblems = procedure.termProblems(termStart, termEnd, reopenings);
        if (!termProblems.isEmpty()) {
            problems.put("term", String.join(" ", termProblems));
        }
        return problems;
    }

    public void publish(Instant now) {
        Map<String, String> problems = publicationProblems(now);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        status = status.moveTo(TenderStatus.PUBLISHED);
        publishedAt = now;
        nextCheck = clarificationDeadline;
    }

    /**
     * Moves the tender on by the deadlines that have passed at {@code now}; returns the statuses
     * it passed through (empty when nothing was due). Safe to call any number of times.
     */
    public List<TenderStatus> advance(Instant now) {
        List<TenderStatus> passed = new ArrayList<>();
        if (status == TenderStatus.PUBLISHED && !now.isBefore(clarificationDeadline)) {
            status = status.moveTo(TenderStatus.CLARIFICATION_CLOSED);
            passed.add(status);
        }
        if (status == TenderStatus.CLARIFICATION_CLOSED && !now.isBefore(bidDeadline)) {
            status = status.moveTo(TenderStatus.BIDS_CLOSED);
            passed.add(status);
        }
        nextCheck = switch (status) {
            case PUBLISHED -> clarificationDeadline;
            case CLARIFICATION_CLOSED -> bidDeadline;
            default -> null;
        };
        return passed;
    }

    /**
     * Moves the deadlines of a published tender (usually to give bidders more time). The
     * clarification deadline can move only while it is still open.
     */
    public void moveDeadlines(Instant newClarification, Instant newBid, Instant now) {
        if (status != TenderStatus.PUBLISHED && status != TenderStatus.CLARIFICATION_CLOSED) {
            throw new ConflictException("Deadlines move only while the tender is open for bids.");
        }
        Instant clarification = status == TenderStatus.PUBLISHED && newClarification != null ? newClarification : clarificationDeadline;
        Instant bid = newBid == null ? bidDeadline : newBid;
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == TenderStatus.PUBLISHED && !clarification.isAfter(now)) {
            errors.put("clarificationDeadline", "Enter a clarification deadline in the future.");
        }
        if (!bid.isAfter(now)) {
            errors.put("bidDeadline", "Enter a bid deadline in the future.");
        } else if (!clarification.isBefore(bid)) {
            errors.put("clarificationDeadline", "The clarification deadline must be before the bid deadline.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        clarificationDeadline = clarification;
        bidDeadline = bid;
        nextCheck = status == TenderStatus.PUBLISHED ? clarificationDeadline : bidDeadline;
    }

    /** The award became final after standstill. */
    public void awarded() {
        status = status.moveTo(TenderStatus.AWARDED);
    }

    public void startEvaluation() {
        status = status.moveTo(TenderStatus.IN_EVALUATION);
    }

    public void cancel(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Enter the reason for cancelling the tender.");
        }
        status = status.moveTo(TenderStatus.CANCELLED);
        cancellationReason = reason.strip();
        nextCheck = null;
    }

    public boolean acceptsClarificationQuestionsAt(Instant now) {
        return status == TenderStatus.PUBLISHED && now.isBefore(clarificationDeadline);
    }

    /**
     * The hub engages the market before tendering (Procurement Act 2023 s.16): what it wants to
     * learn, how providers take part, and the day the engagement closes (after today, before the
     * planned bid deadline). Announced by a preliminary market engagement notice (UK2), which must
     * come before the tender notice (s.17): so only a draft, and once.
     */
    public void engageMarket(String description, String howToRespond, LocalDate closesOn, LocalDate today) {
        requireDraft();
        if (engagementDescription != null) {
            throw new ConflictException("The preliminary market engagement notice is published already: a tender has one.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (description == null || description.strip().length() < 20) {
            errors.put("description", "Say what the hub wants to learn from the market (at least 20 characters).");
        } else if (description.strip().length() > 4000) {
            errors.put("description", "Describe the engagement in at most 4,000 characters.");
        }
        if (howToRespond == null || howToRespond.strip().length() < 10) {
            errors.put("howToRespond", "Say how providers take part: an event, a questionnaire, a meeting (at least 10 characters).");
        } else if (howToRespond.strip().length() > 2000) {
            errors.put("howToRespond", "Say how providers take part in at most 2,000 characters.");
        }
        if (closesOn == null) {
            errors.put("closesOn", "Enter the day the engagement closes.");
        } else if (!closesOn.isAfter(today)) {
            errors.put("closesOn", "The engagement must close after today, " + UkTime.date(today) + ".");
        } else if (bidDeadline != null && !closesOn.isBefore(LocalDate.ofInstant(bidDeadline, UkTime.ZONE))) {
            errors.put("closesOn", "The engagement must close before the planned bid deadline.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        engagementDescription = description.strip();
        engagementHowToRespond = howToRespond.strip();
        engagementClosesOn = closesOn;
    }

    /** What the preliminary market engagement seeks (null: the hub did not engage the market). */
    public String engagementDescription() {
        return engagementDescription;
    }

    public String engagementHowToRespond() {
        return engagementHowToRespond;
    }

    public LocalDate engagementClosesOn() {
        return engagementClosesOn;
    }

    private void requireDraft() {
        if (status != TenderStatus.DRAFT) {
            throw new ConflictException("The tender is " + status.label().toLowerCase()
                    + ": only a draft can be changed.");
        }
    }

    public Lot lot(int number) {
        return lots.stream().filter(l -> l.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no lot " + number + " in this tender."));
    }

    public Money estimatedValue() {
        return lots.stream().map(Lot::estimatedValue).reduce(Money.ZERO, Money::plus);
    }

    /** A reference people can quote, for example "T-000042". */
    public String reference() {
        return id == null ? "" : reference(id);
    }

    /** A tender's public reference from its id, for readers that have only the id. */
    public static String reference(long id) {
        return String.format("T-%06d", id);
    }

    public Long id() {
        return id;
    }

    public long hubId() {
        return hubId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Procedure procedure() {
        return procedure;
    }

    public TenderStatus status() {
        return status;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public int extensionMonths() {
        return extensionMonths;
    }

    public List<LocalDate> reopenings() {
        return List.copyOf(reopenings);
    }

    public Instant clarificationDeadline() {
        return clarificationDeadline;
    }

    public Instant bidDeadline() {
        return bidDeadline;
    }

    public LocalDate plannedAward() {
        return plannedAward;
    }

    public int standstillDays() {
        return standstillDays;
    }

    /**
     * States the award rule before publication: how many providers each lot appoints, and/or the
     * total score (out of 100) a bid must reach. A dynamic market needs a threshold (it admits
     * every qualifying supplier).
     */
    public void stateAwardRule(Integer appointPerLot, java.math.BigDecimal scoreThreshold) {
        requireDraft();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (appointPerLot == null && scoreThreshold == null) {
            errors.put("appointPerLot", "Say how many providers each lot appoints, or the score a bid must reach, or both.");
        }
        if (appointPerLot != null && (appointPerLot < 1 || appointPerLot > 500)) {
            errors.put("appointPerLot", "Appoint from 1 to 500 providers per lot.");
        }
        if (scoreThreshold != null && (scoreThreshold.signum() <= 0 || scoreThreshold.compareTo(java.math.BigDecimal.valueOf(100)) > 0
                || scoreThreshold.stripTrailingZeros().scale() > 2)) {
            errors.put("scoreThreshold", "Give the threshold as a total score above 0 and at most 100.");
        }
        if (procedure == Procedure.DYNAMIC_MARKET) {
            errors.clear();
            errors.put("appointPerLot", "A dynamic market admits every supplier that meets its conditions of participation "
                    + "(Procurement Act 2023 s.36): no number or score decides membership, so it states no award rule.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.appointPerLot = appointPerLot;
        this.scoreThreshold = scoreThreshold;
    }

    public Integer appointPerLot() {
        return appointPerLot;
    }

    public java.math.BigDecimal scoreThreshold() {
        return scoreThreshold;
    }

    public Long needsRoundId() {
        return needsRoundId;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Instant nextCheck() {
        return nextCheck;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Lot> lots() {
        return List.copyOf(lots);
    }

    public List<SelectionQuestion> selectionQuestions() {
        return List.copyOf(selectionQuestions);
    }

    public List<TeamMember> team() {
        return List.copyOf(team);
    }

    public long version() {
        return version;
    }
}
