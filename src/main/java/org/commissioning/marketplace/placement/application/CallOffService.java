package org.commissioning.marketplace.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.PartyDirectory.Caller;
import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.placement.application.CallOffViews.AgreementChoice;
import org.commissioning.marketplace.placement.application.CallOffViews.ExcludedSetting;
import org.commissioning.marketplace.placement.application.CallOffViews.InvitationView;
import org.commissioning.marketplace.placement.application.CallOffViews.MatchView;
import org.commissioning.marketplace.placement.application.CallOffViews.ProviderFit;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralCommand;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralSummary;
import org.commissioning.marketplace.placement.application.CallOffViews.ReferralView;
import org.commissioning.marketplace.placement.application.CallOffViews.SettingFit;
import org.commissioning.marketplace.placement.domain.DeclineReason;
import org.commissioning.marketplace.placement.domain.FundingSplit;
import org.commissioning.marketplace.placement.domain.Invitation;
import org.commissioning.marketplace.placement.domain.InvitationStatus;
import org.commissioning.marketplace.placement.domain.Matching;
import org.commissioning.marketplace.placement.domain.Placement;
import org.commissioning.marketplace.placement.domain.Referral;
import org.commissioning.marketplace.placement.domain.ReferralStatus;
import org.commissioning.marketplace.shared.application.Mailbox;
import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.domain.CallOffRoute;
import org.commissioning.marketplace.shared.domain.ConflictException;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.NeedTag;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.UkTime;
import org.commissioning.marketplace.shared.infrastructure.ChildKey;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Councils call off placements: matching a child's needs to the providers that fit, sending the
 * referral by the agreement's route, providers' offers and declines, the council's choice, and
 * the scheduler's work on windows and expiries. A council sees only its own referrals; a provider
 * only the referrals sent to it (never one still queued for it); the hub every referral of its
 * councils. Every change is audited and everyone affected is told by email.
 */
@ApplicationScoped
public class CallOffService {

    public static final int BATCH = 50;
    /** Made once: each Json.createReader call looks the JSON provider up on the class path again. */
    private static final jakarta.json.JsonReaderFactory READERS = jakarta.json.Json.createReaderFactory(Map.of());

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Mailbox mailbox;

    @Inject
    Clock clock;

    /** The live agreement lot a referral calls off from. */
    record AgreementLot(long agreementId, long tenderId, String title, String reference, List<Integer> lots, CallOffRoute route) {
    }

    /** A setting as matching reads it, with what the agreement says of its provider. */
    record Row(Matching.Candidate candidate, String settingName, String urn, String fees, Integer lot) {
    }

    /** Everything matching worked out, kept to send the referral without reading it again. */
    record Outcome(AgreementLot agreement, Referral.Details details, MatchView view, List<Referral.Invitee> invitees) {
    }

    // ---- matching and sending

