package org.commissioning.marketplace.placement.application;

import org.commissioning.marketplace.shared.application.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.placement.domain.FeedbackAnswer;
import org.commissioning.marketplace.placement.domain.FeedbackForm;
import org.commissioning.marketplace.placement.domain.FeedbackForm.AgeBand;
import org.commissioning.marketplace.placement.domain.FeedbackForm.Question;
import org.commissioning.marketplace.placement.domain.FeedbackForm.Respondent;
import org.commissioning.marketplace.placement.domain.FeedbackInvitation;
import org.commissioning.marketplace.placement.domain.FeedbackStatus;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.application.Task;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.Sha256;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The voice of children and families in placement: a council invites the child (by age) or a family
 * member to answer without an account, with a one-time code; the answers belong to the council, a
 * safeguarding concern reaches its named contact at once (email, and a task until they record what
 * they did); providers and hubs see only counts, and only from {@value #SHOWN_FROM} answers, so no
 * child can be recognised.
 */
@ApplicationScoped
public class FeedbackService {

    /** Fewest answers a provider or hub ever sees counted. */
    public static final int SHOWN_FROM = 5;

    /** Who a child or family can talk to, shown with every form and every thank-you. */
    public static final List<String> WHO_TO_TALK_TO = List.of(
            "Your social worker, or your independent reviewing officer (IRO)",
            "A grown-up you trust: a carer, a teacher, a relative",
            "Childline, free and private, any time: call 0800 1111 or go to childline.org.uk",
            "If you are in danger right now, call 999");

    private static final char[] CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Inject
    Clock clock;

    @Inject
    PublicAddress publicAddress;

    /** The code, shown once to the council, and where the respondent uses it. */
    public record Issued(long id, String code, String path, Instant expiresAt) {
    }

    public record Choice(String key, String text, String hint, FeedbackAnswer answer) {
    }

    public record Writing(String key, String text, String answer) {
    }

    /** One invitation and its answers, for the placing council only. */
    public record FeedbackView(long id, String respondent, String form, String status, String statusLabel, Instant issuedAt,
                               Instant expiresAt, String issuedBy, String contact, Instant answeredAt, List<Choice> choices,
                               List<Writing> writing, boolean wantsToTalk, String concern, boolean concernOpen, Instant concernHandledAt,
                               String concernHandledBy, String concernAction) {
    }

    /** What the respondent sees: nothing that names the child, the council or the provider. */
    public record FormView(String respondent, String ageBand, String heading, boolean pictures, List<Question> choices,
                           List<Question> writing, List<FeedbackAnswer> answers, Instant expiresAt, List<String> whoToTalkTo) {
    }

    public record Thanks(boolean concern, String message, List<String> whoToTalkTo) {
    }

    /** Counts of answers to one question. */
    public record Tally(String topic, long yes, long sometimes, long no) {
    }

    /** A provider's feedback in counts: none shown below {@value #SHOWN_FROM} answers. */
    public record Summary(long providerId, String providerName, long answers, boolean shown, int shownFrom, List<Tally> tallies) {
    }

    @Transactional
    public Issued issue(long placementId, Respondent respondent, AgeBand ageBand, Integer validDays, String contact) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Placement placement = own(placementId, council);
        String contactUser = contact == null || contact.isBlank() ? council.username() : contact.strip().toLowerCase(Locale.UK);
        if (!parties.worksFor(contactUser, council.organisationId(), Role.COUNCIL_COMMISSIONER)) {
            throw InvalidInputException.of("contact", "Name a commissioner of " + council.organisationName()
                    + " (their email address) to be told at once of a concern.");
        }
        String code = newCode();
        FeedbackInvitation f = FeedbackInvitation.issue(placement, respondent, ageBand, validDays, contactUser, hash(code),
                council.username(), now());
        em.persist(f);
        em.flush();
        audit.record("feedback.invited", "placement", placement.id(), placement.childReference() + ": feedback invitation " + f.id()
                + " (" + f.form().heading() + ", " + respondent.label().toLowerCase(Locale.UK) + ") until " + UkTime.format(f.expiresAt())
                + "; concerns to " + contactUser);
        return new Issued(f.id(), code, "feedback.xhtml?code=" + code, f.expiresAt());
    }

    /** The placement's invitations and answers, newest first: the placing council only. */
    @Transactional
    public List<FeedbackView> forPlacement(long placementId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        own(placementId, council);
        Instant now = now();
        return em.createQuery("SELECT f FROM FeedbackInvitation f WHERE f.placementId = :p ORDER BY f.issuedAt DESC, f.id DESC",
                        FeedbackInvitation.class).setParameter("p", placementId).getResultList().stream()
                .map(f -> view(f, now)).toList();
    }

    @Transactional
    public FeedbackView withdraw(long placementId, long invitationId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        FeedbackInvitation f = invitation(placementId, invitationId, council);
        f.withdraw();
        audit.record("feedback.withdrawn", "placement", placementId, "feedback invitation " + f.id() + " withdrawn before use");
        return view(f, now());
    }

    @Transactional
    public FeedbackView handleConcern(long placementId, long invitationId, String action) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        FeedbackInvitation f = invitation(placementId, invitationId, council);
        f.handleConcern(action, council.username(), now());
        audit.record("feedback.concern-handled", "placement", placementId, "feedback " + f.id() + ": what was done is recorded by "
                + council.username());
        return view(f, now());
    }

    /** The form a code opens; anyone with the code, no account. */
    @Transactional
    public FormView form(String code) {
        FeedbackInvitation f = byCode(code, false);
        FeedbackForm form = f.openForm(now());
        return new FormView(form.respondent().name(), form.ageBand() == null ? null : form.ageBand().name(), form.heading(),
                form.pictures(), form.choices(), form.writing(), Arrays.asList(FeedbackAnswer.values()), f.expiresAt(), WHO_TO_TALK_TO);
    }

    /** Takes the answers once; a concern goes at once to the council's named contact, without the answers. */
    @Transactional
    public Thanks answer(String code, FeedbackInvitation.Answers answers) {
        FeedbackInvitation f = byCode(code, true);
        boolean concern = f.answer(answers, now());
        Placement placement = em.find(Placement.class, f.placementId());
        audit.recordAs("feedback link", f.councilId(), "feedback.answered", "placement", f.placementId(),
                "feedback " + f.id() + " answered" + (concern ? "; a safeguarding concern is sent to " + f.contactUsername() : ""));
        if (concern) {
            mailbox.queue(List.of(f.contactUsername()), "Act today: feedback on placement " + placement.childReference()
                            + " raises a safeguarding concern",
                    "Feedback given on " + UkTime.format(f.answeredAt()) + " for placement " + placement.childReference() + " ("
                            + parties.nameOf(f.providerId()) + ") raises a safeguarding concern.\n\n"
                            + "The answers are not in this email. Read them in the marketplace now and act under your council's "
                            + "safeguarding procedures today:\n  " + publicAddress.of("council/placement.xhtml?id=" + f.placementId() + "#feedback") + "\n\n"
                            + "Then record there what was done; until then it stays on your home page.\n");
            return new Thanks(true, "Because of what you told us, someone from the council will be in touch very soon. "
                    + "If you need to talk to someone now, you can:", WHO_TO_TALK_TO);
        }
        return new Thanks(false, "What you said helps the council make things better. "
                + "If anything worries you, you can talk to:", WHO_TO_TALK_TO);
    }

    /**
     * Counts of a provider's answers: the provider its own (from every council), a hub those from its
     * councils' placements (a council of the hub, weighing offers, the same). Below {@value #SHOWN_FROM} answers
     * nothing is counted out.
     */
    @Transactional
    public Summary summary(Long providerId) {
        ProviderRecordScope scope = ProviderRecordScope.of(parties, providerId, "feedback");
        long provider = scope.providerId();
        var query = em.createQuery("SELECT f.feelsSafe, f.listenedTo, f.settled, f.seesPeople, f.school FROM FeedbackInvitation f "
                + "WHERE f.providerId = :provider AND f.status = :answered" + (scope.hubId() == null ? "" : " AND f.hubId = :hub"),
                Object[].class).setParameter("provider", provider).setParameter("answered", FeedbackStatus.ANSWERED);
        if (scope.hubId() != null) {
            query.setParameter("hub", scope.hubId());
        }
        List<Object[]> rows = query.getResultList();
        boolean shown = rows.size() >= SHOWN_FROM;
        List<Tally> tallies = new ArrayList<>();
        if (shown) {
            String[] keys = {FeedbackForm.FEELS_SAFE, FeedbackForm.LISTENED_TO, FeedbackForm.SETTLED, FeedbackForm.SEES_PEOPLE,
                    FeedbackForm.SCHOOL};
            for (int i = 0; i < keys.length; i++) {
                int column = i;
                tallies.add(new Tally(FeedbackForm.topic(keys[i]), count(rows, column, FeedbackAnswer.YES),
                        count(rows, column, FeedbackAnswer.SOMETIMES), count(rows, column, FeedbackAnswer.NO)));
            }
        }
        return new Summary(provider, parties.nameOf(provider), rows.size(), shown, SHOWN_FROM, tallies);
    }

    /** For a council's named contact: concerns waiting for them to record what was done. */
    @Transactional
    public List<Task> tasks(Caller caller) {
        if (!caller.has(Role.COUNCIL_COMMISSIONER)) {
            return List.of();
        }
        return em.createQuery("SELECT f, p.childReference FROM FeedbackInvitation f, Placement p WHERE p.id = f.placementId "
                        + "AND f.councilId = :org AND f.contactUsername = :me AND f.concern IS NOT NULL AND f.concernHandledAt IS NULL "
                        + "ORDER BY f.answeredAt", Object[].class)
                .setParameter("org", caller.organisationId()).setParameter("me", caller.username()).getResultList().stream()
                .map(row -> {
                    FeedbackInvitation f = (FeedbackInvitation) row[0];
                    return new Task("Act today: feedback on placement " + row[1] + " raises a safeguarding concern",
                            "council/placement.xhtml?id=" + f.placementId() + "#feedback", f.answeredAt());
                }).toList();
    }

    private static long count(List<Object[]> rows, int column, FeedbackAnswer answer) {
        return rows.stream().filter(r -> r[column] == answer).count();
    }

    private FeedbackView view(FeedbackInvitation f, Instant now) {
        FeedbackForm form = f.form();
        List<Choice> choices = form.choices().stream().map(q -> new Choice(q.key(), q.text(), q.hint(), switch (q.key()) {
            case FeedbackForm.FEELS_SAFE -> f.feelsSafe();
            case FeedbackForm.LISTENED_TO -> f.listenedTo();
            case FeedbackForm.SETTLED -> f.settled();
            case FeedbackForm.SEES_PEOPLE -> f.seesPeople();
            default -> f.school();
        })).toList();
        List<Writing> writing = form.writing().stream().map(q -> new Writing(q.key(), q.text(), switch (q.key()) {
            case FeedbackForm.WHAT_IS_GOOD -> f.whatIsGood();
            case FeedbackForm.WHAT_WOULD_HELP -> f.whatWouldHelp();
            default -> f.anythingElse();
        })).toList();
        boolean expired = f.expired(now);
        return new FeedbackView(f.id(), f.respondent().label(), f.ageBand() == null ? "Family form" : f.ageBand().label(),
                expired ? "EXPIRED" : f.status().name(), expired ? "Expired unused" : f.status().label(), f.issuedAt(), f.expiresAt(),
                f.issuedBy(), f.contactUsername(), f.answeredAt(), choices, writing, f.wantsToTalk(), f.concern(),
                f.concern() != null && f.concernHandledAt() == null, f.concernHandledAt(), f.concernHandledBy(), f.concernAction());
    }

    private Placement own(long placementId, Caller council) {
        Placement p = em.find(Placement.class, placementId);
        if (p == null || p.councilId() != council.organisationId()) {
            throw new NotFoundException("No such placement.");
        }
        return p;
    }

    private FeedbackInvitation invitation(long placementId, long invitationId, Caller council) {
        own(placementId, council);
        FeedbackInvitation f = em.find(FeedbackInvitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null || f.placementId() != placementId) {
            throw new NotFoundException("No such feedback invitation on this placement.");
        }
        return f;
    }

    private FeedbackInvitation byCode(String code, boolean lock) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("code", "Enter the code you were given.");
        }
        List<FeedbackInvitation> found = em.createQuery("SELECT f FROM FeedbackInvitation f WHERE f.codeHash = :h", FeedbackInvitation.class)
                .setParameter("h", hash(code)).setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("We do not know this code. Check it, or ask the person who gave it to you for a new one.");
        }
        return found.get(0);
    }

    /** Twelve letters and digits that cannot be mistaken for each other (about 59 bits), in groups of four. */
    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_LETTERS[RANDOM.nextInt(CODE_LETTERS.length)]);
        }
        return code.toString();
    }

    /** The stored form of a code: spaces, dashes and case do not matter when it is typed. */
    static String hash(String code) {
        return Sha256.hex("feedback code:" + code.toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", ""));
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
