package org.commissioning.marketplace.kitbag.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.kitbag.domain.CommissioningStage;
import org.commissioning.marketplace.kitbag.domain.ItemStatus;
import org.commissioning.marketplace.kitbag.domain.KitbagCategory;
import org.commissioning.marketplace.kitbag.domain.KitbagItem;
import org.commissioning.marketplace.kitbag.domain.KitbagItem.Content;
import org.commissioning.marketplace.kitbag.domain.KitbagVersion;
import org.commissioning.marketplace.kitbag.domain.SearchWords;
import org.commissioning.marketplace.party.application.OrganisationService;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.commissioning.marketplace.shared.application.Task;
import org.commissioning.marketplace.shared.domain.AccessDeniedException;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderService.TenderRef;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commissioners' kitbag. Every commissioner of every hub and council, and the platform's
 * curators, read and search all of it: the point is that what one hub learnt another can use.
 * A hub's commissioners curate their hub's items; platform administrators curate the platform's.
 * An item's owner is reminded (home page and morning email) when its review falls due.
 */
@ApplicationScoped
public class KitbagService {

    /** Who reads the kitbag. */
    static final Role[] READERS = {Role.HUB_COMMISSIONER, Role.COUNCIL_COMMISSIONER, Role.PLATFORM_ADMINISTRATOR};
    /** The platform's items, in the hub filter. */
    public static final String PLATFORM = "platform";

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    OrganisationService organisations;

    @Inject
    TenderService tenders;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What a search asks for: words, a stage, a kind, a hub (its id, or "platform"), and whether withdrawn items count. */
    public record Search(String q, CommissioningStage stage, KitbagCategory category, String hub, boolean withdrawn) {
        public static Search everything() {
            return new Search(null, null, null, null, false);
        }
    }

    /** An item in a list. */
    public record ItemSummary(long id, String title, String summary, KitbagCategory category, String categoryLabel,
                              String curatedBy, List<String> stages, ItemStatus status, int currentVersion,
                              LocalDate lastReviewedOn, String reviewStateLabel, Instant updatedAt) {
    }

    /** A stage as a page shows it. */
    public record StageRef(CommissioningStage stage, String label) {
    }

    /** One version in an item's history. */
    public record VersionRef(int number, String changeNote, String changedBy, Instant changedAt) {
    }

    /** A tender that used an item. */
    public record TenderUse(long tenderId, String reference, String title, String statusLabel, String hubName,
                            String recordedBy, Instant recordedAt) {
    }

    /** An item as its reader sees it, with what the caller may do to it. */
    public record ItemView(long id, Long hubId, String curatedBy, KitbagCategory category, String categoryLabel, ItemStatus status,
                           String statusLabel, String title, String summary, String text, String html, String owner,
                           int currentVersion, LocalDate lastReviewedOn, int reviewEveryMonths, LocalDate reviewDue,
                           KitbagItem.ReviewState reviewState, String reviewStateLabel, List<StageRef> stages,
                           List<VersionRef> versions, List<TenderUse> uses, boolean curator, long version,
                           Instant createdAt, Instant updatedAt) {
    }

    /** A past version as it was published. */
    public record VersionView(long itemId, int number, boolean current, String title, String summary, String text, String html,
                              String changeNote, String changedBy, Instant changedAt) {
    }

    /** What a curator sends to publish or revise an item; {@code changeNote} for a revision only. */
    public record ItemInput(KitbagCategory category, String title, String summary, String text, Set<CommissioningStage> stages,
                            Integer reviewEveryMonths, String changeNote) {
        Content content() {
            return new Content(category, title, summary, text, stages, reviewEveryMonths);
        }
    }

    // ---- reading and searching

