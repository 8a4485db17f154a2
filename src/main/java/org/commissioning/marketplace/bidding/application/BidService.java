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
import org.commissioning.marketplace.bidding.application.BidViews.SubmittedBid;
import org.commissioning.marketplace.bidding.application.BidViews.OpenedBid;
import org.commissioning.marketplace.bidding.application.BidViews.Receipt;
import org.commissioning.marketplace.bidding.application.BidViews.AttachmentView;
import org.commissioning.marketplace.shared.application.FileDownload;
import org.commissioning.marketplace.bidding.domain.Bid;
import org.commissioning.marketplace.bidding.domain.BidAttachment;
import org.commissioning.marketplace.bidding.domain.EvidenceFile;
import org.commissioning.marketplace.bidding.domain.BidContent;
import org.commissioning.marketplace.shared.domain.Seal;
import org.commissioning.marketplace.bidding.domain.BidStatus;
import org.commissioning.marketplace.bidding.domain.TenderKey;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.UnprocessableException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.Sha256;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.infrastructure.PdfDocument;
import org.commissioning.marketplace.tendering.application.TenderService;
import org.commissioning.marketplace.tendering.application.TenderViews.BiddingTerms;
import org.commissioning.marketplace.tendering.application.TenderViews.TenderView;
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
        BiddingTerms tender = openForBids(tenderId);
        Bid bid = currentDraft(tenderId, provider.organisationId());
        return view(bid, tender);
    }

    /** Saves the draft against the version the provider read; a stale version is a conflict, never an overwrite. */
    @Transactional
    public DraftView saveDraft(long tenderId, BidContent content, Long version) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        BiddingTerms tender = openForBids(tenderId);
        Bid bid = currentDraft(tenderId, provider.organisationId());
        if (version == null || version != bid.version()) {
            throw new ConflictException("Someone else in your organisation saved this bid after you opened it. "
                    + "Reload it and make your change again.");
        }
        // Attachments are listed by the server, never by the client.
        bid.saveDraft(JSON.toJson(content == null ? BidContent.of(List.of(), Map.of()) : content.withAttachments(List.of())),
                Instant.now(clock));
        em.flush();
        return view(bid, tender);
    }

    /**
     * Submits the draft: complete, before the deadline, sealed. A repeated request with the same
     * idempotency key returns the first receipt and creates nothing.
     */
    @Transactional
    public Receipt submit(long tenderId, String idempotencyKey) {
        return submit(tenderId, idempotencyKey, null, null);
    }

    /**
     * Submits in one request: the given content replaces the draft (no version check: this is what
     * the provider submits) and is submitted; without content, the saved draft is submitted.
     * {@code requestBody} is the request as received, whose digest an idempotency key is bound to.
     *
     * <p>Ordered by a lock on the provider: a retry waits for the first copy and then finds its
     * receipt. The deadline is decided once, under that lock, on the very instant the receipt
     * records: a receipt at or after the deadline is never given.
     */
    @Transactional
    public Receipt submit(long tenderId, String idempotencyKey, BidContent replacement, String requestBody) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw InvalidInputException.of("Idempotency-Key", "An idempotency key is at most 100 characters.");
        }
        String fingerprint = sha256(("tender " + tenderId + "\n" + (requestBody == null ? "" : requestBody))
                .getBytes(StandardCharsets.UTF_8));
        // One submission at a time per provider: a double click, a retry or two colleagues at once
        // can never leave two current bids. Other providers are not held up. Read committed: after
        // the lock, a copy that committed first is visible.
        lockProvider(provider.organisationId());
        // One read for all this submission needs of the provider's bids: an earlier use of the key,
        // the draft and the current submission on this tender.
        List<Bid> mine = em.createQuery("SELECT b FROM Bid b WHERE b.providerId = :p AND ((b.tenderId = :t AND b.status IN :live) "
                        + "OR b.idempotencyKey = :k)", Bid.class)
                .setParameter("p", provider.organisationId()).setParameter("t", tenderId)
                .setParameter("live", List.of(BidStatus.DRAFT, BidStatus.SUBMITTED)).setParameter("k", key == null ? "" : key)
                .getResultList();
        if (key != null) {
            Optional<Bid> earlier = mine.stream().filter(b -> key.equals(b.idempotencyKey())).findFirst();
            if (earlier.isPresent()) {
                return receiptForRetry(earlier.get(), tenderId, fingerprint);
            }
        }
        Instant now = Instant.now(clock);
        BiddingTerms tender = openForBids(tenderId, now);
        Optional<Bid> draft = mine.stream().filter(b -> b.tenderId() == tenderId && b.status() == BidStatus.DRAFT).findFirst();
        boolean replacing = mine.stream().anyMatch(b -> b.tenderId() == tenderId && b.status() == BidStatus.SUBMITTED);
        Bid bid;
        if (replacement != null) {
            // One request: the content replaces the saved draft (keeping its attachments), or is a new row.
            bid = draft.orElseGet(() -> Bid.draft(tenderId, provider.organisationId(), now));
            bid.saveDraft(JSON.toJson(replacement.withAttachments(List.of())), now);
        } else {
            bid = draft.orElseGet(() -> newDraft(tenderId, provider.organisationId())); // none: the read above found none
        }
        List<BidAttachment> attachments = bid.id() == null ? List.of() : attachmentsOf(bid.id());
        BidContent content = read(bid.draft()).withAttachments(attachments.stream().map(BidAttachment::ref).toList());
        Map<String, String> problems = content.problems(requirements(tender));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] plaintext = canonical(content).getBytes(StandardCharsets.UTF_8);
        String digest = sha256(plaintext);
        SecretKey dataKey = dataKey(tenderId, now);
        if (replacing) {
            em.createQuery("UPDATE Bid b SET b.status = :superseded, b.updatedAt = :now, b.version = b.version + 1 "
                            + "WHERE b.tenderId = :t AND b.providerId = :p AND b.status = :submitted")
                    .setParameter("superseded", BidStatus.SUPERSEDED).setParameter("now", now)
                    .setParameter("t", tenderId).setParameter("p", provider.organisationId())
                    .setParameter("submitted", BidStatus.SUBMITTED).executeUpdate();
        }
        if (bid.id() == null) {
            em.persist(bid); // its id comes from a block in memory: the row is written once, sealed, at commit
        }
        byte[] sealed = Seal.seal(dataKey, plaintext, bid.sealContext());
        for (BidAttachment attachment : attachments) {
            attachment.seal(Seal.seal(dataKey, attachment.content(), attachment.sealContext(bid)));
        }
        bid.submit(sealed, digest, content.lotNumbers(), provider.username(), key, fingerprint, now);
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
        // Ordered with the provider's submissions, decided on the instant it records, and held
        // against opening (the key's shared lock) like a submission.
        lockProvider(provider.organisationId());
        Instant now = Instant.now(clock);
        BiddingTerms tender = openForBids(tenderId, now);
        if (lockedKey(tenderId).map(LockedKey::opened).orElse(false)) {
            throw new ConflictException("The bids have been opened: a bid can no longer be withdrawn.");
        }
        Bid bid = em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status = :s", Bid.class)
                .setParameter("t", tenderId).setParameter("p", provider.organisationId()).setParameter("s", BidStatus.SUBMITTED)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ConflictException("You have no submitted bid on this tender to withdraw."));
        bid.withdraw(now);
        audit.record("bid.withdrawn", "bid", bid.id(), "tender " + tender.reference());
        return receipt(bid, tender);
    }

    @Transactional
    public MyBids mine(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        BiddingTerms tender = tenders.biddingTerms(tenderId);
        return new MyBids(em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status <> :draft "
                        + "ORDER BY b.submittedAt DESC", Bid.class)
                .setParameter("t", tenderId).setParameter("p", provider.organisationId()).setParameter("draft", BidStatus.DRAFT)
                .getResultList().stream().map(b -> receipt(b, tender)).toList());
    }

    /**
     * The provider's own current bid with what it says, unsealed for the organisation that sent it (the
     * hub still sees nothing until it opens the bids); empty when the provider has no submitted bid.
     */
    @Transactional
    public java.util.Optional<SubmittedBid> mySubmission(long tenderId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        BiddingTerms tender = tenders.biddingTerms(tenderId);
        return em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status = :s", Bid.class)
                .setParameter("t", tenderId).setParameter("p", provider.organisationId()).setParameter("s", BidStatus.SUBMITTED)
                .getResultList().stream().findFirst().map(b -> {
                    TenderKey key = em.find(TenderKey.class, tenderId);
                    byte[] plaintext = Seal.open(Seal.unwrap(master(), key.wrappedKey(), tenderId), b.sealedContent(), b.sealContext());
                    return new SubmittedBid(receipt(b, tender), read(new String(plaintext, StandardCharsets.UTF_8)));
                });
    }

    /**
     * Attaches a file to the draft as evidence for a selection question or a quality answer
     * ({@code purpose}: "selection 2", "lot 1 answer 17"). Refused with a clear reason when the
     * file is empty, over 10 MB, not an allowed kind, or the bid has 20 files already.
     */
    @Transactional
    public AttachmentView attach(long tenderId, String purpose, String fileName, byte[] file) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        BiddingTerms tender = openForBids(tenderId);
        BidContent.Requirements required = requirements(tender);
        Set<String> purposes = allPurposes(required);
        if (purpose == null || !purposes.contains(purpose.strip())) {
            throw InvalidInputException.of("purpose", "Say what the file supports: one of " + String.join(", ", purposes) + ".");
        }
        EvidenceFile kind = EvidenceFile.of(fileName == null ? null : fileName.strip(), file);
        Bid bid = currentDraft(tenderId, provider.organisationId());
        if (attachmentsOf(bid.id()).size() >= EvidenceFile.MAX_PER_BID) {
            throw InvalidInputException.of("file", "A bid can have at most " + EvidenceFile.MAX_PER_BID
                    + " attachments. Remove one first.");
        }
        BidAttachment attachment = new BidAttachment(bid.id(), purpose.strip(), fileName.strip(), kind, file, Instant.now(clock));
        em.persist(attachment);
        em.flush();
        audit.record("bid.attachment-added", "bid", bid.id(), "file attached for " + attachment.purpose());
        return AttachmentView.of(attachment.ref());
    }

    @Transactional
    public void removeAttachment(long tenderId, long attachmentId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        openForBids(tenderId);
        BidAttachment attachment = draftAttachment(tenderId, provider, attachmentId);
        em.remove(attachment);
        audit.record("bid.attachment-removed", "bid", attachment.bidId(), "file removed from " + attachment.purpose());
    }

    /** A file of the provider's own draft, to check what was attached. */
    @Transactional
    public FileDownload draftFile(long tenderId, long attachmentId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        BidContent.AttachmentRef ref = draftAttachment(tenderId, provider, attachmentId).ref();
        return new FileDownload(ref.fileName(), ref.mediaType(), em.find(BidAttachment.class, attachmentId).content());
    }

    private BidAttachment draftAttachment(long tenderId, Caller provider, long attachmentId) {
        BidAttachment attachment = em.find(BidAttachment.class, attachmentId);
        Bid draft = existingDraft(tenderId, provider.organisationId()).orElse(null);
        if (attachment == null || draft == null || attachment.bidId() != draft.id()) {
            throw new NotFoundException("Your draft bid on this tender has no attachment " + attachmentId + ".");
        }
        return attachment;
    }

    /** Every purpose an attachment may have on this tender: all its selection and quality questions. */
    private static Set<String> allPurposes(BidContent.Requirements required) {
        List<BidContent.LotBid> everyLot = required.lots().keySet().stream()
                .map(n -> new BidContent.LotBid(n, Map.of(), null, Map.of())).toList();
        return BidContent.of(everyLot, Map.of()).purposes(required);
    }

    /** A downloadable receipt (PDF) for one of the provider's own submissions. */
    @Transactional
    public FileDownload receiptFile(long tenderId, long bidId) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        BiddingTerms tender = tenders.biddingTerms(tenderId);
        Bid bid = em.find(Bid.class, bidId);
        if (bid == null || bid.tenderId() != tenderId || bid.providerId() != provider.organisationId()
                || bid.status() == BidStatus.DRAFT) {
            throw new NotFoundException("You have no submitted bid " + bidId + " on this tender.");
        }
        byte[] pdf = new PdfDocument("Bid receipt", "Regional Commissioning Marketplace - " + tender.reference())
                .facts(List.of(
                        new String[]{"Tender", tender.reference() + " " + tender.title()},
                        new String[]{"Bidder", provider.organisationName()},
                        new String[]{"Submitted by", bid.submittedBy()},
                        new String[]{"Received (UK time)", UkTime.formatPrecise(bid.submittedAt())},
                        new String[]{"Received (UTC)", bid.submittedAt().toString()},
                        new String[]{"Bid number", String.valueOf(bid.id())},
                        new String[]{"Status now", bid.status().label()},
                        new String[]{"Receipt digest (SHA-256)", bid.receiptDigest()}))
                .paragraph("The digest is the SHA-256 of exactly the bid content that was sealed, including the "
                        + "name, size and SHA-256 of every attached file. The bid is encrypted and stays sealed until "
                        + "a hub commissioner opens the bids after the deadline (" + tender.bidDeadlineUk() + "); the "
                        + "hub then sees whether the opened content still matches this digest.")
                .finish();
        return new FileDownload("receipt-" + tender.reference() + "-bid-" + bid.id() + ".pdf", "application/pdf", pdf);
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
        // An exclusive lock: opening waits for submissions still sealing (they hold shared locks).
        TenderKey key = em.find(TenderKey.class, tenderId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (key == null) {
            key = new TenderKey(tenderId, Seal.wrap(master(), Seal.newDataKey(), tenderId), now);
            em.persist(key);
        }
        key.open(hub.username(), now);
        audit.record("tender.bids-opened", "tender", tenderId, "bids opened after the deadline by " + hub.username());
        return counts(tenderId);
    }

    /**
     * Opened bids for evaluation: hub commissioners and the hub's evaluators and young evaluators
     * (the evaluation service shows evaluators only the answers of their lots, never a conflicted
     * bidder's, and young evaluators one question's answers with no bidder's name).
     */
    @Transactional
    public List<OpenedBid> openedForEvaluation(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER, Role.EVALUATOR, Role.YOUNG_EVALUATOR);
        tenders.forEvaluation(tenderId);
        return openedBids(tenderId);
    }

    /** Opened bids with their content; refused while sealed. */
    @Transactional
    public List<OpenedBid> opened(long tenderId) {
        parties.require(Role.HUB_COMMISSIONER);
        tenders.get(tenderId);
        return openedBids(tenderId);
    }

    private List<OpenedBid> openedBids(long tenderId) {
        TenderKey key = em.find(TenderKey.class, tenderId);
        if (key == null || !key.isOpened()) {
            throw new ConflictException("The bids are sealed until a hub commissioner opens them after the bid deadline.");
        }
        SecretKey dataKey = Seal.unwrap(master(), key.wrappedKey(), tenderId);
        return em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.status = :s ORDER BY b.submittedAt", Bid.class)
                .setParameter("t", tenderId).setParameter("s", BidStatus.SUBMITTED).getResultList().stream()
                .map(b -> {
                    byte[] plaintext = Seal.open(dataKey, b.sealedContent(), b.sealContext());
                    return new OpenedBid(b.id(), b.providerId(), parties.nameOf(b.providerId()), b.submittedAt(),
                            b.receiptDigest(), sha256(plaintext).equals(b.receiptDigest()),
                            read(new String(plaintext, StandardCharsets.UTF_8)));
                }).toList();
    }

    /** A file of an opened bid, checked against the digest the sealed bid recorded for it. */
    @Transactional
    public FileDownload openedFile(long tenderId, long bidId, long attachmentId) {
        OpenedBid bid = opened(tenderId).stream().filter(b -> b.bidId() == bidId).findFirst()
                .orElseThrow(() -> new NotFoundException("Tender " + tenderId + " has no opened bid " + bidId + "."));
        BidContent.AttachmentRef ref = bid.content().attachments() == null ? null : bid.content().attachments().stream()
                .filter(a -> a.id() == attachmentId).findFirst().orElse(null);
        BidAttachment attachment = em.find(BidAttachment.class, attachmentId);
        if (ref == null || attachment == null || attachment.bidId() != bidId) {
            throw new NotFoundException("Bid " + bidId + " has no attachment " + attachmentId + ".");
        }
        TenderKey key = em.find(TenderKey.class, tenderId);
        Bid owner = em.find(Bid.class, bidId);
        byte[] file = Seal.open(Seal.unwrap(master(), key.wrappedKey(), tenderId), attachment.content(),
                attachment.sealContext(owner));
        if (!sha256(file).equals(ref.sha256())) {
            throw new DomainException("The file does not match the digest sealed with the bid.");
        }
        return new FileDownload(ref.fileName(), ref.mediaType(), file);
    }

    // ---- helpers

    private BiddingTerms openForBids(long tenderId) {
        return openForBids(tenderId, Instant.now(clock));
    }

    private void lockProvider(long providerId) {
        em.createNativeQuery("SELECT id FROM organisation WHERE id = ? FOR UPDATE").setParameter(1, providerId).getResultList();
    }

    /** Open for bids at the given instant: strictly before the bid deadline. */
    private BiddingTerms openForBids(long tenderId, Instant at) {
        BiddingTerms tender = tenders.biddingTerms(tenderId);
        if (!at.isBefore(tender.bidDeadline())) {
            throw new ConflictException("The bid deadline for " + tender.reference() + " has passed ("
                    + tender.bidDeadlineUk() + "): nothing was submitted.");
        }
        if (tender.status() != TenderStatus.PUBLISHED && tender.status() != TenderStatus.CLARIFICATION_CLOSED) {
            throw new ConflictException(tender.reference() + " is not open for bids.");
        }
        return tender;
    }

    /** The first receipt for a retried request; the key answers only the request it came with. */
    private Receipt receiptForRetry(Bid earlier, long tenderId, String fingerprint) {
        if (earlier.tenderId() != tenderId) {
            throw new UnprocessableException("Idempotency-Key", "This Idempotency-Key was used for a submission to "
                    + "another tender. Use a new key for each submission.");
        }
        if (earlier.idempotencyFingerprint() != null && !earlier.idempotencyFingerprint().equals(fingerprint)) {
            throw new UnprocessableException("Idempotency-Key", "This Idempotency-Key was used with a different bid. "
                    + "Retry with exactly the same request, or use a new key for a new submission.");
        }
        return receipt(earlier, tenders.biddingTerms(tenderId));
    }

    private Optional<Bid> existingDraft(long tenderId, long providerId) {
        return em.createQuery("SELECT b FROM Bid b WHERE b.tenderId = :t AND b.providerId = :p AND b.status = :s", Bid.class)
                .setParameter("t", tenderId).setParameter("p", providerId).setParameter("s", BidStatus.DRAFT)
                .getResultStream().findFirst();
    }

    private List<BidAttachment> attachmentsOf(long bidId) {
        return em.createQuery("SELECT a FROM BidAttachment a WHERE a.bidId = :b ORDER BY a.id", BidAttachment.class)
                .setParameter("b", bidId).getResultList();
    }

    private Bid currentDraft(long tenderId, long providerId) {
        return existingDraft(tenderId, providerId).orElseGet(() -> newDraft(tenderId, providerId));
    }

    private Bid newDraft(long tenderId, long providerId) {
        Bid draft = Bid.draft(tenderId, providerId, Instant.now(clock));
        em.persist(draft);
        em.flush();
        return draft;
    }

    /**
     * A published tender gets its data key at once, after the publication commits, so a burst of
     * first submissions never has to create it (each would hold a connection while the creator asks
     * for another: at the pool's size they wait on each other until the pool's timeout).
     */
    void onPublished(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS)
                     org.commissioning.marketplace.tendering.application.TenderPublished event) {
        if (masterKey.filter(k -> !k.isBlank()).isPresent()) {
            tenderKeys.ensure(event.tenderId(), Seal.wrap(master(), Seal.newDataKey(), event.tenderId()), Instant.now(clock));
        }
    }

    /** The tender's data key, created (wrapped by the master key) at publication, or else with the first submission. */
    private SecretKey dataKey(long tenderId, Instant now) {
        // Never a locking read of a missing key: its gap lock would block the creating transaction.
        if (!tenderKeys.exists(tenderId)) {
            tenderKeys.ensure(tenderId, Seal.wrap(master(), Seal.newDataKey(), tenderId), now);
        }
        LockedKey key = lockedKey(tenderId).orElseThrow();
        if (key.opened()) {
            throw new ConflictException("The bids have been opened: no more can be submitted.");
        }
        return Seal.unwrap(master(), key.wrappedKey(), tenderId);
    }

    /**
     * A shared locking read ({@code LOCK IN SHARE MODE}, never {@code FOR UPDATE}): it sees the
     * latest committed key even when this transaction's snapshot is older (the key may have been
     * created by a concurrent first submission), and it keeps the key from being opened while this
     * submission is sealing, without making concurrent submissions wait for each other. (JPA's
     * PESSIMISTIC_READ becomes FOR UPDATE on MySQL under EclipseLink, which serialised every
     * submission on a tender: measured at 15 bids/s.)
     */
    @SuppressWarnings("unchecked")
    private Optional<LockedKey> lockedKey(long tenderId) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT wrapped_key, opened_at FROM tender_key WHERE tender_id = ? LOCK IN SHARE MODE")
                .setParameter(1, tenderId).getResultList();
        return rows.stream().findFirst().map(row -> new LockedKey((byte[]) row[0], row[1] != null));
    }

    private record LockedKey(byte[] wrappedKey, boolean opened) {
    }

    private SecretKey master() {
        String configured = masterKey.filter(k -> !k.isBlank()).orElseThrow(() -> new DomainException(
                "Bids cannot be sealed: no master key is configured (MARKETPLACE_BID_MASTER_KEY)."));
        return Seal.key(Base64.getDecoder().decode(configured.strip()));
    }

    /** What a complete bid on this tender holds: for bids, and for later applications to join its agreement. */
    public static BidContent.Requirements requirements(BiddingTerms tender) {
        Map<Integer, BidContent.LotRequirement> lots = new LinkedHashMap<>();
        for (BiddingTerms.LotTerms lot : tender.lots()) {
            Set<NeedLevel> levels = lot.needLevel() == null ? EnumSet.allOf(NeedLevel.class) : EnumSet.of(lot.needLevel());
            lots.put(lot.number(), new BidContent.LotRequirement(levels, Set.copyOf(lot.questionIds())));
        }
        return new BidContent.Requirements(lots, Set.copyOf(tender.selectionQuestions()));
    }

    private DraftView view(Bid bid, BiddingTerms tender) {
        List<BidContent.AttachmentRef> files = attachmentsOf(bid.id()).stream().map(BidAttachment::ref).toList();
        BidContent content = read(bid.draft()).withAttachments(files);
        BidContent.Requirements required = requirements(tender);
        return new DraftView(bid.id(), bid.tenderId(), content, bid.version(), content.problems(required),
                files.stream().map(AttachmentView::of).toList(), List.copyOf(allPurposes(required)));
    }

    private static Receipt receipt(Bid bid, BiddingTerms tender) {
        return new Receipt(bid.id(), bid.tenderId(), tender.reference(), bid.submittedAt(), bid.receiptDigest(), bid.status());
    }

    private static BidContent read(String json) {
        if (json == null || json.isBlank()) {
            return BidContent.of(List.of(), Map.of());
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
