package org.commissioning.marketplace.shared.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the marketplace's recurring work (deadlines, standstills, call-off windows, mail, the audit
 * seal, dashboards, digests) on the server's managed scheduled executor, on every instance. A
 * failed run is logged and the next one comes as usual: unlike EJB timers, which the server
 * expunges after two failed deliveries (as it did to five of them after a 30-second database
 * outage), a tick never stops until the application does.
 */
@ApplicationScoped
public class Ticker {

    private static final Logger LOG = Logger.getLogger(Ticker.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;

    private final List<ScheduledFuture<?>> running = new CopyOnWriteArrayList<>();

    /** Runs {@code work} every {@code period} (measured from the end of one run to the start of the next). */
    public void every(Duration period, String what, Runnable work) {
        long millis = period.toMillis();
        running.add(executor.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (Throwable t) {
                LOG.log(Level.WARNING, what + " failed; it will be tried again in " + period.toSeconds() + " s", t);
            }
        }, millis, millis, TimeUnit.MILLISECONDS));
    }

    @PreDestroy
    void stop() {
        running.forEach(f -> f.cancel(false));
    }
}
