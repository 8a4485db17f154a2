package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.OfstedImport;
import org.commissioning.marketplace.party.domain.OfstedRecord;
import org.commissioning.marketplace.party.domain.ProviderSetting;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.Sha256;
import org.commissioning.marketplace.shared.domain.UkTime;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ofsted's published provider-level data, imported in bulk: each line's setting is found by its
 * URN; a newer judgement joins the setting's history (a drop raises the hub's alert as a
 * provider's own record would) and a changed registration status is kept with the one before. A
 * hub updates only the settings of the providers registered with it; a platform administrator
 * every setting. Lines for URNs not on the marketplace (most of Ofsted's file) are listed, not
 * refused; a malformed line refuses the whole file and nothing changes.
 */
@ApplicationScoped
public class OfstedDataService {

    /** The largest file taken: Ofsted's national file for children's social care is about 3 MB. */
    public static final int MAX_CHARS = 10_000_000;
    private static final int MAX_LISTED = 200;
    private static final int CHUNK = 1_000;
    public static final String SAMPLE = "/ofsted/childrens-social-care-providers-sample.csv";

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What one line changed in one setting. */
    public record Change(int line, String providerName, String settingName, String urn, String what, boolean drop) {
    }

    /** A line whose URN was left alone, and why. */
    public record Skipped(int line, String urn, String why) {
    }

    public record ImportResult(long id, Instant importedAt, String fileName, OfstedImport.Tally tally, List<Change> changes,
                               List<Skipped> skipped, boolean skippedListComplete) {
    }

    public record ImportSummary(long id, Instant importedAt, String importedBy, String fileName, String fileDigest,
                                OfstedImport.Tally tally) {
    }

    @Transactional
    public ImportResult importCsv(String fileName, String csv) {
        Account account = tenancy.requireRole(Role.HUB_COMMISSIONER, Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        Long hubId = account.has(Role.PLATFORM_ADMINISTRATOR) ? null : account.organisation().id();
        if (hubId != null && !(account.organisation() instanceof Hub)) {
            throw new org.commissioning.marketplace.shared.domain.AccessDeniedException("Only hubs import Ofsted's data.");
        }
        String name = fileName == null || fileName.isBlank() ? "ofsted.csv" : fileName.strip();
        if (name.length() > 200) {
            throw InvalidInputException.of("fileName", "The file name can be at most 200 characters.");
        }
        if (csv == null || csv.isBlank()) {
            throw InvalidInputException.of("file", "Choose Ofsted's CSV file to import.");
        }
        if (csv.length() > MAX_CHARS) {
            throw InvalidInputException.of("file", "The file is too large: at most 10 MB.");
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        List<OfstedRecord> records = OfstedCsv.parse(new StringReader(csv), today);
        Map<String, ProviderSetting> byUrn = settings(records);

        String by = account.username() + " (Ofsted data import)";
        List<Change> changes = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int matched = 0;
        int judgements = 0;
        int registrations = 0;
        int drops = 0;
        int unknown = 0;
        int otherHubs = 0;
        for (OfstedRecord record : records) {
            ProviderSetting setting = byUrn.get(record.urn());
            if (setting == null) {
                unknown++;
                skip(skipped, record, "No setting on the marketplace has this URN.");
                continue;
            }
            if (hubId != null && !hubId.equals(setting.provider().hub().id())) {
                otherHubs++;
                skip(skipped, record, "The setting's provider is registered with another hub; that hub or a platform administrator updates it.");
                continue;
            }
            matched++;
            ProviderSetting.OfstedUpdate update = setting.takeOfstedRecord(record, today, by, now);
            if (update.inspection() != null) {
                judgements++;
                em.persist(update.inspection());
                boolean drop = update.inspection().isDrop();
                drops += drop ? 1 : 0;
                String what = "Judgement " + update.inspection().judgement().label() + " on " + UkTime.date(record.inspectionDate())
                        + (update.inspection().previous() == null ? "" : " (before: " + update.inspection().previous().label() + ")");
                changes.add(new Change(record.line(), setting.provider().name(), setting.name(), setting.ofstedUrn(), what, drop));
                audit.record("provider.inspection-recorded", "provider-setting", setting.id(), setting.name() + ": "
                        + update.inspection().summary() + "; from Ofsted's published data, line " + record.line() + " of " + name);
            }
            if (update.registration() != null) {
                registrations++;
                em.persist(update.registration());
                String what = "Registration " + update.registration().previous().label() + " to " + update.registration().status().label();
                changes.add(new Change(record.line(), setting.provider().name(), setting.name(), setting.ofstedUrn(), what, false));
                audit.record("provider.registration-changed", "provider-setting", setting.id(), setting.name() + ": Ofsted registration "
                        + AuditTrail.change("status", update.registration().previous().label(), update.registration().status().label())
                        + "; from Ofsted's published data, line " + record.line() + " of " + name);
            }
        }
        OfstedImport.Tally tally = new OfstedImport.Tally(records.size(), matched, judgements, registrations, drops, unknown, otherHubs);
        OfstedImport row = new OfstedImport(hubId, name, Sha256.hex(csv.getBytes(StandardCharsets.UTF_8)), now, account.username(), tally);
        em.persist(row);
        em.flush();
        audit.record("ofsted.data-imported", "ofsted-import", row.id(), name + ": " + records.size() + " lines, " + matched
                + " settings matched, " + judgements + " judgements updated (" + drops + " drops), " + registrations
                + " registrations changed, " + unknown + " URNs not on the marketplace, " + otherHubs + " of other hubs' providers");
        return new ImportResult(row.id(), now, name, tally, changes, skipped, skipped.size() == unknown + otherHubs);
    }

    /** The caller's imports, newest first: a hub's own, or every import for a platform administrator. */
    @Transactional
    public List<ImportSummary> imports() {
        Account account = tenancy.requireRole(Role.HUB_COMMISSIONER, Role.ADMINISTRATOR, Role.PLATFORM_ADMINISTRATOR);
        var query = account.has(Role.PLATFORM_ADMINISTRATOR)
                ? em.createQuery("SELECT i FROM OfstedImport i ORDER BY i.id DESC", OfstedImport.class)
                : em.createQuery("SELECT i FROM OfstedImport i WHERE i.hubId = :h ORDER BY i.id DESC", OfstedImport.class)
                .setParameter("h", account.organisation().id());
        return query.setMaxResults(50).getResultList().stream().map(i -> new ImportSummary(i.id(), i.importedAt(), i.importedBy(),
                i.fileName(), i.fileDigest(), i.tally())).toList();
    }

    /** The sample file shipped with the marketplace, in Ofsted's layout, naming the demo providers' settings. */
    public static String sample() {
        try (java.io.InputStream in = OfstedDataService.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void skip(List<Skipped> skipped, OfstedRecord record, String why) {
        if (skipped.size() < MAX_LISTED) {
            skipped.add(new Skipped(record.line(), record.urn(), why));
        }
    }

    /** The settings the file's URNs name, with their providers, read a thousand URNs at a time. */
    private Map<String, ProviderSetting> settings(List<OfstedRecord> records) {
        Map<String, ProviderSetting> byUrn = new HashMap<>();
        List<String> urns = records.stream().map(OfstedRecord::urn).toList();
        for (int from = 0; from < urns.size(); from += CHUNK) {
            em.createQuery("SELECT s FROM ProviderSetting s JOIN FETCH s.provider WHERE s.ofstedUrn IN :urns", ProviderSetting.class)
                    .setParameter("urns", urns.subList(from, Math.min(urns.size(), from + CHUNK))).getResultList()
                    .forEach(s -> byUrn.put(s.ofstedUrn(), s));
        }
        return byUrn;
    }
}
