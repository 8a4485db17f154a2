package org.commissioning.marketplace.tendering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.tendering.domain.Tender;

import java.util.List;

/** Tells every user of every provider following a tender that it changed, by email (through the outbox). */
@ApplicationScoped
public class TenderFollowers {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    Mailbox mailbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public int tell(Tender tender, String what, String details) {
        List<Long> providers = em.createQuery("SELECT i.providerId FROM TenderInterest i WHERE i.tenderId = :t", Long.class)
                .setParameter("t", tender.id()).getResultList();
        List<String> recipients = providers.stream().flatMap(p -> parties.usernamesOf(p).stream()).distinct().toList();
        if (!recipients.isEmpty()) {
            mailbox.queue(recipients, tender.reference() + " " + tender.title() + ": " + what,
                    "Tender " + tender.reference() + " \"" + tender.title() + "\", which you follow, has changed.\n\n"
                            + details + "\n\nSign in to the Regional Commissioning Marketplace to see it.\n");
        }
        return recipients.size();
    }
}
