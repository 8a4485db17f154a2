package org.commissioning.marketplace.home.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.home.application.TaskDigests;
import org.commissioning.marketplace.shared.api.TestSupportGate;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Sends the morning emails of tasks for a day now, whatever the time, for the integration tests
 * (a day of their own, so the server's own schedule never claims it first). Answers 404 unless
 * marketplace.test-support=true (production never sets it), and only to administrators.
 */
@Path("test-support/task-digests")
@Produces(MediaType.APPLICATION_JSON)
public class TaskDigestTestSupport {

    @Inject
    TaskDigests digests;

    @Inject
    TestSupportGate gate;

    @POST
    @Operation(hidden = true)
    public Map<String, Integer> send(@QueryParam("day") String day) {
        gate.open();
        try {
            return Map.of("sent", digests.send(LocalDate.parse(day)));
        } catch (NullPointerException | DateTimeParseException e) {
            throw InvalidInputException.of("day", "Give the day as year-month-day, like 2031-05-06.");
        }
    }
}
