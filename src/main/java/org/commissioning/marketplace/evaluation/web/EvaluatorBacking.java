package org.commissioning.marketplace.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.evaluation.application.EvaluationService;
import org.commissioning.marketplace.evaluation.application.EvaluationService.Assigned;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.AnswerToScore;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.BidderRef;
import org.commissioning.marketplace.evaluation.application.EvaluationViews.EvaluatorWork;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * evaluator/home.xhtml and evaluator/tender.xhtml: the evaluator's tenders; on one, a declaration
 * for each bidder first, then each answer of their lots to score with a justification.
 */
@Named
@ViewScoped
public class EvaluatorBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EvaluationService evaluation;

    private Long tenderId;
    private List<Assigned> assigned = List.of();
    private EvaluatorWork work;
    private final Map<Long, Boolean> conflicts = new HashMap<>();
    private final Map<Long, String> details = new HashMap<>();
    private final Map<String, BigDecimal> scores = new HashMap<>();
    private final Map<String, String> justifications = new HashMap<>();

    public void loadHome() {
        try {
            assigned = evaluation.myAssignments();
        } catch (DomainException e) {
            Forms.report(e, "home");
        }
    }

    public void load() {
        if (tenderId == null) {
            Forms.redirect("/evaluator/home.xhtml");
            return;
        }
        try {
            work = evaluation.work(tenderId);
            work.answers().forEach(a -> {
                scores.put(key(a), a.myScore());
                justifications.put(key(a), a.myJustification());
            });
        } catch (DomainException e) {
            Forms.report(e, "declare");
        }
    }

    public static String key(AnswerToScore a) {
        return a.bidId() + "-" + a.lot() + "-" + a.criterionId();
    }

    private String here() {
        return "/evaluator/tender.xhtml?tender=" + tenderId;
    }

    public void declare(BidderRef bidder) {
        boolean conflicted = Boolean.TRUE.equals(conflicts.get(bidder.providerId()));
        Forms.attempt(() -> evaluation.declare(tenderId, bidder.providerId(), conflicted, details.get(bidder.providerId())),
                "declare", work != null && work.youngEvaluator()
                        ? (conflicted ? "Thank you: you told us you know " + bidder.name() + "." : "Thank you: you told us you do not know "
                        + bidder.name() + ".")
                        : conflicted ? "Your conflict with " + bidder.name() + " is recorded: you will not see its bid."
                        : "You declared no conflict with " + bidder.name() + ".", here());
    }

    public void score(AnswerToScore answer) {
        String key = key(answer);
        Forms.attempt(() -> evaluation.score(tenderId, answer.bidId(), answer.lot(), answer.criterionId(), scores.get(key),
                justifications.get(key)), "scoring", "Your score for " + answer.providerName() + ", " + answer.criterion()
                + " is saved.", here());
    }

    public Long getTenderId() {
        return tenderId;
    }

    public void setTenderId(Long tenderId) {
        this.tenderId = tenderId;
    }

    public List<Assigned> getAssigned() {
        return assigned;
    }

    public EvaluatorWork getWork() {
        return work;
    }

    public Map<Long, Boolean> getConflicts() {
        return conflicts;
    }

    public Map<Long, String> getDetails() {
        return details;
    }

    public Map<String, BigDecimal> getScores() {
        return scores;
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }
}
