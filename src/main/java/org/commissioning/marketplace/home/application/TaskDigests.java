package org.commissioning.marketplace.home.application;

import org.commissioning.marketplace.shared.application.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.application.Task;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The morning email of what waits for each person: from 07:00 UK time, once a day, to everyone who
 * has not turned it off and has something waiting (nobody gets an empty list). The task_digest table
 * makes it once per person and day across a cluster: the instance whose INSERT IGNORE claims the day
 * sends it.
 */
@ApplicationScoped
public class TaskDigests {

    /** When the morning email goes, UK time. */
    public static final LocalTime MORNING = LocalTime.of(7, 0);

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TaskList tasks;

    @Inject
    Mailbox mailbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    PublicAddress publicAddress;

    /** Today's emails, once the morning has come in the UK. Returns how many this call sent. */
    public int sendIfMorning() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(UkTime.ZONE));
        return now.toLocalTime().isBefore(MORNING) ? 0 : send(now.toLocalDate());
    }

    /**
     * The emails for one day: to each person with task emails on, who may sign in, holds a role with
     * tasks and has not had that day's decided yet. Returns how many were sent.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int send(LocalDate day) {
        List<String> people = em.createNativeQuery("SELECT a.username FROM account a JOIN organisation o ON o.id = a.organisation_id "
                        + "WHERE a.task_emails AND a.enabled AND a.password_hash <> '' AND o.status = 'ACTIVE' "
                        + "AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id "
                        + "AND r.role IN ('HUB_COMMISSIONER', 'COUNCIL_COMMISSIONER', 'PROVIDER_USER')) "
                        + "AND NOT EXISTS (SELECT 1 FROM task_digest d WHERE d.account_id = a.id AND d.digest_day = ?) ORDER BY a.id")
                .setParameter(1, day).getResultList();
        Instant now = Instant.now(clock);
        int sent = 0;
        for (String username : people) {
            Caller person = parties.callerFor(username).orElse(null);
            if (person == null) {
                continue;
            }
            List<Task> waiting = tasks.of(person);
            int claimed = em.createNativeQuery("INSERT IGNORE INTO task_digest (account_id, digest_day, sent_at, tasks) VALUES (?, ?, ?, ?)")
                    .setParameter(1, person.accountId()).setParameter(2, day).setParameter(3, InstantConverter.column(now))
                    .setParameter(4, waiting.size()).executeUpdate();
            if (claimed == 0 || waiting.isEmpty()) {
                continue;
            }
            mailbox.queue(List.of(username), subject(day, waiting.size()), body(person, waiting));
            audit.recordAs(AuditTrail.SYSTEM, person.organisationId(), "tasks.digest-sent", "account", person.accountId(),
                    waiting.size() + " waiting");
            sent++;
        }
        return sent;
    }

    public static String subject(LocalDate day, int count) {
        return "What waits for you on " + UkTime.date(day) + ": " + count + (count == 1 ? " thing" : " things") + " to do";
    }

    private String body(Caller person, List<Task> waiting) {
        return "Good morning. This waits for you in the marketplace, soonest first:\n\n"
                + waiting.stream().map(t -> "- " + t.text() + (t.due() == null ? "" : " (by " + UkTime.format(t.due()) + ")")
                        + "\n  " + publicAddress.of(t.link())).collect(Collectors.joining("\n"))
                + "\n\nThe same list is on your home page. To stop these emails, turn them off on the "
                + "\"Your account\" page: " + publicAddress.of("account.xhtml") + "\n\nSent to " + person.username() + " for "
                + person.organisationName() + ".\n";
    }
}
