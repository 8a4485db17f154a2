package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

/** A pass/fail gate every bidder must pass, such as "no Ofsted judgement of inadequate". */
@Entity
@Table(name = "selection_question")
public class SelectionQuestion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tender_id")
    private Tender tender;

    private int position;

    private String question;

    private String guidance;

    protected SelectionQuestion() {
    }

    SelectionQuestion(Tender tender, int position, String question, String guidance) {
        this.tender = tender;
        this.position = position;
        revise(question, guidance);
    }

    void revise(String question, String guidance) {
        if (question == null || question.isBlank() || question.length() > 500) {
            throw InvalidInputException.of("question", "Enter the pass or fail question, at most 500 characters.");
        }
        this.question = question.strip();
        this.guidance = guidance == null || guidance.isBlank() ? null : guidance.strip();
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String question() {
        return question;
    }

    public String guidance() {
        return guidance;
    }
}