    /** Items matching the search, the best matches first (newest first without words), a page at a time. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Page<ItemSummary> search(Search search, PageRequest page) {
        parties.require(READERS);
        Search s = search == null ? Search.everything() : search;
        SearchWords words = SearchWords.of(s.q());
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!s.withdrawn()) {
            where.append(" AND i.status = ?");
            params.add(ItemStatus.CURRENT.name());
        }
        if (!words.isEmpty()) {
            where.append(" AND MATCH (i.title, i.summary, i.body) AGAINST (? IN BOOLEAN MODE)");
            params.add(words.booleanQuery());
        }
        if (s.category() != null) {
            where.append(" AND i.category = ?");
            params.add(s.category().name());
        }
        if (s.stage() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM kitbag_item_stage st WHERE st.item_id = i.id AND st.stage = ?)");
            params.add(s.stage().name());
        }
        if (s.hub() != null && !s.hub().isBlank()) {
            if (PLATFORM.equals(s.hub())) {
                where.append(" AND i.hub_id IS NULL");
            } else {
                where.append(" AND i.hub_id = ?");
                params.add(hubId(s.hub()));
            }
        }
        String order = words.isEmpty() ? " ORDER BY i.updated_at DESC, i.id DESC"
                : " ORDER BY MATCH (i.title, i.summary, i.body) AGAINST (? IN BOOLEAN MODE) DESC, i.updated_at DESC, i.id DESC";
        Query ids = em.createNativeQuery("SELECT i.id FROM kitbag_item i" + where + order + " LIMIT ? OFFSET ?");
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM kitbag_item i" + where);
        int n = 1;
        for (Object p : params) {
            ids.setParameter(n, p);
            count.setParameter(n, p);
            n++;
        }
        if (!words.isEmpty()) {
            ids.setParameter(n++, words.booleanQuery());
        }
        ids.setParameter(n++, page.size()).setParameter(n, page.offset());
        List<Long> found = ((List<Number>) ids.getResultList()).stream().map(Number::longValue).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        Map<Long, KitbagItem> byId = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("SELECT i FROM KitbagItem i WHERE i.id IN :ids", KitbagItem.class).setParameter("ids", found)
                    .getResultList().forEach(i -> byId.put(i.id(), i));
        }
        LocalDate today = today();
        Map<Long, String> hubNames = new HashMap<>();
        List<ItemSummary> items = found.stream().map(byId::get).filter(i -> i != null).map(i -> new ItemSummary(i.id(), i.title(),
                i.summary(), i.category(), i.category().label(), curatedBy(i.hubId(), hubNames),
                i.stages().stream().map(CommissioningStage::label).toList(), i.status(), i.currentVersion(), i.lastReviewedOn(),
                i.reviewState(today).label(), i.updatedAt())).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    private static long hubId(String hub) {
        try {
            return Long.parseLong(hub.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("hub", "Choose a hub from the list, or \"" + PLATFORM + "\" for the platform's items.");
        }
    }

    /** Hubs whose items can be filtered on, for the search form. */
    @Transactional
    public List<OrganisationRef> hubs() {
        parties.require(READERS);
        return organisations.activeHubs();
    }

    @Transactional
    public ItemView item(long id) {
        Caller caller = parties.require(READERS);
        return view(find(id), caller);
    }

    /** A version of an item as it was published. */
    @Transactional
    public VersionView version(long id, int number) {
        parties.require(READERS);
        KitbagItem item = find(id);
        KitbagVersion v = item.versions().stream().filter(x -> x.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("\"" + item.title() + "\" has no version " + number + ": it has "
                        + item.currentVersion() + "."));
        return new VersionView(item.id(), v.number(), v.number() == item.currentVersion(), v.title(), v.summary(), v.body(),
                FormattedText.html(v.body()), v.changeNote(), v.changedBy(), v.changedAt());
    }

    // ---- curating

    /** A new item of the caller's hub (a hub commissioner) or of the platform (a platform administrator); the caller owns it. */
    @Transactional
    public ItemView publish(ItemInput input) {
        Caller curator = parties.require(Role.HUB_COMMISSIONER, Role.PLATFORM_ADMINISTRATOR);
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        Long hubId = curator.has(Role.HUB_COMMISSIONER) ? curator.organisationId() : null;
        KitbagItem item = KitbagItem.publish(hubId, input.content(), curator.username(), today(), Instant.now(clock));
        em.persist(item);
        em.flush();
        audit.record("kitbag.item-published", "kitbag_item", item.id(), item.category().label() + " \"" + item.title() + "\"");
        return view(item, curator);
    }

    /** A new version; {@code version} is the one the curator read (a later change by someone else is refused). */
    @Transactional
    public ItemView revise(long id, ItemInput input, Long version) {
        Caller curator = parties.require(Role.HUB_COMMISSIONER, Role.PLATFORM_ADMINISTRATOR);
        KitbagItem item = curated(curator, id, version);
        if (input == null) {
            throw InvalidInputException.of("body", "The request has no content.");
        }
        item.revise(input.content(), input.changeNote(), curator.username(), today(), Instant.now(clock));
        em.flush();
        audit.record("kitbag.item-revised", "kitbag_item", item.id(), "\"" + item.title() + "\" version " + item.currentVersion()
                + ": " + input.changeNote().strip());
        return view(item, curator);
    }

