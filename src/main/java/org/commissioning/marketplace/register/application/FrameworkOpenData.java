package org.commissioning.marketplace.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.evaluation.application.AwardService;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.domain.NotFoundException;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Each framework (regional framework, open framework or dynamic market) as an OCDS contracting
 * process: the releases published for it (every tender notice, the contract award notice, and the
 * contract details of the live agreement), in bulk a page of tenders at a time, and as a record
 * with the compiled release. Only what was published as a notice: nothing from sealed bids.
 */
@ApplicationScoped
public class FrameworkOpenData {

    @PersistenceContext
    EntityManager em;

    @Inject
    AwardService awards;

    @Inject
    java.time.Clock clock;

    /** A page of published tenders (oldest first), all their releases in one package. */
    @Transactional
    @SuppressWarnings("unchecked")
    public JsonObject releasePackage(PageRequest page, String uri) {
        // Every framework that published a notice, and every one with an agreement (the demo's is loaded without notices).
        List<Number> tenders = em.createNativeQuery("SELECT t.id FROM tender t WHERE EXISTS (SELECT 1 FROM tender_notice n "
                + "WHERE n.tender_id = t.id) OR EXISTS (SELECT 1 FROM framework_agreement fa WHERE fa.tender_id = t.id) ORDER BY t.id LIMIT "
                + page.size() + " OFFSET " + page.offset()).getResultList();
        List<JsonObject> releases = new ArrayList<>();
        tenders.forEach(t -> releases.addAll(releases(t.longValue())));
        return OcdsRecords.releasePackage(uri, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString(), releases);
    }

    /** One framework's record: its releases and the compiled release. */
    @Transactional
    public JsonObject recordPackage(long tenderId, String uri) {
        List<JsonObject> releases = releases(tenderId);
        if (releases.isEmpty()) {
            throw new NotFoundException("Tender " + tenderId + " has published nothing yet.");
        }
        return OcdsRecords.recordPackage(uri, releases);
    }

    /** Every release published for the tender, oldest first. */
    @SuppressWarnings("unchecked")
    List<JsonObject> releases(long tenderId) {
        List<JsonObject> releases = new ArrayList<>();
        List<String> notices = em.createNativeQuery("SELECT n.ocds_release FROM tender_notice n WHERE n.tender_id = ? ORDER BY n.id")
                .setParameter(1, tenderId).getResultList();
        notices.forEach(n -> releases.add(parse(n)));
        List<String> award = em.createNativeQuery("SELECT a.ocds_release FROM award a WHERE a.tender_id = ? AND a.ocds_release IS NOT NULL")
                .setParameter(1, tenderId).getResultList();
        award.forEach(a -> releases.add(parse(a)));
        boolean agreement = !em.createNativeQuery("SELECT fa.id FROM framework_agreement fa WHERE fa.tender_id = ?")
                .setParameter(1, tenderId).getResultList().isEmpty();
        if (agreement) {
            releases.add(parse(awards.ocdsContract(tenderId)));
        }
        releases.sort(java.util.Comparator.comparing(r -> r.getString("date")));
        return releases;
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
