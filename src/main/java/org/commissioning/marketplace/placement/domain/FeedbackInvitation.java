package org.commissioning.marketplace.placement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.placement.domain.FeedbackForm.AgeBand;
import org.commissioning.marketplace.placement.domain.FeedbackForm.Respondent;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A council's invitation to a child in placement, or to their family, to say how the placement is
 * going, and the answer it brought. The respondent needs no account: a one-time code (only its hash
 * is kept) opens the form once, until it expires. An answer that the child does not feel safe, a
 * wish to talk to someone, or writing that may tell of harm is a safeguarding concern: it goes to the
 * council's named contact at once and stays open until they record what they did.
 */
@Entity
@Table(name = "feedback_invitation")
public class FeedbackInvitation {

    /** How long an invitation lasts unless the council says otherwise, and the longest it may. */
    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 60;
    public static final int MAX_WRITING = 2000;

    /** Words that, in a child's or family's writing, may tell of harm: a person reads it the same day. */
    private static final Pattern WORRY = Pattern.compile("\\b(hurts?|hurting|hit|hits|hitting|scared|afraid|frightened|unsafe|not safe"
            + "|abuse[sd]?|touch(es|ed|ing)?|kill|die|dead|suicide|self[- ]harm|cut myself|cutting|run away|ran away|bull(y|ied|ying)"
            + "|locked|punch(ed)?|kick(ed)?|slap(ped)?|threat(en|ened)?|alone|starv\\w*|no food)\\b");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "placement_id")
    private long placementId;
    @Column(name = "council_id")
    private long councilId;
    @Column(name = "hub_id")
    private long hubId;
    @Column(name = "provider_id")
    private long providerId;
    @Enumerated(EnumType.STRING)
    private Respondent respondent;
    @Enumerated(EnumType.STRING)
    @Column(name = "age_band")
    private AgeBand ageBand;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "contact_username")
    private String contactUsername;
    @Column(name = "issued_by")
    private String issuedBy;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    private FeedbackStatus status;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "feels_safe")
    private FeedbackAnswer feelsSafe;
    @Enumerated(EnumType.STRING)
    @Column(name = "listened_to")
    private FeedbackAnswer listenedTo;
    @Enumerated(EnumType.STRING)
    private FeedbackAnswer settled;
    @Enumerated(EnumType.STRING)
    @Column(name = "sees_people")
    private FeedbackAnswer seesPeople;
    @Enumerated(EnumType.STRING)
    private FeedbackAnswer school;
    private String whatIsGood;
    private String whatWouldHelp;
    private String anythingElse;
    @Column(name = "wants_to_talk")
    private boolean wantsToTalk;
    private String concern;
    @Column(name = "concern_handled_at")
    private Instant concernHandledAt;
    @Column(name = "concern_handled_by")
    private String concernHandledBy;
    private String concernAction;
    @Version
    private long version;

    protected FeedbackInvitation() {
    }

    /** What a respondent sends: a choice per question asked (any may be left out) and their own words. */
    public record Answers(FeedbackAnswer feelsSafe, FeedbackAnswer listenedTo, FeedbackAnswer settled, FeedbackAnswer seesPeople,
                          FeedbackAnswer school, String whatIsGood, String whatWouldHelp, String anythingElse, boolean wantsToTalk) {

        Map<String, Object> byKey() {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put(FeedbackForm.FEELS_SAFE, feelsSafe);
            all.put(FeedbackForm.LISTENED_TO, listenedTo);
            all.put(FeedbackForm.SETTLED, settled);
            all.put(FeedbackForm.SEES_PEOPLE, seesPeople);
            all.put(FeedbackForm.SCHOOL, school);
            all.put(FeedbackForm.WHAT_IS_GOOD, blankToNull(whatIsGood));
            all.put(FeedbackForm.WHAT_WOULD_HELP, blankToNull(whatWouldHelp));
            all.put(FeedbackForm.ANYTHING_ELSE, blankToNull(anythingElse));
            return all;
        }
    }

    /** An invitation for a placement that has started (or ended: families and leavers are asked too). */
    public static FeedbackInvitation issue(Placement placement, Respondent respondent, AgeBand ageBand, Integer validDays,
                                           String contactUsername, String codeHash, String by, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (respondent == null) {
            errors.put("respondent", "Choose who is asked: the child or a family member.");
        }
        if (respondent == Respondent.CHILD && ageBand == null) {
            errors.put("ageBand", "Choose the child's age, so they get a form they can use.");
        }
        int days = validDays == null ? DEFAULT_DAYS : validDays;
        if (days < 1 || days > MAX_DAYS) {
            errors.put("validDays", "Give the number of days the link works, from 1 to " + MAX_DAYS + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (placement.status() != PlacementStatus.STARTED && placement.status() != PlacementStatus.ENDED) {
            throw new ConflictException("Feedback is asked for once the placement has started.");
        }
        FeedbackInvitation f = new FeedbackInvitation();
        f.placementId = placement.id();
        f.councilId = placement.councilId();
        f.hubId = placement.hubId();
        f.providerId = placement.providerId();
        f.respondent = respondent;
        f.ageBand = respondent == Respondent.CHILD ? ageBand : null;
        f.codeHash = codeHash;
        f.contactUsername = contactUsername;
        f.issuedBy = by;
        f.issuedAt = now;
        f.expiresAt = now.plus(Duration.ofDays(days));
        f.status = FeedbackStatus.ISSUED;
        return f;
    }

    /** The form this invitation opens, while it is open. */
    public FeedbackForm openForm(Instant now) {
        if (status == FeedbackStatus.ANSWERED) {
            throw new ConflictException("This link has been used already: thank you for your answers.");
        }
        if (status == FeedbackStatus.WITHDRAWN || !now.isBefore(expiresAt)) {
            throw new ConflictException("This link no longer works. Ask the person who gave it to you for a new one.");
        }
        return form();
    }

    public FeedbackForm form() {
        return FeedbackForm.of(respondent, ageBand);
    }

    /**
     * Takes the answers, once. Only questions on this respondent's form are kept; something must be
     * answered or written. Says whether the answers raise a safeguarding concern.
     */
    public boolean answer(Answers answers, Instant now) {
        FeedbackForm form = openForm(now);
        if (answers == null) {
            throw InvalidInputException.of("feelsSafe", "Answer at least one question, or write something.");
        }
        Map<String, Object> given = answers.byKey();
        Map<String, String> errors = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            if (value instanceof String text && text.length() > MAX_WRITING) {
                errors.put(key, "Please keep this to " + MAX_WRITING + " characters or fewer.");
            }
        });
        given.replaceAll((key, value) -> form.asks(key) ? value : null);
        if (given.values().stream().allMatch(java.util.Objects::isNull) && !answers.wantsToTalk()) {
            errors.put(form.choices().get(0).key(), "Answer at least one question, or write something.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        feelsSafe = (FeedbackAnswer) given.get(FeedbackForm.FEELS_SAFE);
        listenedTo = (FeedbackAnswer) given.get(FeedbackForm.LISTENED_TO);
        settled = (FeedbackAnswer) given.get(FeedbackForm.SETTLED);
        seesPeople = (FeedbackAnswer) given.get(FeedbackForm.SEES_PEOPLE);
        school = (FeedbackAnswer) given.get(FeedbackForm.SCHOOL);
        whatIsGood = (String) given.get(FeedbackForm.WHAT_IS_GOOD);
        whatWouldHelp = (String) given.get(FeedbackForm.WHAT_WOULD_HELP);
        anythingElse = (String) given.get(FeedbackForm.ANYTHING_ELSE);
        wantsToTalk = answers.wantsToTalk();
        status = status.moveTo(FeedbackStatus.ANSWERED);
        answeredAt = now;
        List<String> reasons = new ArrayList<>();
        if (feelsSafe == FeedbackAnswer.NO) {
            reasons.add(respondent == Respondent.CHILD ? "the child said they do not feel safe" : "the family said the child is not safe");
        }
        if (wantsToTalk) {
            reasons.add("asked to talk to someone about a worry");
        }
        if (worrying(whatIsGood) || worrying(whatWouldHelp) || worrying(anythingElse)) {
            reasons.add("wrote something that may tell of harm");
        }
        concern = reasons.isEmpty() ? null : String.join("; ", reasons);
        return concern != null;
    }

    /** Whether writing holds a word that may tell of harm (a person reads it; this only makes sure they do at once). */
    public static boolean worrying(String text) {
        return text != null && WORRY.matcher(text.toLowerCase(Locale.UK)).find();
    }

    /** The council withdraws an unused invitation (given to the wrong person, or no longer wanted). */
    public void withdraw() {
        status = status.moveTo(FeedbackStatus.WITHDRAWN);
    }

    /** The named contact records what they did about a concern; the task closes. */
    public void handleConcern(String action, String by, Instant now) {
        if (concern == null) {
            throw new ConflictException("These answers raised no concern to act on.");
        }
        if (concernHandledAt != null) {
            throw new ConflictException("What was done about this concern is recorded already.");
        }
        if (action == null || action.isBlank()) {
            throw InvalidInputException.of("action", "Say what was done about the concern, for the record.");
        }
        if (action.length() > MAX_WRITING) {
            throw InvalidInputException.of("action", "Please keep this to " + MAX_WRITING + " characters or fewer.");
        }
        concernAction = action.strip();
        concernHandledBy = by;
        concernHandledAt = now;
    }

    public boolean expired(Instant now) {
        return status == FeedbackStatus.ISSUED && !now.isBefore(expiresAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long id() { return id; }
    public long placementId() { return placementId; }
    public long councilId() { return councilId; }
    public long hubId() { return hubId; }
    public long providerId() { return providerId; }
    public Respondent respondent() { return respondent; }
    public AgeBand ageBand() { return ageBand; }
    public String contactUsername() { return contactUsername; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public Instant expiresAt() { return expiresAt; }
    public FeedbackStatus status() { return status; }
    public Instant answeredAt() { return answeredAt; }
    public FeedbackAnswer feelsSafe() { return feelsSafe; }
    public FeedbackAnswer listenedTo() { return listenedTo; }
    public FeedbackAnswer settled() { return settled; }
    public FeedbackAnswer seesPeople() { return seesPeople; }
    public FeedbackAnswer school() { return school; }
    public String whatIsGood() { return whatIsGood; }
    public String whatWouldHelp() { return whatWouldHelp; }
    public String anythingElse() { return anythingElse; }
    public boolean wantsToTalk() { return wantsToTalk; }
    public String concern() { return concern; }
    public Instant concernHandledAt() { return concernHandledAt; }
    public String concernHandledBy() { return concernHandledBy; }
    public String concernAction() { return concernAction; }
}
