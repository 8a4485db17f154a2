package org.commissioning.marketplace.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.home.application.TaskList;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.shared.application.Task;

import java.util.List;

/** WEB-INF/includes/tasks.xhtml: what waits for the signed-in person, soonest deadline first ({@link TaskList}). */
@Named
@RequestScoped
public class HomeTasks {

    @Inject
    PartyDirectory parties;

    @Inject
    TaskList taskList;

    private List<Task> tasks;

    public List<Task> getTasks() {
        if (tasks == null) {
            tasks = taskList.of(parties.require());
        }
        return tasks;
    }
}
