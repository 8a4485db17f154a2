package org.commissioning.marketplace.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.evaluation.application.AdmissionService;
import org.commissioning.marketplace.evaluation.application.AdmissionService.ApplicationView;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The applications section of evaluator/tender.xhtml: the applications to join a dynamic market on
 * the lots the evaluator is assigned to, each assessed with a declared conflict of interest or a
 * view on the conditions of participation and its reasons.
 */
@Named
@ViewScoped
public class ApplicationAssessmentBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AdmissionService admissions;

    private List<ApplicationView> applications;
    private final Map<Long, Boolean> conflicts = new HashMap<>();
    private final Map<Long, String> conflictDetails = new HashMap<>();
    private final Map<Long, Boolean> meets = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    /** The applications to assess on the tender (read once a view); empty for anyone who assesses none. */
    public List<ApplicationView> applications(Long tenderId) {
        if (applications == null) {
            try {
                applications = tenderId == null ? List.of() : admissions.toAssess(tenderId);
            } catch (DomainException e) {
                applications = List.of();
            }
        }
        return applications;
    }

    public void assess(Long tenderId, ApplicationView application) {
        long id = application.id();
        Forms.attempt(() -> admissions.assess(tenderId, id, Boolean.TRUE.equals(conflicts.get(id)), conflictDetails.get(id),
                        meets.get(id), reasons.get(id)), "assessments",
                "Your assessment of " + application.providerName() + "'s application is saved.",
                "/evaluator/tender.xhtml?tender=" + tenderId + "#applications-heading");
    }

    public Map<Long, Boolean> getConflicts() {
        return conflicts;
    }

    public Map<Long, String> getConflictDetails() {
        return conflictDetails;
    }

    public Map<Long, Boolean> getMeets() {
        return meets;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
