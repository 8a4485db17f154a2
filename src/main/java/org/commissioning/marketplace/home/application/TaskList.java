package org.commissioning.marketplace.home.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commissioning.marketplace.kitbag.application.KitbagService;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.OutcomeService;
import org.commissioning.marketplace.shared.application.Task;
import org.commissioning.marketplace.tendering.application.TenderEngagementService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What waits for a person, soonest deadline first, then those without one: a hub commissioner's
 * unanswered questions and missing declarations, a council's open needs rounds and offers to
 * decide, safeguarding concerns from children's feedback and overdue outcome reviews, a provider's referrals to answer, the kitbag items a curator owns whose review is due. Each capability says what waits in it for the roles
 * the person holds; the home page and the morning email both read this list.
 */
@ApplicationScoped
public class TaskList {

    @Inject
    TenderEngagementService tendering;

    @Inject
    NeedsService needs;

    @Inject
    CallOffService callOffs;

    @Inject
    FeedbackService feedback;

    @Inject
    OutcomeService outcomes;

    @Inject
    KitbagService kitbag;

    public List<Task> of(Caller person) {
        List<Task> all = new ArrayList<>();
        all.addAll(tendering.hubTasks(person));
        all.addAll(needs.councilTasks(person));
        all.addAll(callOffs.tasks(person));
        all.addAll(feedback.tasks(person));
        all.addAll(outcomes.tasks(person));
        all.addAll(kitbag.tasks(person));
        all.sort(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
        return List.copyOf(all);
    }
}
