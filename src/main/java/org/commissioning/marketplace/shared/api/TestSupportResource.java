package org.commissioning.marketplace.shared.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commissioning.marketplace.shared.infrastructure.ShiftableClock;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Moves the marketplace's clock, so tests can let deadlines pass. Answers 404 unless
 * marketplace.test-support=true (the integration tests set it; production never does), and only
 * to administrators.
 */
@Path("test-support/clock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TestSupportResource {

    /** The clock's current time and how far it is shifted from the real time. */
    public record ClockState(Instant now, long shiftSeconds) {
    }

    /** How far to move the clock, in seconds (negative moves it back). */
    public record Shift(Long seconds) {
    }

    @Inject
    TestSupportGate gate;

    @Inject
    ShiftableClock shiftable;

    @Inject
    Clock clock;

    @GET
    @Operation(hidden = true)
    public ClockState now() {
        guard();
        return state();
    }

    @PUT
    @Operation(hidden = true)
    public ClockState shift(Shift shift) {
        guard();
        shiftable.shift(Duration.ofSeconds(shift == null || shift.seconds() == null ? 0 : shift.seconds()));
        return state();
    }

    @DELETE
    @Operation(hidden = true)
    public ClockState reset() {
        guard();
        shiftable.reset();
        return state();
    }

    private void guard() {
        gate.open();
    }

    private ClockState state() {
        return new ClockState(Instant.now(clock), shiftable.shifted().toSeconds());
    }
}
