package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;

/** An award criterion of a lot with its weight (%); quality questions carry maximum marks and guidance. */
@Entity
@Table(name = "award_criterion")
public class AwardCriterion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lot_id")
    private Lot lot;

    private int position;

    @Enumerated(EnumType.STRING)
    private CriterionKind kind;

    private String title;

    private int weight;

    @Column(name = "max_marks")
    private Integer maxMarks;

    private String guidance;

    protected AwardCriterion() {
    }

    AwardCriterion(Lot lot, int position, CriterionKind kind, String title, Integer weight, Integer maxMarks,
                   String guidance) {
        this.lot = lot;
        this.position = position;
        revise(kind, title, weight, maxMarks, guidance);
    }

    void revise(CriterionKind kind, String title, Integer weight, Integer maxMarks, String guidance) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Select what the criterion scores: quality, price or social value.");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.put("title", "Enter the criterion, for example the quality question, at most 200 characters.");
        }
        if (weight == null || weight < 1 || weight > 100) {
            errors.put("weight", "Enter the weight as a whole percentage from 1 to 100.");
        }
        if (kind == CriterionKind.QUALITY && (maxMarks == null || maxMarks < 1 || maxMarks > 100)) {
            errors.put("maxMarks", "Enter the maximum marks for the quality question, from 1 to 100.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.kind = kind;
        this.title = title.strip();
        this.weight = weight;
        this.maxMarks = kind == CriterionKind.QUALITY ? maxMarks : null;
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

    public CriterionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public int weight() {
        return weight;
    }

    public Integer maxMarks() {
        return maxMarks;
    }

    public String guidance() {
        return guidance;
    }
}
