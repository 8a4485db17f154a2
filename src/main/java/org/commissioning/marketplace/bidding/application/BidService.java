package org.commissioning.marketplace.bidding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.bidding.application.BidViews.BidCounts;
import org.commissioning.marketplace.bidding.application.BidViews.DraftView;
import org.commissioning.marketplace.bidding.application.BidViews.MyBids;
import org.commissioning.marketplace.bidding.application.BidViews.OpenedBid;
import org.commissioning.marketplace.bidding.application.BidViews.Receipt;
import org.commissioning.marketplace.bidding.domain.Bid;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.bidding.domain.BidSeal;
import org.commissioning.marketplace.bidding.domain.BidStatus;
import org.commissioning.marketplace.bidding.domain.TenderKey;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.Sha256;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.LotView;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
import org.commissioning.marketplace.tendering.domain.CriterionKind;
import org.commissioning.marketplace.tendering.domain.TenderStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Bids on published tenders. Providers draft, submit (sealed, with a receipt), replace and
 * withdraw, all strictly before the bid deadline by the server clock. Nobody reads a submitted
 * bid's content until a hub commissioner opens the tender after its deadline: before that the hub
 * sees only how many bids each lot has.
 */
@ApplicationScoped
public class BidService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    TenderService tenders;

    @Inject
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Inject
    Clock clock;

    @Inject
    TenderKeys tenderKeys;

    @Inject
    @ConfigProperty(name = "marketplace.bid-master-key")
    Optional<String> masterKey;

    // ---- providers

    @Transactional
    public DraftView draft(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        TenderView tender = openForBids(tenderId);
        Bid bid = currentDraft(tenderId, provider.organisationId());
        return view(bid, tender);
    }

    /** Saves the draft against the version the provider read; a stale version is a conflict, never an overwrite. */
    @Transactional
    public DraftView saveDraft(long tenderId, BidContent content, Long version) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        TenderView tender = openForBids(tenderId);
        Bid bid = currentDraft(tenderId, provider.organisationId());
        if (version == null || version != bid.version()) {
            throw new ConflictException("Someone else in your organisation saved this bid after you opened it. "
                    + "Reload it and make your change again.");
        }
        bid.saveDraft(JSON.toJson(content == null ? new BidContent(List.of(), Map.of()) : content), Instant.now(clock));
        em.flush();
        return view(bid, tender);
    }

    /**
     * Submits the draft: complete, before the deadline, sealed. A repeated request with the same
     * idempotency key returns the first receipt and creates nothing.
     */
    @Transactional
    public Receipt submit(long tenderId, String idempotencyKey) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw InvalidInputException.of("Idempotency-Key", "An idempotency key is at most 100 characters.");
        }
        if (key != null) {
            Optional<Bid> earlier = em.createQuery("SELECT b FROM Bid b WHERE b.providerId = :p AND b.idempotencyKey = :k", Bid.class)
                    .setParameter("p", provider.organisationId()).setParameter("k", key).getResultStream().findFirst();
            if (earlier.isPresent()) {
                return receipt(earlier.get(), tenders.get(earlier.get().tenderId()));
            }
        }
        TenderView tender = openForBids(tenderId);
        Bid bid = currentDraft(tenderId, provider.organisationId());
        BidContent content = read(bid.draft());
        Map<String, String> problems = content.problems(requirements(tender));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        byte[] plaintext = canonical(content).getBytes(StandardCharsets.UTF_8);
        String digest = sha256(plaintext);
        em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status = :s", Bid.class)
                .setParameter("t", tenderId).setParameter("p", provider.organisationId()).setParameter("s", BidStatus.SUBMITTED)
                .getResultList().forEach(previous -> previous.supersede(now));
        byte[] sealed = BidSeal.seal(dataKey(tenderId, now), plaintext, bid.sealContext());
        bid.submit(sealed, digest, content.lotNumbers(), provider.username(), key, now);
        em.flush();
        audit.record("bid.submitted", "bid", bid.id(), "tender " + tender.reference() + ", lots " + content.lotNumbers()
                + ", receipt digest " + digest);
        mailbox.queue(List.of(provider.username()), "Bid receipt for " + tender.reference() + " " + tender.title(),
                "Your bid on " + tender.reference() + " \"" + tender.title() + "\" was received at "
                        + UkTime.format(now) + ".\n\nReceipt digest (SHA-256): " + digest
                        + "\n\nIt stays sealed until the hub opens the bids after the deadline, "
                        + tender.bidDeadlineUk() + ".\n");
        return receipt(bid, tender);
    }

    @Transactional
    public Receipt withdraw(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        TenderView tender = openForBids(tenderId);
        Bid bid = em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status = :s", Bid.class)
                .setParameter("t", tenderId).setParameter("p", provider.organisationId()).setParameter("s", BidStatus.SUBMITTED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException("You have no submitted bid on this tender to withdraw."));
        bid.withdraw(Instant.now(clock));
        audit.record("bid.withdrawn", "bid", bid.id(), "tender " + tender.reference());
        return receipt(bid, tender);
    }

    @Transactional
    public MyBids mine(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        TenderView tender = tenders.get(tenderId);
        return new MyBids(em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status <> :draft "
                        + "ORDER BY b.submittedAt DESC", Bid.class)
                .setParameter("t", tenderId).setParameter("p", provider.organisationId()).setParameter("draft", BidStatus.DRAFT)
                .getResultList().stream().map(b -> receipt(b, tender)).toList());
    }

    // ---- the hub

    @Transactional
    public BidCounts counts(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        Map<Integer, Long> perLot = new TreeMap<>();
        tender.lots().forEach(l -> perLot.put(l.number(), 0L));
        em.createQuery("SELECT b.lotNumbers FROM Bid b WHERE b.tenderId = :t AND b.status = :s", String.class)
                .setParameter("t", tenderId).setParameter("s", BidStatus.SUBMITTED).getResultList()
                .forEach(lots -> java.util.Arrays.stream(lots.split(",")).filter(s -> !s.isBlank())
                        .forEach(n -> perLot.merge(Integer.valueOf(n), 1L, Long::sum)));
        TenderKey key = em.find(TenderKey.class, tenderId);
        return new BidCounts(tenderId, perLot, key != null && key.isOpened());
    }

    /** The audited act that unseals a tender's bids, once its bid deadline has passed. */
    @Transactional
    public BidCounts open(long tenderId) {
        Caller hub = parties.require(Role.HUB_COMMISSIONER);
        TenderView tender = tenders.get(tenderId);
        if (tender.status() != TenderStatus.BIDS_CLOSED && tender.status() != TenderStatus.IN_EVALUATION) {
            throw new ConflictException("Bids can be opened only after the bid deadline has passed ("
                    + tender.bidDeadlineUk() + ").");
        }
        Instant now = Instant.now(clock);
        TenderKey key = em.find(TenderKey.class, tenderId);
        if (key == null) {
            key = new TenderKey(tenderId, BidSeal.wrap(master(), BidSeal.newDataKey(), tenderId), now);
            em.persist(key);
        }
        key.open(hub.username(), now);
        audit.record("tender.bids-opened", "tender", tenderId, "bids opened after the deadline by " + hub.username());
        return counts(tenderId);
    }

    /** Opened bids with their content; refused while sealed. */
    @Transactional
    public List<OpenedBid> opened(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER);
        tenders.get(tenderId);
        TenderKey key = em.find(TenderKey.class, tenderId);
        if (key == null || !key.isOpened()) {
            throw new ConflictException("The bids are sealed until a hub commissioner opens them after the bid deadline.");
        }
        SecretKey dataKey = BidSeal.unwrap(master(), key.wrappedKey(), tenderId);
        return em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.status = :s ORDER BY b.submittedAt", Bid.class)
                .setParameter("t", tenderId).setParameter("s", BidStatus.SUBMITTED).getResultList().stream()
                .map(b -> {
                    byte[] plaintext = BidSeal.open(dataKey, b.sealedContent(), b.sealContext());
                    return new OpenedBid(b.id(), b.providerId(), parties.nameOf(b.providerId()), b.submittedAt(),
                            b.receiptDigest(), sha256(plaintext).equals(b.receiptDigest()),
                            read(new String(plaintext, StandardCharsets.UTF_8)));
                }).toList();
    }

    // ---- helpers

    private TenderView openForBids(long tenderId) {
        TenderView tender = tenders.get(tenderId);
        boolean open = (tender.status() == TenderStatus.PUBLISHED || tender.status() == TenderStatus.CLARIFICATION_CLOSED)
                && Instant.now(clock).isBefore(tender.bidDeadline());
        if (!open) {
            throw new ConflictException("The bid deadline for " + tender.reference() + " has passed ("
                    + tender.bidDeadlineUk() + "), or the tender is not open for bids.");
        }
        return tender;
    }

    private Bid currentDraft(long tenderId, long providerId) {
        return em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status = :s", Bid.class)
                .setParameter("t", tenderId).setParameter("p", providerId).setParameter("s", BidStatus.DRAFT)
                .getResultStream().findFirst().orElseGet(() -> {
                    Bid draft = Bid.draft(tenderId, providerId, Instant.now(clock));
                    em.persist(draft);
                    em.flush();
                    return draft;
                });
    }

    /** The tender's data key, created (wrapped by the master key) with the first submission. */
    private SecretKey dataKey(long tenderId, Instant now) {
        // A plain read first: a locking read of a missing row would take a gap lock that the
        // creating transaction below would then wait on.
        if (em.find(TenderKey.class, tenderId) == null) {
            tenderKeys.ensure(tenderId, BidSeal.wrap(master(), BidSeal.newDataKey(), tenderId), now);
        }
        TenderKey key = lockedKey(tenderId);
        if (key.isOpened()) {
            throw new ConflictException("The bids have been opened: no more can be submitted.");
        }
        return BidSeal.unwrap(master(), key.wrappedKey(), tenderId);
    }

    /**
     * A locking read: it sees the latest committed key even when this transaction's snapshot is
     * older (the key may have been created by a concurrent first submission), and it keeps the key
     * from being opened while this submission is sealing.
     */
    private TenderKey lockedKey(long tenderId) {
        return em.find(TenderKey.class, tenderId, jakarta.persistence.LockModeType.PESSIMISTIC_READ);
    }

    private SecretKey master() {
        String configured = masterKey.filter(k -> !k.isBlank()).orElseThrow(() -> new DomainException(
                "Bids cannot be sealed: no master key is configured (MARKETPLACE_BID_MASTER_KEY)."));
        return BidSeal.key(Base64.getDecoder().decode(configured.strip()));
    }

    static BidContent.Requirements requirements(TenderView tender) {
        Map<Integer, BidContent.LotRequirement> lots = new LinkedHashMap<>();
        for (LotView lot : tender.lots()) {
            Set<NeedLevel> levels = lot.needLevel() == null ? EnumSet.allOf(NeedLevel.class) : EnumSet.of(lot.needLevel());
            Set<Long> questions = lot.criteria().stream().filter(c -> c.kind() != CriterionKind.PRICE)
                    .map(c -> c.id()).collect(Collectors.toSet());
            lots.put(lot.number(), new BidContent.LotRequirement(levels, questions));
        }
        Set<Integer> selection = tender.selectionQuestions().stream().map(q -> q.position()).collect(Collectors.toSet());
        return new BidContent.Requirements(lots, selection);
    }

    private DraftView view(Bid bid, TenderView tender) {
        BidContent content = read(bid.draft());
        return new DraftView(bid.id(), bid.tenderId(), content, bid.version(), content.problems(requirements(tender)));
    }

    private static Receipt receipt(Bid bid, TenderView tender) {
        return new Receipt(bid.id(), bid.tenderId(), tender.reference(), bid.submittedAt(), bid.receiptDigest(), bid.status());
    }

    private static BidContent read(String json) {
        if (json == null || json.isBlank()) {
            return new BidContent(List.of(), Map.of());
        }
        try {
            return JSON.fromJson(json, BidContent.class);
        } catch (JsonbException e) {
            throw InvalidInputException.of("content", "The saved bid could not be read.");
        }
    }

    /** The exact bytes sealed and digested: JSON-B's serialisation of the content. */
    static String canonical(BidContent content) {
        return JSON.toJson(content);
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
