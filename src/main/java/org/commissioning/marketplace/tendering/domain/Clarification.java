package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;

/**
 * Aggregate root: a provider's clarification question on a tender and the hub's answer. Once
 * answered, question and answer are published to every interested provider without saying who
 * asked; until then only the asking provider and the hub see it.
 */
@Entity
@Table(name = "clarification")
public class Clarification {
    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tender_id")
    private Long tenderId;

    @Column(name = "provider_id")
    private Long providerId;

    private String question;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Column(name = "asked_by")
    private String askedBy;

    private String answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Version
    private long version;

    protected Clarification() {
    }

    /** Asked before the clarification deadline of a published tender, or refused. */
    public static Clarification ask(Tender tender, long providerId, String question, String askedBy, Instant now) {
        if (!tender.acceptsClarificationQuestionsAt(now)) {
            throw new ConflictException("The clarification deadline for this tender has passed, or it is not open for questions.");
        }
        if (question == null || question.isBlank() || question.length() > MAX_LENGTH) {
            throw InvalidInputException.of("question", "Enter your question, at most " + MAX_LENGTH + " characters.");
        }
        Clarification c = new Clarification();
        c.tenderId = tender.id();
        c.providerId = providerId;
        c.question = question.strip();
        c.askedBy = askedBy;
        c.askedAt = now;
        return c;
    }

    public void answer(String text, String by, Instant now) {
        if (answeredAt != null) {
            throw new ConflictException("This question has been answered and published already.");
        }
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw InvalidInputException.of("answer", "Enter the answer, at most " + MAX_LENGTH + " characters.");
        }
        answer = text.strip();
        answeredBy = by;
        answeredAt = now;
    }

    public boolean isPublished() {
        return answeredAt != null;
    }

    public Long id() {
        return id;
    }

    public long tenderId() {
        return tenderId;
    }

    public long providerId() {
        return providerId;
    }

    public String question() {
        return question;
    }

    public Instant askedAt() {
        return askedAt;
    }

    public String answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
