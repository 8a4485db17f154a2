package org.commissioning.marketplace.tendering.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.Money;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * A lot of a tender: a placement category, optionally narrowed to a sub-region and need level,
 * with its estimated volume and value from the pooled demand, and its award criteria. Part of
 * the tender aggregate.
 */
@Entity
@Table(name = "lot")
public class Lot {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tender_id")
    private Tender tender;

    private int number;

    private String title;

    @Enumerated(EnumType.STRING)
    private ServiceCategory category;

    @Column(name = "sub_region")
    private String subRegion;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_level")
    private NeedLevel needLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "price_formula")
    private PriceFormula priceFormula = PriceFormula.LOWEST_PRICE_RATIO;

    @Column(name = "estimated_placements")
    private long estimatedPlacements;

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "estimated_value"))
    private Money estimatedValue;

    @OneToMany(mappedBy = "lot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AwardCriterion> criteria = new ArrayList<>();

    protected Lot() {
    }

    Lot(Tender tender, int number, String title, ServiceCategory category, String subRegion, NeedLevel needLevel,
        long estimatedPlacements, Money estimatedValue) {
        this.tender = tender;
        this.number = number;
        revise(title, category, subRegion, needLevel, estimatedPlacements, estimatedValue);
    }

    /** A title someone starts with "Lot 2:" loses it: the number is always shown before the title. */
    private static final java.util.regex.Pattern NUMBER_PREFIX =
            java.util.regex.Pattern.compile("^\\s*lot\\s*\\d+\\s*[:.\\-\u2013]?\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);

    void revise(String title, ServiceCategory category, String subRegion, NeedLevel needLevel,
                long estimatedPlacements, Money estimatedValue) {
        String bare = title == null ? "" : NUMBER_PREFIX.matcher(title).replaceFirst("").strip();
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (bare.isEmpty() || bare.length() > 200) {
            errors.put("title", "Enter the lot's title, at most 200 characters (the lot's number is added for you).");
        }
        if (category == null) {
            errors.put("category", "Select the lot's placement category.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.title = bare;
        this.category = category;
        this.subRegion = subRegion == null || subRegion.isBlank() ? null : subRegion.strip();
        this.needLevel = needLevel;
        this.estimatedPlacements = estimatedPlacements;
        this.estimatedValue = estimatedValue;
    }

    boolean renumber(int newNumber) {
        boolean changed = number != newNumber;
        number = newNumber;
        return changed;
    }

    AwardCriterion addCriterion(CriterionKind kind, String title, Integer weight, Integer maxMarks, String guidance) {
        AwardCriterion c = new AwardCriterion(this, criteria.size() + 1, kind, title, weight, maxMarks, guidance);
        criteria.add(c);
        return c;
    }

    AwardCriterion criterion(long criterionId) {
        return criteria.stream().filter(c -> c.id() != null && c.id() == criterionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Lot " + number + " has no criterion " + criterionId + "."));
    }

    /** Removes a criterion; the ones after it move up. */
    void removeCriterion(long criterionId) {
        criteria.remove(criterion(criterionId));
        for (int i = 0; i < criteria.size(); i++) {
            criteria.get(i).moveTo(i + 1);
        }
    }

    public int totalWeight() {
        return criteria.stream().mapToInt(AwardCriterion::weight).sum();
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public ServiceCategory category() {
        return category;
    }

    public String subRegion() {
        return subRegion;
    }

    public PriceFormula priceFormula() {
        return priceFormula;
    }

    void priceBy(PriceFormula formula) {
        this.priceFormula = formula == null ? PriceFormula.LOWEST_PRICE_RATIO : formula;
    }

    public NeedLevel needLevel() {
        return needLevel;
    }

    public long estimatedPlacements() {
        return estimatedPlacements;
    }

    public Money estimatedValue() {
        return estimatedValue;
    }

    public List<AwardCriterion> criteria() {
        return List.copyOf(criteria);
    }
}
