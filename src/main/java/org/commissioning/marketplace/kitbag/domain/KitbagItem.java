package org.commissioning.marketplace.kitbag.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item of the commissioners' kitbag: guidance or a tool a hub (or the platform, when it has no
 * hub) curates. It has one owner who keeps it reviewed: a review falls due every so many months
 * after the last, and publishing a new version counts as one. Every version is kept as published.
 */
@Entity
@Table(name = "kitbag_item")
public class KitbagItem {

    /** Longest text of an item, in characters (a long guide; attachments come as files). */
    public static final int MAX_BODY = 60_000;
    /** The review intervals an owner may choose, in months. */
    public static final List<Integer> REVIEW_INTERVALS = List.of(3, 6, 12, 24);
    /** How long before its review is due an item shows as due soon, and its owner is reminded. */
    public static final int REMIND_DAYS_BEFORE = 30;

    /** Where an item stands with its review. */
    public enum ReviewState {
        REVIEWED("Reviewed"), DUE_SOON("Review due soon"), OVERDUE("Review overdue");

        private final String label;

        ReviewState(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What a curator writes: the item's kind, words, stages and how often it is reviewed. */
    public record Content(KitbagCategory category, String title, String summary, String body, Set<CommissioningStage> stages,
                          Integer reviewEveryMonths) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "hub_id")
    private Long hubId;
    @Enumerated(EnumType.STRING)
    private KitbagCategory category;
    @Enumerated(EnumType.STRING)
    private ItemStatus status;
    private String title;
    private String summary;
    private String body;
    private String owner;
    @Column(name = "current_version")
    private int currentVersion;
    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;
    @Column(name = "review_every_months")
    private int reviewEveryMonths;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kitbag_item_stage", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stage")
    private Set<CommissioningStage> stages = EnumSet.noneOf(CommissioningStage.class);

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    @OrderBy("number DESC")
    private List<KitbagVersion> versions = new ArrayList<>();

    protected KitbagItem() {
    }

    /** A new item, version 1, owned by whoever publishes it and reviewed as of today. {@code hubId} null: the platform's. */
    public static KitbagItem publish(Long hubId, Content content, String owner, LocalDate today, Instant now) {
        check(content);
        KitbagItem item = new KitbagItem();
        item.hubId = hubId;
        item.status = ItemStatus.CURRENT;
        item.owner = owner;
        item.createdAt = now;
        item.apply(content, "First version.", owner, today, now);
        return item;
    }

    /** A new version of a current item: its words, kind, stages or review interval change, and it counts as reviewed today. */
    public void revise(Content content, String changeNote, String by, LocalDate today, Instant now) {
        requireCurrent("revised");
        check(content);
        if (changeNote == null || changeNote.isBlank() || changeNote.strip().length() > 500) {
            throw InvalidInputException.of("changeNote", "Say what changed in this version, at most 500 characters.");
        }
        apply(content, changeNote, by, today, now);
    }

    /** The owner or a curator confirms the item is still right: the next review falls due from today. */
    public void markReviewed(LocalDate today, Instant now) {
        requireCurrent("reviewed");
        lastReviewedOn = today;
        updatedAt = now;
    }

    /** Someone else keeps it from now on (a colleague taking over, or a curator's choice). */
    public void handTo(String newOwner, Instant now) {
        if (newOwner == null || newOwner.isBlank()) {
            throw InvalidInputException.of("owner", "Choose who keeps this item from now on.");
        }
        owner = newOwner;
        updatedAt = now;
    }

    /** Withdrawn (no longer offered, kept for those who used it) or restored. */
    public void changeStatus(ItemStatus target, Instant now) {
        if (target == null) {
            throw InvalidInputException.of("status", "Choose CURRENT or WITHDRAWN.");
        }
        status = status.moveTo(target);
        updatedAt = now;
    }

    private void requireCurrent(String what) {
        if (status != ItemStatus.CURRENT) {
            throw new ConflictException("\"" + title + "\" is withdrawn: restore it before it is " + what + ".");
        }
    }

    private void apply(Content content, String changeNote, String by, LocalDate today, Instant now) {
        category = content.category();
        title = content.title().strip();
        summary = content.summary().strip();
        body = content.body().strip();
        stages = EnumSet.copyOf(content.stages());
        reviewEveryMonths = content.reviewEveryMonths();
        currentVersion++;
        lastReviewedOn = today;
        updatedAt = now;
        versions.add(0, new KitbagVersion(currentVersion, title, summary, body, changeNote.strip(), by, now));
    }

    /** Every field a curator got wrong, named, at once. */
    static void check(Content c) {
        if (c == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.category() == null) {
            errors.put("category", "Choose what kind of item this is.");
        }
        if (c.title() == null || c.title().isBlank() || c.title().strip().length() > 200) {
            errors.put("title", "Enter the title, at most 200 characters.");
        }
        if (c.summary() == null || c.summary().isBlank() || c.summary().strip().length() > 500) {
            errors.put("summary", "Say in a sentence or two what it is for, at most 500 characters.");
        }
        if (c.body() == null || c.body().isBlank() || c.body().strip().length() > MAX_BODY) {
            errors.put("text", "Write the guidance itself, at most " + String.format("%,d", MAX_BODY) + " characters.");
        }
        if (c.stages() == null || c.stages().isEmpty() || c.stages().stream().anyMatch(java.util.Objects::isNull)) {
            errors.put("stages", "Choose at least one stage of commissioning it helps with.");
        }
        if (c.reviewEveryMonths() == null || !REVIEW_INTERVALS.contains(c.reviewEveryMonths())) {
            errors.put("reviewEveryMonths", "Choose how often it is reviewed: every 3, 6, 12 or 24 months.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The day the next review falls due. */
    public LocalDate reviewDue() {
        return lastReviewedOn.plusMonths(reviewEveryMonths);
    }

    public ReviewState reviewState(LocalDate today) {
        LocalDate due = reviewDue();
        if (!today.isBefore(due)) {
            return ReviewState.OVERDUE;
        }
        return today.isBefore(due.minusDays(REMIND_DAYS_BEFORE)) ? ReviewState.REVIEWED : ReviewState.DUE_SOON;
    }

    public Long id() {
        return id;
    }

    /** Null for the platform's own items. */
    public Long hubId() {
        return hubId;
    }

    public KitbagCategory category() {
        return category;
    }

    public ItemStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String owner() {
        return owner;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public LocalDate lastReviewedOn() {
        return lastReviewedOn;
    }

    public int reviewEveryMonths() {
        return reviewEveryMonths;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** In the cycle's order. */
    public List<CommissioningStage> stages() {
        return stages.stream().sorted().toList();
    }

    /** Newest first. */
    public List<KitbagVersion> versions() {
        return List.copyOf(versions);
    }
}