    /** Confirms the item is still right: its next review falls due from today. */
    @Transactional
    public ItemView markReviewed(long id, Long version) {
        Caller curator = parties.require(Role.HUB_COMMISSIONER, Role.PLATFORM_ADMINISTRATOR);
        KitbagItem item = curated(curator, id, version);
        item.markReviewed(today(), Instant.now(clock));
        em.flush();
        audit.record("kitbag.item-reviewed", "kitbag_item", item.id(), "\"" + item.title() + "\" reviewed; next review by "
                + item.reviewDue());
        return view(item, curator);
    }

    /** Someone else of the same hub (or another platform administrator) keeps the item from now on. */
    @Transactional
    public ItemView handTo(long id, String newOwner, Long version) {
        Caller curator = parties.require(Role.HUB_COMMISSIONER, Role.PLATFORM_ADMINISTRATOR);
        KitbagItem item = curated(curator, id, version);
        String owner = newOwner == null ? null : newOwner.strip().toLowerCase();
        if (owner == null || owner.isEmpty()) {
            throw InvalidInputException.of("owner", "Choose who keeps this item from now on.");
        }
        if (!owners(item).contains(owner)) {
            throw InvalidInputException.of("owner", owner + " cannot keep this item: choose one of "
                    + (item.hubId() == null ? "the platform's administrators" : "the hub's commissioners") + ".");
        }
        String before = item.owner();
        item.handTo(owner, Instant.now(clock));
        em.flush();
        audit.record("kitbag.item-handed-over", "kitbag_item", item.id(), "\"" + item.title() + "\" "
                + AuditTrail.change("owner", before, owner));
        return view(item, curator);
    }

    /** Who may keep an item: the enabled commissioners of its hub, or the platform's administrators. */
    @Transactional
    public List<String> owners(long id) {
        Caller curator = parties.require(Role.HUB_COMMISSIONER, Role.PLATFORM_ADMINISTRATOR);
        return owners(curated(curator, id, null));
    }

    private List<String> owners(KitbagItem item) {
        Role role = item.hubId() == null ? Role.PLATFORM_ADMINISTRATOR : Role.HUB_COMMISSIONER;
        long organisationId = item.hubId() == null ? parties.require().organisationId() : item.hubId();
        return parties.usernamesOf(organisationId).stream().filter(u -> parties.worksFor(u, organisationId, role)).toList();
    }

    /** Withdrawn (kept, no longer offered) or restored. */
    @Transactional
    public ItemView changeStatus(long id, ItemStatus target, Long version) {
        Caller curator = parties.require(Role.HUB_COMMISSIONER, Role.PLATFORM_ADMINISTRATOR);
        KitbagItem item = curated(curator, id, version);
        ItemStatus before = item.status();
        item.changeStatus(target, Instant.now(clock));
        em.flush();
        audit.record(target == ItemStatus.WITHDRAWN ? "kitbag.item-withdrawn" : "kitbag.item-restored", "kitbag_item", item.id(),
                "\"" + item.title() + "\" " + AuditTrail.change("status", before, target));
        return view(item, curator);
    }

