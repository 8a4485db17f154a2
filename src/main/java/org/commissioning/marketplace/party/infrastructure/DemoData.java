package org.commissioning.marketplace.party.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Passwords;
import org.commissioning.marketplace.party.domain.Account;
import org.commissioning.marketplace.party.domain.Council;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.party.domain.Organisation;
import org.commissioning.marketplace.party.domain.Platform;
import org.commissioning.marketplace.party.domain.Provider;
import org.commissioning.marketplace.party.domain.ProviderType;
import org.commissioning.marketplace.party.domain.Region;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import static org.commissioning.marketplace.party.domain.OfstedJudgement.GOOD;
import static org.commissioning.marketplace.party.domain.OfstedJudgement.INADEQUATE;
import static org.commissioning.marketplace.party.domain.OfstedJudgement.NOT_YET_INSPECTED;
import static org.commissioning.marketplace.party.domain.OfstedJudgement.OUTSTANDING;
import static org.commissioning.marketplace.party.domain.OfstedJudgement.REQUIRES_IMPROVEMENT;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.ADOPTION;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.FOSTERING_EMERGENCY;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.FOSTERING_PARENT_AND_CHILD;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.FOSTERING_SPECIALIST;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.FOSTERING_STANDARD;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.RESIDENTIAL_EMERGENCY;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.RESIDENTIAL_SMALL_GROUP;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.RESIDENTIAL_SOLO;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.SPECIAL_SCHOOL_DAY;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.SPECIAL_SCHOOL_RESIDENTIAL;
import static org.commissioning.marketplace.shared.domain.ServiceCategory.SUPPORTED_ACCOMMODATION;

