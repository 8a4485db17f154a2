package org.commissioning.marketplace.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.need.application.NeedsService;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.placement.application.CallOffService;
import org.commissioning.marketplace.shared.application.Task;
import org.commissioning.marketplace.tendering.application.TenderEngagementService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * WEB-INF/includes/tasks.xhtml: what waits for the signed-in person, soonest deadline first, then
 * those without one: a hub commissioner's unanswered questions and missing declarations, a council's
 * open needs rounds and offers to decide, a provider's referrals to answer.
 */
@Named
@RequestScoped
public class HomeTasks {

    @Inject
    PartyDirectory parties;

    @Inject
    TenderEngagementService tendering;

    @Inject
    NeedsService needs;

    @Inject
    CallOffService callOffs;

    private List<Task> tasks;

    public List<Task> getTasks() {
        if (tasks == null) {
            var caller = parties.require();
            List<Task> all = new ArrayList<>();
            if (caller.has(Role.HUB_COMMISSIONER)) {
                all.addAll(tendering.hubTasks());
            }
            if (caller.has(Role.COUNCIL_COMMISSIONER)) {
                all.addAll(needs.councilTasks());
                all.addAll(callOffs.tasks());
            }
            if (caller.has(Role.PROVIDER_USER)) {
                all.addAll(callOffs.tasks());
            }
            all.sort(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
            tasks = List.copyOf(all);
        }
        return tasks;
    }
}
