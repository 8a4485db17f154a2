package org.commissioning.marketplace.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.participation.domain.ChangeKind;
import org.commissioning.marketplace.participation.domain.Consultation;
import org.commissioning.marketplace.participation.domain.ConsultationResponse;
import org.commissioning.marketplace.participation.domain.ConsultationTheme;
import org.commissioning.marketplace.participation.domain.Respondent;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotAuthenticatedException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consultations with young people and families: a hub commissioner opens one on a tender or needs
 * round of the hub, records responses heard at a session (sealed; only the hub reads them), draws
 * themes, tags responses and records what each theme changed. Anyone who may read a tender reads its
 * "you said, we did": the decided themes, with how many voices each carries, never a response.
 */
@ApplicationScoped
public class ConsultationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderService tenders;

    @Inject
    NeedsService needs;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record ConsultationSummary(long id, String title, Long tenderId, String shapes, String status, String statusLabel,
                                      long responses, int themes, Instant openedAt) {
    }

    public record ThemeView(long id, String name, String youSaid, String weDid, String changeKind, String changeKindLabel,
                            long responses, Instant decidedAt) {
    }

    public record ConsultationView(long id, String title, Long tenderId, Long needsRoundId, String shapes, List<String> questions,
                                   String status, String statusLabel, boolean open, String openedBy, Instant openedAt, Instant closedAt,
                                   long responses, List<ThemeView> themes, long version) {
    }

    public record Answer(String question, String answer) {
    }

    public record ResponseView(long id, String respondent, String respondentLabel, List<Answer> answers, List<String> themes,
                               String recordedBy, Instant recordedAt) {
    }

    /** A response as the hub records it: answers in question order, and the themes it bears on. */
    public record ResponseInput(Respondent respondent, List<String> answers, Set<Long> themeIds) {
    }

    /** One line of "you said, we did" on a tender. */
    public record YouSaidWeDid(String consultation, String theme, String youSaid, String weDid, String changeKind,
                               String changeKindLabel, long voices) {
    }

    @Transactional
    public ConsultationView open(Consultation.Plan plan) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        if (plan == null) {
            throw InvalidInputException.of("title", "Send the consultation's title, tender and questions.");
        }
        if (plan.tenderId() != null) {
            hubsOwnTender(hub, plan.tenderId(), "tenderId");
        }
        if (plan.needsRoundId() != null) {
            try {
                if (needs.round(plan.needsRoundId()).hubId() != hub.organisationId()) {
                    throw new NotFoundException("");
                }
            } catch (NotFoundException e) {
                throw InvalidInputException.of("needsRoundId", "Choose one of your hub's needs rounds.");
            }
        }
        Consultation c = Consultation.open(hub.organisationId(), plan, hub.username(), Instant.now(clock));
        em.persist(c);
        em.flush();
        audit.record("consultation.opened", "consultation", c.id(), "Consultation \"" + c.title() + "\" opened with "
                + c.questions().size() + " questions");
        return view(c);
    }

    private TenderView hubsOwnTender(Caller hub, long tenderId, String field) {
        try {
            TenderView tender = tenders.get(tenderId);
            if (tender.hubId() == hub.organisationId()) {
                return tender;
            }
        } catch (NotFoundException e) {
            // reported below as a field error
        }
        throw InvalidInputException.of(field, "Choose one of your hub's tenders.");
    }

    @Transactional
    public Page<ConsultationSummary> list(PageRequest page) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        long total = em.createQuery("SELECT COUNT(c) FROM Consultation c WHERE c.hubId = :hub", Long.class)
                .setParameter("hub", hub.organisationId()).getSingleResult();
        List<Consultation> found = em.createQuery("SELECT c FROM Consultation c WHERE c.hubId = :hub ORDER BY c.openedAt DESC, c.id DESC",
                        Consultation.class).setParameter("hub", hub.organisationId())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Long> counts = responseCounts(found.stream().map(Consultation::id).toList());
        List<ConsultationSummary> items = found.stream().map(c -> new ConsultationSummary(c.id(), c.title(), c.tenderId(), shapes(c),
                c.status().name(), c.status().label(), counts.getOrDefault(c.id(), 0L), c.themes().size(), c.openedAt())).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    @Transactional
    public ConsultationView get(long id) {
        return view(own(id, false));
    }

    @Transactional
    public ConsultationView addTheme(long id, String name, String youSaid) {
        Consultation c = own(id, true);
        ConsultationTheme theme = c.addTheme(name, youSaid);
        em.flush();
        audit.record("consultation.theme-added", "consultation", id, "Theme \"" + theme.name() + "\" drawn from what was said");
        return view(c);
    }

    @Transactional
    public ConsultationView decide(long id, long themeId, ChangeKind kind, String weDid) {
        Consultation c = own(id, true);
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        ConsultationTheme theme = c.decide(themeId, kind, weDid, hub.username(), Instant.now(clock));
        em.flush();
        audit.record("consultation.theme-decided", "consultation", id, "Theme \"" + theme.name() + "\": " + kind.label().toLowerCase()
                + " - " + theme.weDid());
        return view(c);
    }

    @Transactional
    public ResponseView record(long id, ResponseInput input) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Consultation c = own(id, true);
        if (input == null) {
            throw InvalidInputException.of("answers", "Write down the answer to at least one question.");
        }
        ConsultationResponse r = ConsultationResponse.record(c, input.respondent(), input.answers(), input.themeIds(), hub.username(),
                Instant.now(clock));
        em.persist(r);
        em.flush();
        audit.record("consultation.response-recorded", "consultation", id, r.respondent().label() + "'s response recorded");
        return view(c, r);
    }

    /** Tags a response already recorded with a theme drawn afterwards. */
    @Transactional
    public ResponseView tag(long id, long responseId, long themeId) {
        Consultation c = own(id, true);
        ConsultationResponse r = em.find(ConsultationResponse.class, responseId);
        if (r == null || !c.id().equals(r.consultationId())) {
            throw new NotFoundException("This consultation has no response " + responseId + ".");
        }
        ConsultationTheme theme = c.theme(themeId);
        r.tag(theme);
        em.flush();
        audit.record("consultation.response-tagged", "consultation", id, "A response tagged \"" + theme.name() + "\"");
        return view(c, r);
    }

    @Transactional
    public Page<ResponseView> responses(long id, PageRequest page) {
        Consultation c = own(id, false);
        long total = em.createQuery("SELECT COUNT(r) FROM ConsultationResponse r WHERE r.consultationId = :c", Long.class)
                .setParameter("c", id).getSingleResult();
        List<ResponseView> items = em.createQuery("SELECT r FROM ConsultationResponse r WHERE r.consultationId = :c "
                        + "ORDER BY r.recordedAt DESC, r.id DESC", ConsultationResponse.class).setParameter("c", id)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(r -> view(c, r)).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    @Transactional
    public ConsultationView close(long id) {
        Consultation c = own(id, true);
        c.close(Instant.now(clock));
        em.flush();
        audit.record("consultation.closed", "consultation", id, "Consultation \"" + c.title() + "\" closed");
        return view(c);
    }

    /**
     * A tender's "you said, we did", for whoever may read the tender: anyone once it is published,
     * the hub's own people before. Only decided themes, oldest consultation first.
     */
    @Transactional
    public List<YouSaidWeDid> youSaidWeDid(long tenderId) {
        readableTender(tenderId);
        List<Consultation> found = em.createQuery("SELECT c FROM Consultation c WHERE c.tenderId = :t ORDER BY c.openedAt, c.id",
                Consultation.class).setParameter("t", tenderId).getResultList();
        List<YouSaidWeDid> lines = new ArrayList<>();
        for (Consultation c : found) {
            Map<Long, Long> voices = themeCounts(c.id());
            for (ConsultationTheme t : c.themes()) {
                if (t.decided()) {
                    lines.add(new YouSaidWeDid(c.title(), t.name(), t.youSaid(), t.weDid(), t.changeKind().name(), t.changeKind().label(),
                            voices.getOrDefault(t.id(), 0L)));
                }
            }
        }
        return lines;
    }

    private void readableTender(long tenderId) {
        try {
            tenders.publicView(tenderId);
        } catch (NotFoundException published) {
            try {
                tenders.get(tenderId);
            } catch (NotAuthenticatedException e) {
                throw published;
            }
        }
    }

    private Consultation own(long id, boolean lock) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        Consultation c = lock ? em.find(Consultation.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Consultation.class, id);
        if (c == null || c.hubId() != hub.organisationId()) {
            throw new NotFoundException("There is no consultation " + id + " of your hub.");
        }
        return c;
    }

    private String shapes(Consultation c) {
        if (c.tenderId() != null) {
            try {
                TenderView t = tenders.get(c.tenderId());
                return t.reference() + " " + t.title();
            } catch (DomainException e) {
                return "Tender " + c.tenderId();
            }
        }
        try {
            return "Needs round " + needs.round(c.needsRoundId()).planningYearLabel();
        } catch (DomainException e) {
            return "Needs round " + c.needsRoundId();
        }
    }

    private Map<Long, Long> responseCounts(List<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT r.consultationId, COUNT(r) FROM ConsultationResponse r WHERE r.consultationId IN :ids "
                    + "GROUP BY r.consultationId", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** How many responses carry each theme of a consultation. */
    private Map<Long, Long> themeCounts(long consultationId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createNativeQuery("SELECT t.theme_id, COUNT(*) FROM consultation_response_theme t JOIN consultation_response r "
                        + "ON r.id = t.response_id WHERE r.consultation_id = ? GROUP BY t.theme_id").setParameter(1, consultationId)
                .getResultList().forEach(row -> {
                    Object[] cells = (Object[]) row;
                    counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
                });
        return counts;
    }

    private ConsultationView view(Consultation c) {
        Map<Long, Long> voices = themeCounts(c.id());
        List<ThemeView> themes = c.themes().stream().map(t -> new ThemeView(t.id(), t.name(), t.youSaid(), t.weDid(),
                t.changeKind() == null ? null : t.changeKind().name(), t.changeKind() == null ? "Not decided yet" : t.changeKind().label(),
                voices.getOrDefault(t.id(), 0L), t.decidedAt())).toList();
        return new ConsultationView(c.id(), c.title(), c.tenderId(), c.needsRoundId(), shapes(c), c.questions(), c.status().name(),
                c.status().label(), c.status() == org.commissioning.marketplace.participation.domain.ConsultationStatus.OPEN,
                c.openedBy(), c.openedAt(), c.closedAt(), responseCounts(List.of(c.id())).getOrDefault(c.id(), 0L), themes, c.version());
    }

    private static ResponseView view(Consultation c, ConsultationResponse r) {
        List<String> questions = c.questions();
        List<String> given = r.answers();
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String a = i < given.size() ? given.get(i) : "";
            if (!a.isEmpty()) {
                answers.add(new Answer(questions.get(i), a));
            }
        }
        List<String> themes = c.themes().stream().filter(t -> r.themeIds().contains(t.id())).map(ConsultationTheme::name).toList();
        return new ResponseView(r.id(), r.respondent().name(), r.respondent().label(), answers, themes, r.recordedBy(), r.recordedAt());
    }
}