/**
 * Loads the demonstration data when {@code marketplace.demo-data=true} (the run command sets it):
 * two hubs of real councils, a dozen invented providers with Ofsted-registered settings, and one
 * account per role. Idempotent: it does nothing when the demo administrator exists, and a row lock
 * keeps two instances starting together from loading it twice. Councils themselves are reference
 * data, loaded by migration V2.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class DemoData {

    public static final String ADMIN = "admin@northwest-hub.example";
    public static final String PLATFORM_ADMIN = "platform.admin@marketplace.example";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "marketplace.demo-password")
    String password;

    private String passwordHash;

    private record Setting(String name, String urn, ServiceCategory category, OfstedJudgement judgement,
                           String district, int places) {
    }

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("SELECT id FROM region ORDER BY id LIMIT 1 FOR UPDATE").getResultList();
        boolean loaded = !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", ADMIN).getResultList().isEmpty();
        passwordHash = passwords.hash(password, "password");
        if (loaded) {
            addedSince(Instant.now(clock));
            LOG.info("Demo data is present already.");
            return;
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);

        Hub northWest = hub("North West Placements Hub", "E12000002", "E08000001",
                List.of("E08000002", "E08000003", "E08000004", "E08000005", "E08000006", "E08000007", "E08000010"),
                "commissioning@northwest-hub.example", now, today);
        Hub whiteRose = hub("White Rose Commissioning Hub", "E12000003", "E08000035",
                List.of("E08000032", "E08000033", "E08000034", "E08000036", "E06000014"),
                "commissioning@whiterose-hub.example", now, today);

        account(northWest, "hub.commissioner@northwest-hub.example", "Hannah Hughes", Role.HUB_COMMISSIONER, now);
        account(northWest, "second.commissioner@northwest-hub.example", "Imran Qureshi", Role.HUB_COMMISSIONER, now);
        account(northWest, "evaluator@northwest-hub.example", "Evie Marsh", Role.EVALUATOR, now);
        account(northWest, "young.evaluator@northwest-hub.example", "Jordan Ellis", Role.YOUNG_EVALUATOR, now);
        account(northWest, "auditor@northwest-hub.example", "Arthur Lowe", Role.AUDITOR, now);
        account(northWest, ADMIN, "Ada Brennan", Role.ADMINISTRATOR, now);
        account(whiteRose, "hub.commissioner@whiterose-hub.example", "Wendy Stead", Role.HUB_COMMISSIONER, now);
        account(council("E08000001"), "commissioner@bolton.example", "Callum Dean", Role.COUNCIL_COMMISSIONER, now);
        account(council("E08000001"), "evaluator@bolton.example", "Ruth Evans", Role.EVALUATOR, now);
        account(council("E08000003"), "commissioner@manchester.example", "Priya Nair", Role.COUNCIL_COMMISSIONER, now);
        account(council("E08000035"), "commissioner@leeds.example", "Lucy Barker", Role.COUNCIL_COMMISSIONER, now);

        provider(northWest, "Brightwater Fostering Ltd", ProviderType.PRIVATE, "09345121", null,
                "provider@brightwater.example", "Bethany Cole", now, today,
                new Setting("Brightwater Fostering North West", "SC481120", FOSTERING_STANDARD, GOOD, "BL1", 60),
                new Setting("Brightwater Therapeutic Fostering", "SC481121", FOSTERING_SPECIALIST, OUTSTANDING, "BL3", 18));
        provider(northWest, "Oakfield Children's Homes Ltd", ProviderType.PRIVATE, "08812344", null,
                "provider@oakfield.example", "Owen Pike", now, today,
                new Setting("Oakfield House", "SC502311", RESIDENTIAL_SMALL_GROUP, GOOD, "M20", 4),
                new Setting("Oakfield Lodge", "SC502312", RESIDENTIAL_SOLO, REQUIRES_IMPROVEMENT, "SK4", 1));
        provider(northWest, "Pennine Family Placements", ProviderType.VOLUNTARY, null, "1187342",
                "provider@pennine-families.example", "Fatima Khan", now, today,
                new Setting("Pennine Family Placements", "SC470982", FOSTERING_PARENT_AND_CHILD, OUTSTANDING, "OL1", 12),
                new Setting("Pennine Emergency Carers", "SC470983", FOSTERING_EMERGENCY, GOOD, "OL16", 8));
        provider(northWest, "Irwell Valley Adoption", ProviderType.VOLUNTARY, null, "1093456",
                "provider@irwell-adoption.example", "Gareth Rees", now, today,
                new Setting("Irwell Valley Adoption Agency", "SC399120", ADOPTION, OUTSTANDING, "M7", 30));
        provider(northWest, "Moorside Residential Care Ltd", ProviderType.PRIVATE, "10233419", null,
                "provider@moorside.example", "Kieran Walsh", now, today,
                new Setting("Moorside Cottage", "SC611045", RESIDENTIAL_SOLO, INADEQUATE, "WN5", 1),
                new Setting("Moorside Emergency Home", "SC611046", RESIDENTIAL_EMERGENCY, REQUIRES_IMPROVEMENT, "WN3", 2));
        provider(northWest, "Greenbank School Trust", ProviderType.VOLUNTARY, "07788123", "1156789",
                "provider@greenbank-school.example", "Mei Ling Chan", now, today,
                new Setting("Greenbank School", "135678", SPECIAL_SCHOOL_DAY, GOOD, "BL9", 60),
                new Setting("Greenbank Residential School", "135679", SPECIAL_SCHOOL_RESIDENTIAL, GOOD, "BL9", 24));
        provider(northWest, "Stockport Council Children's Homes", ProviderType.LOCAL_AUTHORITY, null, null,
                "provider@stockport-homes.example", "Neil Ashworth", now, today,
                new Setting("Heaton Road Home", "SC044512", RESIDENTIAL_SMALL_GROUP, OUTSTANDING, "SK4", 3));
        provider(northWest, "Horizon Supported Living Ltd", ProviderType.PRIVATE, "11890234", null,
                "provider@horizon-living.example", "Tara O'Neill", now, today,
                new Setting("Horizon House Salford", "SC720015", SUPPORTED_ACCOMMODATION, NOT_YET_INSPECTED, "M6", 8));
        provider(northWest, "Kestrel Fostering Ltd", ProviderType.PRIVATE, "12001876", null,
                "provider@kestrel-fostering.example", "Ravi Patel", now, today,
                new Setting("Kestrel Fostering", "SC498876", FOSTERING_STANDARD, REQUIRES_IMPROVEMENT, "WA1", 40));
        provider(northWest, "Ridgeway Schools Ltd", ProviderType.PRIVATE, "09988112", null,
                "provider@ridgeway-schools.example", "Sophie Grant", now, today,
                new Setting("Ridgeway Independent Special School", "136902", SPECIAL_SCHOOL_RESIDENTIAL, OUTSTANDING, "SK10", 40));
        provider(whiteRose, "Dales Fostering Partnership", ProviderType.VOLUNTARY, null, "1170021",
                "provider@dales-fostering.example", "Tom Holroyd", now, today,
                new Setting("Dales Fostering Partnership", "SC455901", FOSTERING_STANDARD, GOOD, "LS6", 50));
        provider(whiteRose, "Aire Valley Homes Ltd", ProviderType.PRIVATE, "10554321", null,
                "provider@airevalley-homes.example", "Jade Sutcliffe", now, today,
                new Setting("Aire Valley House", "SC633210", RESIDENTIAL_SMALL_GROUP, GOOD, "BD18", 4));

        // One registration waiting for the North West hub's decision.
        Provider pending = Provider.applyToJoin("Lantern Therapeutic Care Ltd", ProviderType.PRIVATE, "13456789", null,
                northWest, EnumSet.of(RESIDENTIAL_SOLO, FOSTERING_SPECIALIST), "provider@lantern-care.example", now);
        em.persist(pending);
        em.persist(new Account(pending, "provider@lantern-care.example", "Leo Fairclough", passwordHash,
                Set.of(Role.PROVIDER_USER), now));
        em.flush();
        addedSince(now);
        audit.recordAs(AuditTrail.SYSTEM, null, "demo-data.loaded", "demo-data", "v1",
                "2 hubs, 13 providers, 23 accounts");
        LOG.info("Demo data loaded: hubs, providers and one account per role (see README).");
    }

    /** Demo accounts added after the first demo data: loaded into older demo databases too. */
    private void addedSince(Instant now) {
        Hub whiteRose = em.createQuery("SELECT h FROM Hub h WHERE h.name = :n", Hub.class)
                .setParameter("n", "White Rose Commissioning Hub").getSingleResult();
        Platform platform = em.createQuery("SELECT p FROM Platform p", Platform.class).getSingleResult();
        ensure(platform, PLATFORM_ADMIN, "Pat Okafor", Role.PLATFORM_ADMINISTRATOR, now);
        ensure(whiteRose, "admin@whiterose-hub.example", "Wes Brook", Role.ADMINISTRATOR, now);
        ensure(whiteRose, "auditor@whiterose-hub.example", "Rose Ackroyd", Role.AUDITOR, now);
        em.flush();
    }

    private void ensure(Organisation org, String username, String name, Role role, Instant now) {
        boolean present = !em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty();
        if (!present) {
            account(org, username, name, role, now);
        }
    }

    private Hub hub(String name, String regionCode, String leadCode, List<String> memberCodes, String email,
                    Instant now, LocalDate today) {
        Region region = em.createQuery("SELECT r FROM Region r WHERE r.code = :c", Region.class)
                .setParameter("c", regionCode).getSingleResult();
        Hub hub = new Hub(name, region, council(leadCode), email, now, today);
        memberCodes.forEach(code -> hub.admit(council(code), today));
        em.persist(hub);
        return hub;
    }

    private Council council(String onsCode) {
        return em.createQuery("SELECT c FROM Council c WHERE c.onsCode = :c", Council.class)
                .setParameter("c", onsCode).getSingleResult();
    }

    private void account(Organisation org, String username, String name, Role role, Instant now) {
        em.persist(new Account(org, username, name, passwordHash, Set.of(role), now));
    }

    private void provider(Hub hub, String name, ProviderType type, String companyNumber, String charityNumber,
                          String userEmail, String userName, Instant now, LocalDate today, Setting... settings) {
        Set<ServiceCategory> categories = EnumSet.noneOf(ServiceCategory.class);
        for (Setting s : settings) {
            categories.add(s.category());
        }
        Provider provider = Provider.applyToJoin(name, type, companyNumber, charityNumber, hub, categories,
                userEmail, now);
        int monthsAgo = 3;
        for (Setting s : settings) {
            provider.addSetting(s.name(), s.urn(), s.category(), s.judgement(),
                    s.judgement() == NOT_YET_INSPECTED ? null : today.minusMonths(monthsAgo += 5), s.district(), s.places());
        }
        provider.approve(AuditTrail.SYSTEM, now);
        em.persist(provider);
        em.flush();
        provider.settings().stream().filter(s -> s.judgementDate() != null)
                .forEach(s -> em.persist(org.commissioning.marketplace.party.domain.OfstedInspection.atRegistration(s, AuditTrail.SYSTEM, now)));
        em.persist(new Account(provider, userEmail, userName, passwordHash, Set.of(Role.PROVIDER_USER), now));
    }
}