    /** Which providers would get this referral and why each other one would not; nothing is sent. */
    @Transactional
    public MatchView match(ReferralCommand command) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        return outcome(council, command).view();
    }

    /** Sends the referral to the providers that fit, by the agreement's route; refused when none fits. */
    @Transactional
    public ReferralView raise(ReferralCommand command) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Outcome outcome = outcome(council, command);
        Instant now = Instant.now(clock);
        Referral referral = Referral.raise(council.organisationId(), hubOf(council), outcome.agreement().agreementId(),
                outcome.agreement().lots().get(0), outcome.details(), outcome.agreement().route(),
                command == null ? null : command.respondBy(), outcome.invitees(), council.username(), now);
        em.persist(referral);
        em.flush();
        audit.record("referral.sent", "referral", referral.id(), referral.childReference() + " ("
                + referral.category().label() + ", " + referral.needLevel().label() + ") sent by " + referral.route().label().toLowerCase()
                + " to " + (referral.route() == CallOffRoute.DIRECT_AWARD ? "the first of " : "") + outcome.invitees().size()
                + " provider(s) that fit; " + outcome.view().excludedCount() + " setting(s) excluded with reasons");
        notify(referral, referral.invitations().stream().filter(Invitation::seenByProvider)
                .map(i -> new Referral.Change(i, InvitationStatus.QUEUED, InvitationStatus.INVITED)).toList());
        return view(referral, council);
    }

    private Outcome outcome(Caller council, ReferralCommand command) {
        if (command == null) {
            throw InvalidInputException.of("childReference", "Describe the child and the placement needed.");
        }
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        FundingSplit funding;
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            funding = new FundingSplit(command.socialCarePct(), command.educationPct(), command.healthPct());
        } catch (InvalidInputException e) {
            // Named as the request names them (socialCarePct, educationPct, healthPct).
            e.fieldErrors().forEach((field, message) -> errors.put(field.equals("funding") ? field : field + "Pct", message));
            funding = null;
        }
        Referral.Details details;
        try {
            details = Referral.check(new Referral.Details(command.childReference(), command.ageYears(), command.category(),
                    command.needLevel(), command.needTags(), command.needsSummary(), command.postcodeDistrict(),
                    command.maxDistanceKm(), command.requiredStart(), command.durationWeeks(), command.urgency(),
                    funding == null ? FundingSplit.socialCareOnly() : funding), today);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
            details = null;
        }
        double[] home = details == null ? null : centroid(details.postcodeDistrict());
        if (details != null && home == null) {
            errors.put("postcodeDistrict", "We do not know where postcode district " + details.postcodeDistrict()
                    + " is. Check it, or give the nearest district we know.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long hubId = hubOf(council);
        AgreementLot agreement = agreementFor(hubId, details.category(), details.needLevel(), command.agreementId());
        Matching.Need need = new Matching.Need(details.category(), details.needLevel(),
                details.needTags().stream().map(Enum::name).collect(Collectors.toSet()), home[0], home[1], details.maxDistanceKm());
        List<Row> rows = candidates(agreement, details.category());
        Matching.Result result = Matching.match(need, rows.stream().map(Row::candidate).toList());
        Map<Long, Row> bySetting = rows.stream().collect(Collectors.toMap(r -> r.candidate().settingId(), r -> r, (a, b) -> a));
        Map<Long, BigDecimal> quality = qualityScores(agreement);
        Map<Long, List<Matching.Fit>> perProvider = new LinkedHashMap<>();
        result.fits().forEach(f -> perProvider.computeIfAbsent(f.candidate().providerId(), k -> new ArrayList<>()).add(f));
        List<ProviderFit> fits = new ArrayList<>();
        List<Referral.Invitee> invitees = new ArrayList<>();
        for (var e : perProvider.entrySet()) {
            List<Matching.Fit> settings = e.getValue();
            Matching.Candidate first = settings.get(0).candidate();
            BigDecimal fee = fees(bySetting.get(first.settingId()).fees()).get(details.needLevel().name());
            BigDecimal nearest = km(settings.stream().mapToDouble(Matching.Fit::distanceKm).min().orElse(0));
            List<SettingFit> settingFits = settings.stream().map(f -> settingFit(bySetting.get(f.candidate().settingId()), f.distanceKm()))
                    .toList();
            fits.add(new ProviderFit(e.getKey(), first.providerName(), first.rank(), fee, quality.get(e.getKey()), nearest, settingFits));
            invitees.add(new Referral.Invitee(e.getKey(), first.rank(), fee, quality.get(e.getKey()), nearest,
                    settings.stream().map(f -> f.candidate().settingId()).toList()));
        }
        // The council needs every fit, but of the others only how many and why, and the best placed on the lot by name.
        Map<String, Long> byReason = new java.util.TreeMap<>(result.excluded().stream()
                .collect(Collectors.groupingBy(x -> x.exclusion().reason(), Collectors.counting())));
        List<ExcludedSetting> excluded = result.excluded().stream()
                .sorted(Comparator.comparingInt((Matching.Excluded x) -> x.candidate().rank() == null ? Integer.MAX_VALUE : x.candidate().rank())
                        .thenComparing(x -> x.candidate().providerName()).thenComparingLong(x -> x.candidate().settingId()))
                .limit(MatchView.EXCLUDED_LISTED)
                .map(x -> new ExcludedSetting(x.candidate().providerId(), x.candidate().providerName(), x.candidate().settingId(),
                        bySetting.get(x.candidate().settingId()).settingName(), x.exclusion().reason(), km(x.distanceKm())))
                .toList();
        MatchView view = new MatchView(agreement.agreementId(), agreement.tenderId(), agreement.reference() + " " + agreement.title(),
                agreement.lots().get(0), agreement.route(), fits, result.excluded().size(), byReason, excluded);
        return new Outcome(agreement, details, view, invitees);
    }

    private static SettingFit settingFit(Row row, double distance) {
        return new SettingFit(row.candidate().settingId(), row.settingName(), row.urn(), row.candidate().judgement().label(),
                row.candidate().vacancies(), km(distance));
    }

    private static BigDecimal km(double distance) {
        return Double.isNaN(distance) ? null : BigDecimal.valueOf(distance).setScale(1, RoundingMode.HALF_UP);
    }

    /**
     * The live agreements of the council's hub, within their term today, for a council to choose
     * from when more than one covers a placement: the same rule matching applies.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<AgreementChoice> liveAgreements() {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        List<Object[]> rows = em.createNativeQuery("SELECT fa.id, t.id, t.title, l.category "
                        + "FROM framework_agreement fa JOIN tender t ON t.id = fa.tender_id JOIN lot l ON l.tender_id = t.id "
                        + "WHERE t.hub_id = ? AND fa.status = 'LIVE' AND (fa.ends_on IS NULL OR fa.ends_on >= ?) "
                        + "ORDER BY fa.live_from DESC, fa.id, l.number")
                .setParameter(1, hubOf(council)).setParameter(2, LocalDate.now(clock.withZone(UkTime.ZONE))).getResultList();
        Map<Long, Object[]> agreements = new LinkedHashMap<>();
        Map<Long, Set<String>> categories = new HashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            agreements.putIfAbsent(id, r);
            categories.computeIfAbsent(id, k -> new java.util.LinkedHashSet<>())
                    .add(ServiceCategory.valueOf((String) r[3]).label().toLowerCase());
        }
        return agreements.entrySet().stream().map(e -> new AgreementChoice(e.getKey(), reference(((Number) e.getValue()[1]).longValue()),
                (String) e.getValue()[2], String.join(", ", categories.get(e.getKey())))).toList();
    }

    private long hubOf(Caller council) {
        return parties.hubIdOf(council.organisationId()).orElseThrow(() -> new ConflictException(council.organisationName()
                + " is not a member of a hub, so it has no agreements to call off from."));
    }

    /** Postcode district centroids are reference data (changed only by a migration): remembered once read. */
    private final Map<String, double[]> centroids = new java.util.concurrent.ConcurrentHashMap<>();

    private double[] centroid(String district) {
        double[] known = centroids.get(district);
        if (known != null) {
            return known;
        }
        double[] found = readCentroid(district);
        if (found != null) {
            centroids.put(district, found);
        }
        return found;
    }

    private double[] readCentroid(String district) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT latitude, longitude FROM postcode_district WHERE district = ?")
                .setParameter(1, district).getResultList();
        return rows.isEmpty() ? null : new double[]{((Number) rows.get(0)[0]).doubleValue(), ((Number) rows.get(0)[1]).doubleValue()};
    }

    /**
     * The hub's live agreement with a lot for the category and need level (the one asked for, when
     * there are several): live and within its term today, so nothing is called off after the term ends.
     */
    @SuppressWarnings("unchecked")
    private AgreementLot agreementFor(long hubId, ServiceCategory category, NeedLevel level, Long wanted) {
        List<Object[]> rows = em.createNativeQuery("SELECT fa.id, t.id, t.title, t.id, l.number, fa.call_off_route "
                        + "FROM framework_agreement fa JOIN tender t ON t.id = fa.tender_id JOIN lot l ON l.tender_id = t.id "
                        + "WHERE t.hub_id = ? AND fa.status = 'LIVE' AND (fa.ends_on IS NULL OR fa.ends_on >= ?) "
                        + "AND l.category = ? AND (l.need_level IS NULL OR l.need_level = ?) "
                        + "ORDER BY fa.live_from DESC, l.number")
                .setParameter(1, hubId).setParameter(2, LocalDate.now(clock.withZone(UkTime.ZONE)))
                .setParameter(3, category.name()).setParameter(4, level.name()).getResultList();
        Map<Long, AgreementLot> agreements = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            agreements.computeIfAbsent(id, k -> new AgreementLot(id, ((Number) r[1]).longValue(), (String) r[2], reference(((Number) r[3]).longValue()),
                    new ArrayList<>(), CallOffRoute.valueOf((String) r[5]))).lots().add(((Number) r[4]).intValue());
        }
        if (agreements.isEmpty()) {
            throw new ConflictException("Your hub has no live agreement for " + category.label().toLowerCase() + " at "
                    + level.label().toLowerCase() + " need level: this placement would be a spot purchase.");
        }
        if (wanted != null) {
            AgreementLot chosen = agreements.get(wanted);
            if (chosen == null) {
                throw InvalidInputException.of("agreementId", "Agreement " + wanted + " is not a live agreement of your hub for "
                        + category.label().toLowerCase() + ".");
            }
            return chosen;
        }
        if (agreements.size() > 1) {
            throw InvalidInputException.of("agreementId", "Several live agreements cover " + category.label().toLowerCase()
                    + ": choose one (" + agreements.values().stream().map(a -> a.agreementId() + " " + a.reference())
                    .collect(Collectors.joining(", ")) + ").");
        }
        return agreements.values().iterator().next();
    }

    /**
     * Every setting of the category run by a provider appointed on the agreement's lot (active or
     * not), with its place on the lot: one indexed query from the lot's members, so matching costs
     * what the lot's size costs, whatever the number of providers in the country. Providers not
     * appointed on the lot are outside the framework and are not candidates at all.
     */
    @SuppressWarnings("unchecked")
    private List<Row> candidates(AgreementLot agreement, ServiceCategory category) {
        String lots = agreement.lots().stream().map(String::valueOf).collect(Collectors.joining(","));
        // STRAIGHT_JOIN: always from the lot's members, whatever the optimiser's statistics say (after a bulk load
        // they can make it scan every setting in the country).
        List<Object[]> rows = em.createNativeQuery("SELECT STRAIGHT_JOIN s.id, s.provider_id, o.name, s.name, s.ofsted_urn, s.judgement, "
                        + "s.registered_needs, s.vacancies, pd.latitude, pd.longitude, m.rank_in_lot, m.status, m.weekly_fees, m.lot_number, "
                        + "s.registration_status "
                        + "FROM agreement_member m JOIN provider_setting s ON s.category = ? AND s.provider_id = m.provider_id "
                        + "JOIN organisation o ON o.id = m.provider_id "
                        + "LEFT JOIN postcode_district pd ON pd.district = s.postcode_district "
                        + "WHERE m.agreement_id = ? AND m.lot_number IN (" + lots + ") AND o.status = 'ACTIVE'")
                .setParameter(1, category.name()).setParameter(2, agreement.agreementId()).getResultList();
        // Sorted here, not by the database: the fees are TEXT, which would push its sort into an on-disk temporary table.
        rows = new ArrayList<>(rows);
        rows.sort(Comparator.comparingLong((Object[] r) -> ((Number) r[0]).longValue()).thenComparingInt(r -> ((Number) r[10]).intValue()));
        Map<Long, Row> bySetting = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long settingId = ((Number) r[0]).longValue();
            if (bySetting.containsKey(settingId)) {
                continue; // on two lots of the agreement: the better rank came first
            }
            String fees = (String) r[12];
            Set<NeedLevel> levels = EnumSet.noneOf(NeedLevel.class);
            for (NeedLevel level : NeedLevel.values()) {
                if (fees.contains("\"" + level.name() + "\"")) {
                    levels.add(level);
                }
            }
            Set<String> tags = new HashSet<>();
            NeedTag.split((String) r[6]).forEach(t -> tags.add(t.name()));
            Matching.Candidate candidate = new Matching.Candidate(((Number) r[1]).longValue(), settingId, (String) r[2], category,
                    levels, (String) r[11], ((Number) r[10]).intValue(), OfstedJudgement.valueOf((String) r[5]),
                    "ACTIVE".equals(r[14]), tags, ((Number) r[7]).intValue(), r[8] == null ? Double.NaN : ((Number) r[8]).doubleValue(),
                    r[9] == null ? Double.NaN : ((Number) r[9]).doubleValue());
            bySetting.put(settingId, new Row(candidate, (String) r[3], (String) r[4], fees, ((Number) r[13]).intValue()));
        }
        return new ArrayList<>(bySetting.values());
    }

    @SuppressWarnings("unchecked")
    private Map<Long, BigDecimal> qualityScores(AgreementLot agreement) {
        String lots = agreement.lots().stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Object[]> rows = em.createNativeQuery("SELECT al.provider_id, MAX(al.quality_score) FROM award a JOIN award_line al "
                        + "ON al.award_id = a.id WHERE a.tender_id = ? AND a.status = 'FINAL' AND al.lot_number IN (" + lots + ") "
                        + "GROUP BY al.provider_id")
                .setParameter(1, agreement.tenderId()).getResultList();
        Map<Long, BigDecimal> scores = new HashMap<>();
        rows.forEach(r -> scores.put(((Number) r[0]).longValue(), (BigDecimal) r[1]));
        return scores;
    }

    private static Map<String, BigDecimal> fees(String json) {
        Map<String, BigDecimal> fees = new HashMap<>();
        try (var reader = READERS.createReader(new java.io.StringReader(json))) {
            reader.readObject().forEach((k, v) -> fees.put(k, ((jakarta.json.JsonNumber) v).bigDecimalValue()));
        }
        return fees;
    }

    // ---- providers answer

    @Transactional
    public ReferralView offer(long referralId, Referral.Offer offer) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        Referral referral = lockedForProvider(referralId, provider);
        Referral.Offer checked = offer == null ? new Referral.Offer(null, null, null, null, null) : offer;
        if (checked.startDate() != null && checked.startDate().isBefore(LocalDate.now(clock.withZone(UkTime.ZONE)))) {
            throw InvalidInputException.of("startDate", "The start date cannot be in the past.");
        }
        List<Referral.Change> changes = referral.offer(provider.organisationId(), checked, provider.username(), Instant.now(clock));
        Invitation mine = changes.get(0).invitation();
        audit.record("referral.offered", "referral", referral.id(), provider.organisationName() + " offered £"
                + mine.offerFee().toPlainString() + " a week from " + mine.offerStart()
                + (mine.overPrice() ? " — ABOVE the agreement's £" + mine.agreementFee().toPlainString() + ": " + mine.priceJustification() : ""));
        notify(referral, changes);
        return view(referral, provider);
    }

    @Transactional
    public ReferralView decline(long referralId, DeclineReason reason) {
        Caller provider = parties.require(Role.PROVIDER_USER);
        Referral referral = lockedForProvider(referralId, provider);
        List<Referral.Change> changes = referral.decline(provider.organisationId(), reason, provider.username(), Instant.now(clock));
        audit.record("referral.declined", "referral", referral.id(), provider.organisationName() + " declined: " + reason.label());
        notify(referral, changes);
        return view(referral, provider);
    }

    // ---- the council decides

    /** The council accepts an offer: the placement agreement is made and everyone else is told. */
    @Transactional
    public Placement accept(long referralId, long invitationId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Referral referral = lockedForCouncil(referralId, council);
        Instant now = Instant.now(clock);
        List<Referral.Change> changes = referral.accept(invitationId, now);
        Invitation accepted = changes.get(0).invitation();
        // Under the setting's row lock: two acceptances never take the same last vacancy.
        int taken = em.createNativeQuery("UPDATE provider_setting SET vacancies = vacancies - 1, vacancies_updated_at = ? "
                        + "WHERE id = ? AND vacancies > 0")
                .setParameter(1, InstantConverter.column(now)).setParameter(2, accepted.offerSettingId()).executeUpdate();
        if (taken == 0) {
            throw new ConflictException("The setting offered has no vacancy left, so the offer cannot be accepted now. "
                    + "Ask the provider to update its vacancies, or turn the offer down.");
        }
        Placement placement = Placement.agree(referral, accepted, distanceKm(referral.postcodeDistrict(), accepted.offerSettingId()),
                ChildKey.of(referral.councilId(), referral.childReference()), council.username(), now);
        em.persist(placement);
        em.flush();
        audit.record("referral.accepted", "referral", referral.id(), "offer of " + parties.nameOf(accepted.providerId()) + " accepted at £"
                + accepted.offerFee().toPlainString() + " a week; placement " + placement.id() + " agreed; the setting's vacancies go down by one");
        audit.record("placement.agreed", "placement", placement.id(), "individual placement agreement for " + referral.childReference()
                + " from " + placement.startDate() + " to " + placement.plannedEnd());
        notify(referral, changes);
        return placement;
    }

    /** From a child's home district to a setting's district, between centroids; null when either is unknown. */
    BigDecimal distanceKm(String homeDistrict, long settingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT h.latitude, h.longitude, d.latitude, d.longitude FROM provider_setting s "
                        + "JOIN postcode_district d ON d.district = s.postcode_district JOIN postcode_district h ON h.district = ? WHERE s.id = ?")
                .setParameter(1, homeDistrict).setParameter(2, settingId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return BigDecimal.valueOf(Matching.distanceKm(((Number) r[0]).doubleValue(), ((Number) r[1]).doubleValue(),
                ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue())).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    @Transactional
    public ReferralView turnDown(long referralId, long invitationId) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Referral referral = lockedForCouncil(referralId, council);
        List<Referral.Change> changes = referral.turnDown(invitationId, Instant.now(clock));
        audit.record("referral.offer-turned-down", "referral", referral.id(), "offer of "
                + parties.nameOf(changes.get(0).invitation().providerId()) + " turned down");
        notify(referral, changes);
        return view(referral, council);
    }

    @Transactional
    public ReferralView withdraw(long referralId, String reason) {
        Caller council = parties.require(Role.COUNCIL_COMMISSIONER);
        Referral referral = lockedForCouncil(referralId, council);
        List<Referral.Change> changes = referral.withdraw(reason, Instant.now(clock));
        audit.record("referral.withdrawn", "referral", referral.id(), "withdrawn: " + referral.statusReason());
        notify(referral, changes);
        return view(referral, council);
    }

    // ---- the scheduler

    /** Windows that closed and offers that lapsed, up to a batch, once across the cluster (SKIP LOCKED). */
    @Transactional
    public int advanceDue() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM referral WHERE next_check IS NOT NULL AND next_check <= ? "
                        + "ORDER BY next_check LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, InstantConverter.column(now)).getResultList();
        for (Number id : ids) {
            Referral referral = em.find(Referral.class, id.longValue());
            ReferralStatus before = referral.status();
            List<Referral.Change> changes = referral.advance(now);
            changes.forEach(c -> audit.recordAs(AuditTrail.SYSTEM, referral.councilId(), "referral." + c.to().name().toLowerCase().replace('_', '-'),
                    "referral", referral.id(), parties.nameOf(c.invitation().providerId()) + ": " + c.from().label().toLowerCase()
                            + " -> " + c.to().label().toLowerCase()));
            if (before != referral.status()) {
                audit.recordAs(AuditTrail.SYSTEM, referral.councilId(), "referral.closed", "referral", referral.id(), referral.status().label()
                        + ": " + referral.statusReason());
            }
            notify(referral, changes);
        }
        return ids.size();
    }

    // ---- reading

    @Transactional
    public ReferralView get(long referralId) {
        Caller caller = parties.require(Role.COUNCIL_COMMISSIONER, Role.HUB_COMMISSIONER, Role.PROVIDER_USER);
        return view(visible(referralId, caller), caller);
    }

    /**
     * What waits in call-offs: for a provider, referrals it is invited to answer; for a council, offers
     * waiting for its decision (soonest to lapse first).
     */
    @Transactional
    public List<org.commissioning.marketplace.shared.application.Task> tasks(Caller caller) {
        if (!caller.has(Role.COUNCIL_COMMISSIONER) && !caller.has(Role.PROVIDER_USER)) {
            return List.of();
        }
        List<org.commissioning.marketplace.shared.application.Task> tasks = new ArrayList<>();
        if (caller.has(Role.PROVIDER_USER)) {
            em.createQuery("SELECT r, i FROM Referral r JOIN r.invitations i WHERE i.providerId = :org AND i.status = :invited "
                            + "AND r.status = :open ORDER BY i.respondBy", Object[].class)
                    .setParameter("org", caller.organisationId()).setParameter("invited", InvitationStatus.INVITED)
                    .setParameter("open", ReferralStatus.OPEN).getResultList().forEach(row -> {
                        Referral r = (Referral) row[0];
                        Invitation i = (Invitation) row[1];
                        tasks.add(new org.commissioning.marketplace.shared.application.Task("Answer referral " + r.childReference()
                                + " (" + r.category().label() + ") from " + parties.nameOf(r.councilId()) + ": offer or decline",
                                "provider/referrals.xhtml?id=" + r.id(), i.respondBy()));
                    });
        } else {
            em.createQuery("SELECT DISTINCT r FROM Referral r JOIN r.invitations i WHERE r.councilId = :org AND r.status = :open "
                            + "AND i.status = :offered ORDER BY r.createdAt", Referral.class)
                    .setParameter("org", caller.organisationId()).setParameter("open", ReferralStatus.OPEN)
                    .setParameter("offered", InvitationStatus.OFFERED).getResultList().forEach(r -> {
                        List<Invitation> offers = r.invitations().stream().filter(i -> i.status() == InvitationStatus.OFFERED).toList();
                        Instant lapses = offers.stream().map(Invitation::offerExpiresAt).filter(java.util.Objects::nonNull)
                                .min(Instant::compareTo).orElse(null);
                        tasks.add(new org.commissioning.marketplace.shared.application.Task(offers.size()
                                + (offers.size() == 1 ? " offer waits" : " offers wait") + " for your decision on referral "
                                + r.childReference(), "council/referral.xhtml?id=" + r.id(), lapses));
                    });
        }
        return tasks;
    }

    /** The caller's referrals, newest first: a council's own, a hub's councils', a provider's invitations. */
    @Transactional
    public Page<ReferralSummary> list(int page, int size, String status) {
        Caller caller = parties.require(Role.COUNCIL_COMMISSIONER, Role.HUB_COMMISSIONER, Role.PROVIDER_USER);
        int p = Math.max(page, 0);
        int s = size < 1 || size > 100 ? 20 : size;
        ReferralStatus wanted = status == null || status.isBlank() ? null : parse(status);
        String where;
        if (caller.has(Role.PROVIDER_USER)) {
            where = " FROM Referral r JOIN r.invitations i WHERE i.providerId = :org AND i.invitedAt IS NOT NULL";
        } else if (caller.has(Role.HUB_COMMISSIONER)) {
            where = " FROM Referral r WHERE r.hubId = :org";
        } else {
            where = " FROM Referral r WHERE r.councilId = :org";
        }
        if (wanted != null) {
            where += " AND r.status = :status";
        }
        var count = em.createQuery("SELECT COUNT(r)" + where, Long.class).setParameter("org", caller.organisationId());
        var query = em.createQuery("SELECT r" + where + " ORDER BY r.createdAt DESC, r.id DESC", Referral.class)
                .setParameter("org", caller.organisationId()).setFirstResult(p * s).setMaxResults(s);
        if (wanted != null) {
            count.setParameter("status", wanted);
            query.setParameter("status", wanted);
        }
        long total = count.getSingleResult();
        Map<Long, String> names = new HashMap<>();
        List<ReferralSummary> items = query.getResultList().stream().map(r -> {
            String yours = caller.has(Role.PROVIDER_USER) ? r.invitations().stream().filter(i -> i.providerId() == caller.organisationId())
                    .findFirst().map(i -> i.status().label()).orElse("") : null;
            Instant respondBy = caller.has(Role.PROVIDER_USER) ? r.invitations().stream()
                    .filter(i -> i.providerId() == caller.organisationId()).findFirst().map(Invitation::respondBy).orElse(null) : r.respondBy();
            return new ReferralSummary(r.id(), r.childReference(), r.category().label(), r.needLevel(),
                    names.computeIfAbsent(r.councilId(), parties::nameOf), r.status().name(), r.status().label(), yours, r.createdAt(),
                    respondBy, r.requiredStart());
        }).toList();
        return new Page<>(items, total, p, s);
    }

    private static ReferralStatus parse(String status) {
        try {
            return ReferralStatus.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", "Status is one of OPEN, PLACED, UNPLACED, WITHDRAWN.");
        }
    }

    Referral visible(long referralId, Caller caller) {
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null || !canSee(referral, caller)) {
            throw new NotFoundException("No such referral.");
        }
        return referral;
    }

    static boolean canSee(Referral referral, Caller caller) {
        if (caller.has(Role.COUNCIL_COMMISSIONER) && referral.councilId() == caller.organisationId()) {
            return true;
        }
        if (caller.has(Role.HUB_COMMISSIONER) && referral.hubId() == caller.organisationId()) {
            return true;
        }
        return caller.has(Role.PROVIDER_USER) && referral.invitations().stream()
                .anyMatch(i -> i.providerId() == caller.organisationId() && i.seenByProvider());
    }

    private Referral lockedForProvider(long referralId, Caller provider) {
        Referral referral = em.find(Referral.class, referralId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || !canSee(referral, provider)) {
            throw new NotFoundException("No such referral.");
        }
        return referral;
    }

    private Referral lockedForCouncil(long referralId, Caller council) {
        Referral referral = em.find(Referral.class, referralId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || referral.councilId() != council.organisationId()) {
            throw new NotFoundException("No such referral.");
        }
        return referral;
    }

    ReferralView view(Referral r, Caller caller) {
        boolean provider = caller.has(Role.PROVIDER_USER) && !caller.has(Role.COUNCIL_COMMISSIONER) && !caller.has(Role.HUB_COMMISSIONER);
        Set<Long> settingIds = new HashSet<>();
        r.invitations().forEach(i -> {
            settingIds.addAll(i.settingIds());
            if (i.offerSettingId() != null) {
                settingIds.add(i.offerSettingId());
            }
        });
        Map<Long, Object[]> settings = settings(settingIds);
        List<InvitationView> invitations = r.invitations().stream()
                .filter(i -> !provider || (i.providerId() == caller.organisationId() && i.seenByProvider()))
                .map(i -> invitationView(i, settings)).toList();
        Long placementId = r.status() == ReferralStatus.PLACED ? em.createQuery("SELECT p.id FROM Placement p WHERE p.referralId = :r",
                Long.class).setParameter("r", r.id()).getResultStream().findFirst().orElse(null) : null;
        String agreementTitle = agreementTitle(r.agreementId());
        return new ReferralView(r.id(), r.childReference(), r.ageYears(), r.category(), r.category().label(), r.needLevel(),
                r.needTags().stream().map(NeedTag::label).toList(), r.needsSummary(), r.postcodeDistrict(), r.maxDistanceKm(),
                r.requiredStart(), r.durationWeeks(), r.urgency().label(), r.funding().socialCare(), r.funding().education(),
                r.funding().health(), r.route(), r.route().label(), r.respondBy(), r.status().name(), r.status().label(), r.statusReason(),
                r.councilId(), parties.nameOf(r.councilId()), r.agreementId(), agreementTitle, r.lotNumber(), r.createdAt(),
                provider ? null : r.createdBy(), r.closedAt(), invitations, provider ? null : placementId);
    }

    private InvitationView invitationView(Invitation i, Map<Long, Object[]> settings) {
        Object[] offered = i.offerSettingId() == null ? null : settings.get(i.offerSettingId());
        List<SettingFit> fitting = i.settingIds().stream().filter(settings::containsKey).map(id -> {
            Object[] s = settings.get(id);
            return new SettingFit(id, (String) s[1], (String) s[2], OfstedJudgement.valueOf((String) s[3]).label(),
                    ((Number) s[4]).intValue(), null);
        }).toList();
        return new InvitationView(i.id(), i.position(), i.providerId(), parties.nameOf(i.providerId()), i.rank(), i.agreementFee(),
                i.qualityScore(), i.nearestKm(), i.status().name(), i.status().label(), i.invitedAt(), i.respondBy(), i.answeredAt(),
                i.declineReason() == null ? null : i.declineReason().label(), i.offerFee(), i.offerStart(), i.offerSettingId(),
                offered == null ? null : (String) offered[1], offered == null ? null : (String) offered[2],
                offered == null ? null : OfstedJudgement.valueOf((String) offered[3]).label(), i.offerNotes(), i.overPrice(),
                i.priceJustification(), i.offerExpiresAt(), fitting);
    }

    @SuppressWarnings("unchecked")
    Map<Long, Object[]> settings(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, ofsted_urn, judgement, vacancies FROM provider_setting WHERE id IN ("
                + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> r));
    }

    String agreementTitle(long agreementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.id, t.title FROM framework_agreement fa JOIN tender t "
                + "ON t.id = fa.tender_id WHERE fa.id = ?").setParameter(1, agreementId).getResultList();
        return rows.isEmpty() ? "" : reference(((Number) rows.get(0)[0]).longValue()) + " " + rows.get(0)[1];
    }

    /** A tender's reference, as the tendering capability shows it. */
    private static String reference(long tenderId) {
        return org.commissioning.marketplace.tendering.domain.Tender.reference(tenderId);
    }

    // ---- notices

    private void notify(Referral r, List<Referral.Change> changes) {
        String what = r.childReference() + " (" + r.category().label().toLowerCase() + ", " + r.needLevel().label().toLowerCase()
                + " needs, from " + r.postcodeDistrict() + ")";
        for (Referral.Change c : changes) {
            Invitation i = c.invitation();
            List<String> to = parties.usernamesOf(i.providerId());
            switch (c.to()) {
                case INVITED -> mailbox.queue(to, "New referral " + r.childReference() + ": answer by " + UkTime.format(i.respondBy()),
                        parties.nameOf(r.councilId()) + " has sent you a referral for " + what + ", needed from "
                                + UkTime.date(r.requiredStart()) + ".\n"
                                + (r.route() == CallOffRoute.DIRECT_AWARD
                                ? "You are offered it first, by rank on the agreement: the window is yours alone until "
                                : "It is a further competition among the providers that fit; offers close at ")
                                + UkTime.format(i.respondBy()) + " (UK time).\nOffer or decline in the marketplace.\n");
                case EXPIRED -> mailbox.queue(to, "Referral " + r.childReference() + ": the time to answer has passed",
                        "The window to answer the referral for " + what + " closed at " + UkTime.format(i.respondBy())
                                + " without an answer from you.\n");
                case LAPSED -> mailbox.queue(to, "Referral " + r.childReference() + ": your offer has expired",
                        "Your offer for " + what + " expired at " + UkTime.format(i.offerExpiresAt()) + " without a decision.\n");
                case ACCEPTED -> mailbox.queue(to, "Referral " + r.childReference() + ": your offer is accepted",
                        parties.nameOf(r.councilId()) + " has accepted your offer of £" + i.offerFee().toPlainString()
                                + " a week from " + UkTime.date(i.offerStart()) + ". The individual placement agreement is in the marketplace.\n");
                case NOT_CHOSEN -> mailbox.queue(to, "Referral " + r.childReference() + ": your offer was not chosen",
                        parties.nameOf(r.councilId()) + " did not choose your offer for " + what + ". Thank you for offering.\n");
                case WITHDRAWN -> {
                    if (i.seenByProvider()) {
                        mailbox.queue(to, "Referral " + r.childReference() + " is closed",
                                "The referral for " + what + " is closed (" + r.status().label().toLowerCase()
                                        + "): no answer is needed from you any more.\n");
                    }
                }
                case OFFERED -> mailbox.queue(parties.usernamesOf(r.councilId()), "Offer for referral " + r.childReference(),
                        parties.nameOf(i.providerId()) + " has offered £" + i.offerFee().toPlainString() + " a week from "
                                + UkTime.date(i.offerStart()) + (i.overPrice() ? " — above the agreement price of £"
                                + i.agreementFee().toPlainString() + " (justification given)" : "")
                                + ". Compare offers and accept in the marketplace.\n");
                case DECLINED -> mailbox.queue(parties.usernamesOf(r.councilId()), "Referral " + r.childReference() + " declined by "
                        + parties.nameOf(i.providerId()), parties.nameOf(i.providerId()) + " declined: " + i.declineReason().label() + ".\n");
                default -> {
                }
            }
        }
        // Closed unplaced is final, and notices follow only a change: this goes once.
        if (r.status() == ReferralStatus.UNPLACED && !changes.isEmpty()) {
            mailbox.queue(parties.usernamesOf(r.councilId()), "Referral " + r.childReference() + " closed without a placement",
                    r.statusReason() + "\nConsider a new referral with a wider distance, or a spot purchase.\n");
        }
    }
}
