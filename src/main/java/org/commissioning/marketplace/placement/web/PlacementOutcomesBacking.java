package org.commissioning.marketplace.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.OutcomeService;
import org.commissioning.marketplace.placement.application.OutcomeService.Reviews;
import org.commissioning.marketplace.placement.domain.OutcomeReview;
import org.commissioning.marketplace.placement.domain.OutcomeReview.GoalProgress;
import org.commissioning.marketplace.placement.domain.OutcomeReview.ReviewPoint;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.time.LocalDate;

/** The outcomes section of council/placement.xhtml: when the next review is due, the reviews, and the form for one. */
@Named
@ViewScoped
public class PlacementOutcomesBacking implements Serializable {

    @Inject
    OutcomeService outcomes;

    @Inject
    PlacementBacking placement;

    private Reviews reviews;
    private ReviewPoint point;
    private LocalDate reviewedOn;
    private Integer movesSinceLast;
    private Boolean onSchoolRoll;
    private Integer attendancePct;
    private Boolean healthCurrent;
    private Integer sdqScore;
    private GoalProgress goals;
    private String notes;

    public Reviews getReviews() {
        if (reviews == null && placement.getId() != null) {
            try {
                reviews = outcomes.forPlacement(placement.getId());
            } catch (DomainException e) {
                reviews = new Reviews(placement.getId(), null, false, java.util.List.of());
            }
        }
        return reviews;
    }

    public void record() {
        Forms.attempt(() -> outcomes.record(placement.getId(), new OutcomeReview.Details(point, reviewedOn, movesSinceLast, onSchoolRoll,
                attendancePct, healthCurrent, sdqScore, goals, notes)), "outcome", "The outcome review is recorded.",
                "/council/placement.xhtml?id=" + placement.getId() + "#outcomes");
    }

    public ReviewPoint[] getPoints() {
        return ReviewPoint.values();
    }

    public GoalProgress[] getGoalOptions() {
        return GoalProgress.values();
    }

    public ReviewPoint getPoint() {
        return point;
    }

    public void setPoint(ReviewPoint point) {
        this.point = point;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public void setReviewedOn(LocalDate reviewedOn) {
        this.reviewedOn = reviewedOn;
    }

    public Integer getMovesSinceLast() {
        return movesSinceLast;
    }

    public void setMovesSinceLast(Integer movesSinceLast) {
        this.movesSinceLast = movesSinceLast;
    }

    public Boolean getOnSchoolRoll() {
        return onSchoolRoll;
    }

    public void setOnSchoolRoll(Boolean onSchoolRoll) {
        this.onSchoolRoll = onSchoolRoll;
    }

    public Integer getAttendancePct() {
        return attendancePct;
    }

    public void setAttendancePct(Integer attendancePct) {
        this.attendancePct = attendancePct;
    }

    public Boolean getHealthCurrent() {
        return healthCurrent;
    }

    public void setHealthCurrent(Boolean healthCurrent) {
        this.healthCurrent = healthCurrent;
    }

    public Integer getSdqScore() {
        return sdqScore;
    }

    public void setSdqScore(Integer sdqScore) {
        this.sdqScore = sdqScore;
    }

    public GoalProgress getGoals() {
        return goals;
    }

    public void setGoals(GoalProgress goals) {
        this.goals = goals;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
