package org.commissioning.marketplace.participation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregate root: a hub's consultation with young people and families on a tender or a needs round
 * ("what matters to you in a foster home?"): its questions, its lifecycle ({@link ConsultationStatus})
 * and the themes drawn from what was said, each with what it changed once decided.
 */
@Entity
@Table(name = "consultation")
public class Consultation {
    public static final int MAX_TITLE = 200;
    public static final int MAX_QUESTIONS = 10;
    public static final int MAX_QUESTION = 300;
    public static final int MAX_THEME_NAME = 120;
    public static final int MAX_THEME_TEXT = 1000;

    /** What a hub opens a consultation with: the tender or needs round it shapes, and one question per line. */
    public record Plan(String title, Long tenderId, Long needsRoundId, String questions) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hub_id")
    private long hubId;

    @Column(name = "tender_id")
    private Long tenderId;

    @Column(name = "needs_round_id")
    private Long needsRoundId;

    private String title;

    private String questions;

    @Enumerated(EnumType.STRING)
    private ConsultationStatus status;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "consultation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ConsultationTheme> themes = new ArrayList<>();

    @Version
    private long version;

    protected Consultation() {
    }

    /** Opens a consultation, naming every wrong field at once. */
    public static Consultation open(long hubId, Plan plan, String by, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        String title = plan.title() == null ? "" : plan.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            errors.put("title", "Enter what the consultation is about, at most " + MAX_TITLE + " characters.");
        }
        if (plan.tenderId() == null && plan.needsRoundId() == null) {
            errors.put("tenderId", "Choose the tender (or the needs round) the consultation is to shape.");
        }
        List<String> questions = lines(plan.questions());
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            errors.put("questions", "Enter between 1 and " + MAX_QUESTIONS + " questions, one on each line.");
        } else if (questions.stream().anyMatch(q -> q.length() > MAX_QUESTION)) {
            errors.put("questions", "Keep each question to " + MAX_QUESTION + " characters or fewer.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Consultation c = new Consultation();
        c.hubId = hubId;
        c.tenderId = plan.tenderId();
        c.needsRoundId = plan.needsRoundId();
        c.title = title;
        c.questions = String.join("\n", questions);
        c.status = ConsultationStatus.OPEN;
        c.openedBy = by;
        c.openedAt = now;
        return c;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public void close(Instant now) {
        status = status.moveTo(ConsultationStatus.CLOSED);
        closedAt = now;
    }

    /** Responses are recorded only while the consultation is open. */
    public void requireOpen() {
        if (status != ConsultationStatus.OPEN) {
            throw new ConflictException("This consultation is closed: no more responses can be recorded.");
        }
    }

    public ConsultationTheme addTheme(String name, String youSaid) {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        String said = youSaid == null ? "" : youSaid.strip();
        if (n.isEmpty() || n.length() > MAX_THEME_NAME) {
            errors.put("name", "Name the theme in at most " + MAX_THEME_NAME + " characters.");
        } else if (themes.stream().anyMatch(t -> t.name().equalsIgnoreCase(n))) {
            errors.put("name", "There is a theme called " + n + " already.");
        }
        if (said.isEmpty() || said.length() > MAX_THEME_TEXT) {
            errors.put("youSaid", "Say in at most " + MAX_THEME_TEXT + " characters what young people and families said.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ConsultationTheme theme = new ConsultationTheme(this, n, said);
        themes.add(theme);
        return theme;
    }

    /** Records what a theme changed in the tender ("we did"); it can be put better later. */
    public ConsultationTheme decide(long themeId, ChangeKind kind, String weDid, String by, Instant now) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("changeKind", "Choose what the theme changed: a lot, an award criterion, the specification, or nothing.");
        }
        String did = weDid == null ? "" : weDid.strip();
        if (did.isEmpty() || did.length() > MAX_THEME_TEXT) {
            errors.put("weDid", "Say in at most " + MAX_THEME_TEXT + " characters what was done"
                    + (kind == ChangeKind.NO_CHANGE ? ", or why nothing changed." : "."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ConsultationTheme theme = theme(themeId);
        theme.decide(kind, did, by, now);
        return theme;
    }

    public ConsultationTheme theme(long themeId) {
        return themes.stream().filter(t -> t.id() != null && t.id() == themeId).findFirst()
                .orElseThrow(() -> new NotFoundException("This consultation has no theme " + themeId + "."));
    }

    public Long id() {
        return id;
    }

    public long hubId() {
        return hubId;
    }

    public Long tenderId() {
        return tenderId;
    }

    public Long needsRoundId() {
        return needsRoundId;
    }

    public String title() {
        return title;
    }

    public List<String> questions() {
        return lines(questions);
    }

    public ConsultationStatus status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public List<ConsultationTheme> themes() {
        return List.copyOf(themes);
    }

    public long version() {
        return version;
    }
}