    /** Records that one of the caller's hub's tenders used the item (once per tender). */
    @Transactional
    public ItemView recordUse(long id, Long tenderId) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        KitbagItem item = find(id);
        if (tenderId == null) {
            throw InvalidInputException.of("tenderId", "Choose the tender that used this item.");
        }
        TenderRef tender;
        try {
            tender = tenders.ownTender(tenderId);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("tenderId", "Choose one of your hub's tenders: " + e.getMessage());
        }
        if (item.status() != ItemStatus.CURRENT) {
            throw new ConflictException("\"" + item.title() + "\" is withdrawn: it is no longer offered for use.");
        }
        int added = em.createNativeQuery("INSERT IGNORE INTO kitbag_item_use (item_id, tender_id, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?)").setParameter(1, item.id()).setParameter(2, tender.id())
                .setParameter(3, hub.username()).setParameter(4, InstantConverter.column(Instant.now(clock))).executeUpdate();
        if (added == 0) {
            throw new ConflictException(tender.reference() + " is already recorded as using \"" + item.title() + "\".");
        }
        audit.record("kitbag.item-used", "kitbag_item", item.id(), tender.reference() + " " + tender.title() + " used \""
                + item.title() + "\"");
        return view(item, hub);
    }

    // ---- reminders

    /** Each item the person owns whose review is due within a month or overdue, as a task by its due day. */
    @Transactional
    public List<Task> tasks(Caller person) {
        if (!person.has(Role.HUB_COMMISSIONER) && !person.has(Role.PLATFORM_ADMINISTRATOR)) {
            return List.of();
        }
        LocalDate today = today();
        return em.createQuery("SELECT i FROM KitbagItem i WHERE i.owner = :o AND i.status = :current ORDER BY i.id",
                        KitbagItem.class).setParameter("o", person.username()).setParameter("current", ItemStatus.CURRENT)
                .getResultStream().filter(i -> i.reviewState(today) != KitbagItem.ReviewState.REVIEWED)
                .map(i -> new Task("Review the kitbag's \"" + i.title() + "\": "
                        + (i.reviewState(today) == KitbagItem.ReviewState.OVERDUE ? "its review is overdue" : "its review is due soon"),
                        "kitbag/item.xhtml?id=" + i.id() + "#review", i.reviewDue().atStartOfDay(UkTime.ZONE).toInstant()))
                .toList();
    }

    // ----

    private KitbagItem find(long id) {
        KitbagItem item = em.find(KitbagItem.class, id);
        if (item == null) {
            throw new NotFoundException("There is no kitbag item " + id + ".");
        }
        return item;
    }

    /** The item, if the caller curates it: a commissioner of its hub, or a platform administrator for the platform's. */
    private KitbagItem curated(Caller curator, long id, Long version) {
        KitbagItem item = find(id);
        if (!curates(curator, item)) {
            throw new AccessDeniedException("\"" + item.title() + "\" is curated by " + curatedBy(item.hubId(), new HashMap<>())
                    + ": only its curators change it.");
        }
        if (version != null && version != item.version()) {
            throw new ConflictException("Someone else changed \"" + item.title() + "\" after you opened it. Reload it and try again.");
        }
        return item;
    }

    private static boolean curates(Caller caller, KitbagItem item) {
        return item.hubId() == null ? caller.has(Role.PLATFORM_ADMINISTRATOR)
                : caller.has(Role.HUB_COMMISSIONER) && caller.organisationId() == item.hubId();
    }

    private String curatedBy(Long hubId, Map<Long, String> names) {
        return hubId == null ? "The platform's curators" : names.computeIfAbsent(hubId, parties::nameOf);
    }

    @SuppressWarnings("unchecked")
    private ItemView view(KitbagItem item, Caller caller) {
        LocalDate today = today();
        Map<Long, Object[]> recorded = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT tender_id, recorded_by, recorded_at FROM kitbag_item_use "
                + "WHERE item_id = ? ORDER BY recorded_at DESC").setParameter(1, item.id()).getResultList()) {
            recorded.put(((Number) row[0]).longValue(), row);
        }
        Map<Long, String> hubNames = new HashMap<>();
        List<TenderUse> uses = tenders.refs(recorded.keySet()).stream()
                .filter(t -> t.published() || (caller.has(Role.HUB_COMMISSIONER) && caller.organisationId() == t.hubId()))
                .map(t -> new TenderUse(t.id(), t.reference(), t.title(), t.statusLabel(), curatedBy(t.hubId(), hubNames),
                        (String) recorded.get(t.id())[1], InstantConverter.instant(recorded.get(t.id())[2])))
                .toList();
        return new ItemView(item.id(), item.hubId(), curatedBy(item.hubId(), hubNames), item.category(), item.category().label(),
                item.status(), item.status().label(), item.title(), item.summary(), item.body(), FormattedText.html(item.body()),
                item.owner(), item.currentVersion(), item.lastReviewedOn(), item.reviewEveryMonths(), item.reviewDue(),
                item.reviewState(today), item.reviewState(today).label(),
                item.stages().stream().map(s -> new StageRef(s, s.label())).toList(),
                item.versions().stream().map(v -> new VersionRef(v.number(), v.changeNote(), v.changedBy(), v.changedAt())).toList(),
                uses, curates(caller, item), item.version(), item.createdAt(), item.updatedAt());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }
}
