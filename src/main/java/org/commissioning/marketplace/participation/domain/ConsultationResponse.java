package org.commissioning.marketplace.participation.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
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
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one young person, family member or carer said, recorded by the commissioner at a session:
 * an answer to each question (sealed at rest, never shown beyond the hub) and the themes it
 * bears on. Nobody is named.
 */
@Entity
@Table(name = "consultation_response")
public class ConsultationResponse {
    public static final int MAX_ANSWER = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Enumerated(EnumType.STRING)
    private Respondent respondent;

    /** The answers, in question order, as a JSON array of strings. */
    private String answers;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_response_theme", joinColumns = @JoinColumn(name = "response_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new HashSet<>();

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ConsultationResponse() {
    }

    /** Recorded while the consultation is open: at least one answer, each within bounds, themes of this consultation. */
    public static ConsultationResponse record(Consultation consultation, Respondent respondent, List<String> answers,
                                              Set<Long> themeIds, String by, Instant now) {
        consultation.requireOpen();
        Map<String, String> errors = new LinkedHashMap<>();
        if (respondent == null) {
            errors.put("respondent", "Say whether a young person, a family member or a carer said this.");
        }
        int questions = consultation.questions().size();
        List<String> given = answers == null ? List.of() : answers.stream().map(a -> a == null ? "" : a.strip()).toList();
        if (given.size() > questions) {
            errors.put("answers", "There are " + questions + " questions; " + given.size() + " answers were given.");
        } else if (given.stream().allMatch(String::isEmpty)) {
            errors.put("answers", "Write down the answer to at least one question.");
        } else if (given.stream().anyMatch(a -> a.length() > MAX_ANSWER)) {
            errors.put("answers", "Keep each answer to " + MAX_ANSWER + " characters or fewer.");
        }
        Set<Long> themes = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        for (Long theme : themes) {
            if (consultation.themes().stream().noneMatch(t -> theme.equals(t.id()))) {
                errors.put("themeIds", "Theme " + theme + " is not one of this consultation's themes.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ConsultationResponse r = new ConsultationResponse();
        r.consultationId = consultation.id();
        r.respondent = respondent;
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < questions; i++) {
            array.add(i < given.size() ? given.get(i) : "");
        }
        r.answers = array.build().toString();
        r.themeIds = new HashSet<>(themes);
        r.recordedBy = by;
        r.recordedAt = now;
        return r;
    }

    /** Tags the response with a theme drawn up after it was recorded. */
    public void tag(ConsultationTheme theme) {
        themeIds.add(theme.id());
    }

    public Long id() {
        return id;
    }

    public Long consultationId() {
        return consultationId;
    }

    public Respondent respondent() {
        return respondent;
    }

    public List<String> answers() {
        try (var reader = Json.createReader(new StringReader(answers))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public Set<Long> themeIds() {
        return Set.copyOf(themeIds);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
