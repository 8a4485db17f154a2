package org.commissioning.marketplace.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.Sha256;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.AnswerText;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.ClarificationView;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DeadlineChange;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DocumentFile;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.DocumentView;
import org.commissioning.marketplace.tendering.application.TenderEngagementViews.QuestionText;
import org.commissioning.marketplace.tendering.domain.Clarification;
import org.commissioning.marketplace.tendering.domain.Tender;
import org.commissioning.marketplace.tendering.domain.TenderDocument;
import org.commissioning.marketplace.tendering.domain.TenderInterest;
import org.commissioning.marketplace.tendering.domain.TenderStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * How providers engage with a published tender: they follow it, read and download its documents,
 * and ask clarification questions that the hub answers for everyone, anonymously. Followers are
 * emailed when documents, answers or deadlines change.
 */
@ApplicationScoped
public class TenderEngagementService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderFollowers followers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- interest

    /** The caller's provider follows the tender (again: no change). */
    @Transactional
    public boolean follow(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        Tender tender = publicTender(tenderId);
        if (isFollowing(tenderId, provider.organisationId())) {
            return false;
        }
        em.persist(new TenderInterest(tender.id(), provider.organisationId(), provider.username(), Instant.now(clock)));
        audit.record("tender.interest-registered", "tender", tenderId, provider.organisationName() + " follows the tender");
        return true;
    }

    @Transactional
    public boolean following(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        publicTender(tenderId);
        return isFollowing(tenderId, provider.organisationId());
    }

    // ---- clarifications

    @Transactional
    public ClarificationView ask(long tenderId, QuestionText text) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        Tender tender = publicTender(tenderId);
        Clarification c = Clarification.ask(tender, provider.organisationId(), text == null ? null : text.question(),
                provider.username(), Instant.now(clock));
        em.persist(c);
        if (!isFollowing(tenderId, provider.organisationId())) {
            em.persist(new TenderInterest(tenderId, provider.organisationId(), provider.username(), Instant.now(clock)));
        }
        em.flush();
        audit.record("tender.clarification-asked", "clarification", c.id(), "tender " + tender.reference());
        return ClarificationView.of(c, true, null);
    }

    /** The hub answers; question and answer are then published to every follower, without the asker. */
    @Transactional
    public ClarificationView answer(long tenderId, long clarificationId, AnswerText text) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, tenderId);
        Clarification c = em.find(Clarification.class, clarificationId);
        if (c == null || c.tenderId() != tenderId) {
            throw new NotFoundException("There is no question " + clarificationId + " on this tender.");
        }
        c.answer(text == null ? null : text.answer(), hub.username(), Instant.now(clock));
        followers.tell(tender, "a clarification answer is published",
                "Question: " + c.question() + "\n\nAnswer: " + c.answer());
        audit.record("tender.clarification-answered", "clarification", c.id(), "answer published for tender " + tender.reference());
        return ClarificationView.of(c, false, parties.nameOf(c.providerId()));
    }

    /**
     * What waits for a hub commissioner in its tenders: questions to answer before the clarification
     * deadline, and their own declaration on a draft whose publication waits for it.
     */
    @Transactional
    public List<org.commissioning.marketplace.shared.application.Task> hubTasks(Caller hub) {
        if (!hub.has(Role.HUB_COMMISSIONER)) {
            return List.of();
        }
        List<org.commissioning.marketplace.shared.application.Task> tasks = new java.util.ArrayList<>();
        em.createQuery("SELECT t, COUNT(c) FROM Clarification c, Tender t WHERE c.tenderId = t.id AND t.hubId = :h "
                        + "AND c.answeredAt IS NULL AND t.status IN :open GROUP BY t ORDER BY t.clarificationDeadline", Object[].class)
                .setParameter("h", hub.organisationId())
                .setParameter("open", List.of(TenderStatus.PUBLISHED, TenderStatus.CLARIFICATION_CLOSED))
                .getResultList().forEach(row -> {
                    Tender t = (Tender) row[0];
                    long n = (Long) row[1];
                    tasks.add(new org.commissioning.marketplace.shared.application.Task(n + (n == 1 ? " question" : " questions")
                            + " on " + t.reference() + " " + t.title() + " " + (n == 1 ? "waits" : "wait") + " for an answer for every provider",
                            "hub/tender.xhtml?id=" + t.id() + "&section=clarifications#clarifications", t.clarificationDeadline()));
                });
        em.createQuery("SELECT t FROM Tender t JOIN t.team m WHERE t.hubId = :h AND t.status = :draft AND m.username = :me "
                        + "AND m.declaredAt IS NULL ORDER BY t.bidDeadline", Tender.class)
                .setParameter("h", hub.organisationId()).setParameter("draft", TenderStatus.DRAFT).setParameter("me", hub.username())
                .getResultList().forEach(t -> tasks.add(new org.commissioning.marketplace.shared.application.Task(
                        "Declare your interests for draft " + t.reference() + " " + t.title() + ": publication waits for it",
                        "hub/tender.xhtml?id=" + t.id() + "&section=team#team-section", null)));
        return tasks;
    }

    /** The hub sees every question with who asked; a provider sees published ones and its own. */
    @Transactional
    public List<ClarificationView> clarifications(long tenderId) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.PROVIDER_USER, Role.COUNCIL_COMMISSIONER, Role.EVALUATOR);
        List<Clarification> all = em.createQuery("SELECT c FROM Clarification c WHERE c.tenderId = :t ORDER BY c.askedAt",
                Clarification.class).setParameter("t", tenderId).getResultList();
        if (caller.has(Role.HUB_COMMISSIONER) || caller.has(Role.EVALUATOR)) {
            hubTender(caller, tenderId);
            return all.stream().map(c -> ClarificationView.of(c, false, parties.nameOf(c.providerId()))).toList();
        }
        visibleToCouncilOrProvider(caller, tenderId);
        return all.stream().filter(c -> c.isPublished() || c.providerId() == caller.organisationId())
                .map(c -> ClarificationView.of(c, c.providerId() == caller.organisationId(), null)).toList();
    }

    // ---- documents

    @Transactional
    public DocumentView upload(long tenderId, String title, String fileName, byte[] content) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, tenderId);
        if (tender.status() == TenderStatus.CANCELLED || tender.status() == TenderStatus.AWARDED) {
            throw new org.commissioning.marketplace.shared.domain.ConflictException("The tender is " + tender.status().label().toLowerCase() + ".");
        }
        String cleanTitle = title == null ? null : title.strip();
        Integer latest = em.createQuery("SELECT MAX(d.versionNo) FROM TenderDocument d WHERE d.tenderId = :t AND d.title = :title",
                Integer.class).setParameter("t", tenderId).setParameter("title", cleanTitle).getSingleResult();
        int version = latest == null ? 1 : latest + 1;
        TenderDocument d = TenderDocument.version(tenderId, cleanTitle, version, fileName, content, sha256(content),
                hub.username(), Instant.now(clock));
        em.persist(d);
        em.flush();
        if (tender.status().isPublic()) {
            followers.tell(tender, "document " + d.title() + " version " + version,
                    "Version " + version + " of \"" + d.title() + "\" (" + d.fileName() + ") is published.");
        }
        audit.record("tender.document-uploaded", "tender", tenderId, d.title() + " version " + version + " (" + d.fileName()
                + ", sha256 " + d.sha256() + ")");
        return DocumentView.of(d);
    }

    @Transactional
    public List<DocumentView> documents(long tenderId) {
        readable(tenderId);
        return em.createQuery("SELECT d FROM TenderDocument d WHERE d.tenderId = :t ORDER BY d.title, d.versionNo DESC",
                TenderDocument.class).setParameter("t", tenderId).getResultList().stream().map(DocumentView::of).toList();
    }

    @Transactional
    public DocumentFile download(long tenderId, long documentId) {
        readable(tenderId);
        TenderDocument d = em.find(TenderDocument.class, documentId);
        if (d == null || d.tenderId() != tenderId) {
            throw new NotFoundException("There is no document " + documentId + " on this tender.");
        }
        return new DocumentFile(d.fileName(), d.mediaType(), d.content());
    }

    // ---- deadlines

    @Transactional
    public void moveDeadlines(long tenderId, DeadlineChange change) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Tender tender = hubTender(hub, tenderId);
        Instant beforeClarification = tender.clarificationDeadline();
        Instant beforeBid = tender.bidDeadline();
        tender.moveDeadlines(change == null ? null : change.clarificationDeadline(), change == null ? null : change.bidDeadline(),
                Instant.now(clock));
        followers.tell(tender, "deadlines changed", "Clarification deadline: " + UkTime.format(tender.clarificationDeadline())
                + "\nBid deadline: " + UkTime.format(tender.bidDeadline()));
        audit.record("tender.deadlines-moved", "tender", tenderId, AuditTrail.change("clarificationDeadline", beforeClarification,
                tender.clarificationDeadline()) + "; " + AuditTrail.change("bidDeadline", beforeBid, tender.bidDeadline()));
    }

    // ---- helpers

    private boolean isFollowing(long tenderId, long providerId) {
        return !em.createQuery("SELECT i.providerId FROM TenderInterest i WHERE i.tenderId = :t AND i.providerId = :p", Long.class)
                .setParameter("t", tenderId).setParameter("p", providerId).getResultList().isEmpty();
    }

    private Tender publicTender(long tenderId) {
        Tender tender = em.find(Tender.class, tenderId);
        if (tender == null || !tender.status().isPublic()) {
            throw new NotFoundException("There is no published tender " + tenderId + ".");
        }
        return tender;
    }

    private Tender hubTender(Caller hub, long tenderId) {
        Tender tender = em.find(Tender.class, tenderId);
        if (tender == null || tender.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no tender " + tenderId + " for your hub.");
        }
        return tender;
    }

    private void visibleToCouncilOrProvider(Caller caller, long tenderId) {
        Tender tender = publicTender(tenderId);
        if (caller.has(Role.COUNCIL_COMMISSIONER) && !parties.isMember(caller.organisationId(), tender.hubId())) {
            throw new NotFoundException("There is no published tender " + tenderId + ".");
        }
    }

    private void readable(long tenderId) {
        Caller caller = parties.require(Role.HUB_COMMISSIONER, Role.EVALUATOR, Role.PROVIDER_USER, Role.COUNCIL_COMMISSIONER);
        if (caller.has(Role.HUB_COMMISSIONER) || caller.has(Role.EVALUATOR)) {
            hubTender(caller, tenderId);
        } else {
            visibleToCouncilOrProvider(caller, tenderId);
        }
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }

}
