package org.commissioning.marketplace.placement.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.application.Views.OrganisationRef;
import org.commissioning.marketplace.shared.infrastructure.ChildDetailsConverter;
import org.commissioning.marketplace.shared.infrastructure.ChildKey;
import org.commissioning.marketplace.shared.infrastructure.InstantConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

/**
 * For the demo only (with the demo call-offs): three years of the North West hub's history, so that
 * a new user sees what the register, insight and provider performance are for. The framework that
 * ran before the live one (fostering, residential and specialist fostering, now expired), about 300
 * placements called off from it by the hub's councils (with yearly fee uplifts, extensions, planned
 * and unplanned endings; some still running) and referrals that found no placement. Children's
 * details are sealed as the application seals them; the same seed gives the same history. Loaded
 * through SQL, not the services, because it is the past: nobody is emailed and no window opens.
 * Idempotent: nothing happens when the history's framework exists.
 */
@Singleton
@Startup
@DependsOn("CallOffDemoData")
public class PlacementHistoryDemoData {

    static final String TITLE = "North West Fostering and Residential Framework 2023-2026 (demo history)";
    private static final Logger LOG = Logger.getLogger(PlacementHistoryDemoData.class.getName());
    private static final int PLACEMENTS = 300;
    private static final int UNPLACED = 45;

    @PersistenceContext
    EntityManager em;

    @Inject
    PartyDirectory parties;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "marketplace.demo-call-offs", defaultValue = "false")
    boolean enabled;

    private final ChildDetailsConverter sealed = new ChildDetailsConverter();

    /** A lot of the old framework, its appointed providers' settings (by Ofsted URN) and their agreement prices. */
    private record Lot(int number, String title, String category, String[] urns, long[] providers, int[] basePrices) {
    }

    @PostConstruct
    void load() {
        if (!enabled || !em.createNativeQuery("SELECT id FROM tender WHERE title = ?").setParameter(1, TITLE).getResultList().isEmpty()) {
            return;
        }
        long hub = parties.named("North West Placements Hub").orElseThrow().id();
        List<OrganisationRef> councils = parties.membersOf(hub);
        long brightwater = provider("Brightwater Fostering Ltd");
        long kestrel = provider("Kestrel Fostering Ltd");
        long oakfield = provider("Oakfield Children's Homes Ltd");
        long stockport = provider("Stockport Council Children's Homes");
        LocalDate today = LocalDate.now(clock);
        LocalDate termStart = today.minusYears(3).minusMonths(2);
        LocalDate termEnd = today.minusMonths(2).minusDays(1);
        Instant awarded = termStart.minusDays(30).atTime(12, 0).toInstant(ZoneOffset.UTC);

        long tender = insertTender(hub, termStart, termEnd, awarded);
        List<Lot> lots = List.of(
                new Lot(1, "Standard fostering", "FOSTERING_STANDARD", new String[]{"SC481120", "SC498876"},
                        new long[]{brightwater, kestrel}, new int[]{840, 875}),
                new Lot(2, "Children's homes: small group", "RESIDENTIAL_SMALL_GROUP", new String[]{"SC502311", "SC044512"},
                        new long[]{oakfield, stockport}, new int[]{4600, 4250}),
                new Lot(3, "Specialist fostering", "FOSTERING_SPECIALIST", new String[]{"SC481121"},
                        new long[]{brightwater}, new int[]{1180}));
        for (Lot lot : lots) {
            em.createNativeQuery("INSERT INTO lot (tender_id, number, title, category, estimated_placements, estimated_value) VALUES (?, ?, ?, ?, ?, ?)")
                    .setParameter(1, tender).setParameter(2, lot.number()).setParameter(3, lot.title()).setParameter(4, lot.category())
                    .setParameter(5, 100).setParameter(6, BigDecimal.valueOf(lot.basePrices()[0] * 52L * 100)).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO framework_agreement (tender_id, status, live_from, call_off_route, ends_on, latest_end, ended_at) "
                        + "VALUES (?, 'EXPIRED', ?, 'DIRECT_AWARD', ?, ?, ?)")
                .setParameter(1, tender).setParameter(2, InstantConverter.column(termStart.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .setParameter(3, termEnd).setParameter(4, termEnd)
                .setParameter(5, InstantConverter.column(termEnd.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))).executeUpdate();
        long agreement = ((Number) em.createNativeQuery("SELECT id FROM framework_agreement WHERE tender_id = ?").setParameter(1, tender)
                .getSingleResult()).longValue();
        List<long[]> settings = new ArrayList<>(); // per lot and rank: setting id
        for (Lot lot : lots) {
            for (int rank = 0; rank < lot.providers().length; rank++) {
                String fees = "{\"STANDARD\":" + lot.basePrices()[rank] + ".00,\"COMPLEX\":" + Math.round(lot.basePrices()[rank] * 1.3)
                        + ".00,\"HIGHLY_COMPLEX\":" + Math.round(lot.basePrices()[rank] * 1.7) + ".00}";
                em.createNativeQuery("INSERT INTO agreement_member (agreement_id, lot_number, provider_id, rank_in_lot, weekly_fees, status) "
                                + "VALUES (?, ?, ?, ?, ?, 'ACTIVE')").setParameter(1, agreement).setParameter(2, lot.number())
                        .setParameter(3, lot.providers()[rank]).setParameter(4, rank + 1).setParameter(5, fees).executeUpdate();
                settings.add(new long[]{lot.number(), rank, setting(lot.urns()[rank])});
            }
        }

        Random random = new Random(20260401L);
        String[] districts = {"BL3", "BL1", "M8", "M14", "M22", "OL4", "OL11", "SK2", "SK8", "WN2", "M30", "BL9", "M33", "WA14", "M6"};
        int placed = 0;
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < PLACEMENTS; i++) {
            Lot lot = lots.get(random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2);
            int rank = lot.providers().length > 1 && random.nextInt(10) >= 7 ? 1 : 0;
            String level = random.nextInt(10) < 6 ? "STANDARD" : random.nextInt(10) < 7 ? "COMPLEX" : "HIGHLY_COMPLEX";
            double levelFactor = "STANDARD".equals(level) ? 1.0 : "COMPLEX".equals(level) ? 1.3 : 1.7;
            BigDecimal agreementFee = BigDecimal.valueOf(lot.basePrices()[rank] * levelFactor).setScale(2, RoundingMode.HALF_UP);
            BigDecimal fee = agreementFee.multiply(BigDecimal.valueOf(0.96 + random.nextInt(9) / 100.0)).setScale(2, RoundingMode.HALF_UP);
            LocalDate start = termStart.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(termStart, termEnd)));
            int weeks = "FOSTERING_STANDARD".equals(lot.category()) ? 26 + random.nextInt(130) : 12 + random.nextInt(80);
            LocalDate plannedEnd = start.plusWeeks(weeks);
            OrganisationRef council = councils.get(random.nextInt(councils.size()));
            String child = "NW-" + start.getYear() + "-" + String.format("%04d", i + 1);
            // A child whose placement broke down in the last three months moves here: the same council's reference again.
            Move moving = moves.stream().filter(m -> m.ended().isBefore(start) && !m.ended().isBefore(start.minusMonths(3)))
                    .findFirst().orElse(null);
            if (moving != null) {
                moves.remove(moving);
                council = moving.council();
                child = moving.child();
            }
            String district = districts[random.nextInt(districts.length)];
            Instant referred = start.minusDays(5 + random.nextInt(20)).atTime(9 + random.nextInt(8), 0).toInstant(ZoneOffset.UTC);
            Instant agreed = referred.plus(1 + random.nextInt(6), ChronoUnit.DAYS);
            long providerId = lot.providers()[rank];
            long settingId = settings.stream().filter(s -> s[0] == lot.number() && s[1] == rank).findFirst().orElseThrow()[2];
            long referral = insertReferral(council.id(), hub, agreement, lot, level, child, district, start, weeks, referred, "PLACED",
                    agreed, random);
            insertInvitation(referral, 1, providerId, rank + 1, agreementFee, settingId, "ACCEPTED", referred, fee, start);

            // Its life so far: fee uplifts each April, some extensions, endings planned or not.
            List<Object[]> variations = new ArrayList<>();
            variations.add(new Object[]{"AGREED", start, fee, plannedEnd, "Placement agreed from the referral's offer"});
            variations.add(new Object[]{"STARTED", start, null, null, "The child moved in"});
            BigDecimal current = fee;
            LocalDate end = null;
            String ending = null;
            String endReason = null;
            boolean unplanned = random.nextInt(100) < 12;
            LocalDate breakdown = unplanned ? start.plusDays(14 + random.nextInt(Math.max(1, weeks * 7 - 14))) : null;
            for (LocalDate april = LocalDate.of(start.getYear() + (start.getMonthValue() >= 4 ? 1 : 0), 4, 1);
                 april.isBefore(today) && april.isBefore(plannedEnd) && (breakdown == null || april.isBefore(breakdown)); april = april.plusYears(1)) {
                current = current.multiply(new BigDecimal("1.035")).setScale(2, RoundingMode.HALF_UP);
                variations.add(new Object[]{"FEE_CHANGE", april, current, null, "Annual uplift of 3.5% under the framework"});
            }
            LocalDate review = plannedEnd.minusWeeks(2);
            if (!unplanned && review.isBefore(today) && random.nextInt(100) < 15) {
                plannedEnd = plannedEnd.plusWeeks(12 + random.nextInt(26));
                variations.add(new Object[]{"EXTENSION", review, null, plannedEnd, "Extended at the child's review"});
            }
            if (breakdown != null && breakdown.isBefore(today)) {
                end = breakdown;
                ending = "UNPLANNED";
                endReason = random.nextBoolean() ? "The placement broke down" : "Moved to a setting better able to meet needs";
            } else if (plannedEnd.isBefore(today)) {
                end = plannedEnd;
                ending = "PLANNED";
                endReason = random.nextBoolean() ? "Returned home as planned" : "Moved on as the care plan set out";
            }
            if (end != null) {
                variations.add(new Object[]{"ENDED", end, null, null, endReason});
            }
            if ("UNPLANNED".equals(ending)) {
                moves.add(new Move(council, child, end));
            }
            String status = end != null ? "ENDED" : "STARTED";
            long placement = insertPlacement(referral, council.id(), hub, providerId, settingId, agreement, lot, child, level, current,
                    agreementFee, start, plannedEnd, status, end, ending, endReason, agreed, referred, district, random);
            for (Object[] v : variations) {
                em.createNativeQuery("INSERT INTO placement_variation (placement_id, kind, effective_date, weekly_fee, planned_end, reason, "
                                + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, placement).setParameter(2, v[0]).setParameter(3, v[1]).setParameter(4, v[2]).setParameter(5, v[3])
                        .setParameter(6, v[4]).setParameter(7, "demo history")
                        .setParameter(8, InstantConverter.column(((LocalDate) v[1]).atTime(10, 0).toInstant(ZoneOffset.UTC))).executeUpdate();
            }
            placed++;
        }
        for (int i = 0; i < UNPLACED; i++) {
            Lot lot = lots.get(random.nextInt(lots.size()));
            LocalDate wanted = termStart.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(termStart, termEnd)));
            Instant referred = wanted.minusDays(3 + random.nextInt(10)).atTime(11, 0).toInstant(ZoneOffset.UTC);
            OrganisationRef council = councils.get(random.nextInt(councils.size()));
            long referral = insertReferral(council.id(), hub, agreement, lot, "COMPLEX", "NW-" + wanted.getYear() + "-U" + (i + 1),
                    districts[random.nextInt(districts.length)], wanted, 26, referred, "UNPLACED", referred.plus(3, ChronoUnit.DAYS), random);
            for (int rank = 0; rank < lot.providers().length; rank++) {
                long settingId = settings.stream().filter(s -> s[0] == lot.number()).skip(rank).findFirst().orElseThrow()[2];
                insertInvitation(referral, rank + 1, lot.providers()[rank], rank + 1,
                        BigDecimal.valueOf(lot.basePrices()[rank] * 1.3).setScale(2, RoundingMode.HALF_UP), settingId,
                        random.nextBoolean() ? "DECLINED" : "EXPIRED", referred, null, null);
            }
        }
        audit.recordAs(AuditTrail.SYSTEM, hub, "demo-data.loaded", "organisation", hub,
                "three years of demo history: " + placed + " placements, " + UNPLACED + " referrals without a placement");
        LOG.info("Demo history loaded: " + placed + " placements and " + UNPLACED + " unplaced referrals from " + TITLE);
    }

    private long insertTender(long hub, LocalDate termStart, LocalDate termEnd, Instant awarded) {
        Object at = InstantConverter.column(awarded.minus(90, ChronoUnit.DAYS));
        em.createNativeQuery("INSERT INTO tender (hub_id, title, description, procedure_type, status, term_start, term_end, "
                        + "clarification_deadline, bid_deadline, planned_award, standstill_days, published_at, created_at, created_by, extension_months) "
                        + "VALUES (?, ?, ?, 'FRAMEWORK', 'AWARDED', ?, ?, ?, ?, ?, 8, ?, ?, 'demo history', 0)")
                .setParameter(1, hub).setParameter(2, TITLE)
                .setParameter(3, "The framework the live one replaced: standard and specialist fostering and small children's homes "
                        + "(loaded as demo history).")
                .setParameter(4, termStart).setParameter(5, termEnd)
                .setParameter(6, InstantConverter.column(awarded.minus(50, ChronoUnit.DAYS)))
                .setParameter(7, InstantConverter.column(awarded.minus(40, ChronoUnit.DAYS)))
                .setParameter(8, termStart.minusDays(30)).setParameter(9, at).setParameter(10, at).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM tender WHERE title = ?").setParameter(1, TITLE).getSingleResult()).longValue();
    }

    private long insertReferral(long council, long hub, long agreement, Lot lot, String level, String child, String district,
                                LocalDate start, int weeks, Instant referred, String status, Instant closed, Random random) {
        em.createNativeQuery("INSERT INTO referral (council_id, hub_id, agreement_id, lot_number, child_reference, age_years, category, "
                        + "need_level, need_tags, needs_summary, postcode_district, max_distance_km, required_start, duration_weeks, urgency, "
                        + "social_care_pct, education_pct, health_pct, route, status, status_reason, created_by, created_at, closed_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 40, ?, ?, ?, 100, 0, 0, 'DIRECT_AWARD', ?, ?, 'demo history', ?, ?)")
                .setParameter(1, council).setParameter(2, hub).setParameter(3, agreement).setParameter(4, lot.number())
                .setParameter(5, sealed.convertToDatabaseColumn(child))
                .setParameter(6, sealed.convertToDatabaseColumn(String.valueOf(lot.category().startsWith("RESIDENTIAL") ? 12 + random.nextInt(6)
                        : 2 + random.nextInt(14))))
                .setParameter(7, lot.category()).setParameter(8, level)
                .setParameter(9, sealed.convertToDatabaseColumn(random.nextInt(4) == 0 ? "SIBLING_GROUP" : ""))
                .setParameter(10, sealed.convertToDatabaseColumn("Demo history: a child placed through the previous framework."))
                .setParameter(11, sealed.convertToDatabaseColumn(district)).setParameter(12, start).setParameter(13, weeks)
                .setParameter(14, random.nextInt(5) == 0 ? "EMERGENCY" : "PLANNED").setParameter(15, status)
                .setParameter(16, "UNPLACED".equals(status) ? "No provider on the lot could offer in time" : null)
                .setParameter(17, InstantConverter.column(referred)).setParameter(18, InstantConverter.column(closed)).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private void insertInvitation(long referral, int position, long provider, int rank, BigDecimal agreementFee, long setting,
                                  String status, Instant invited, BigDecimal offerFee, LocalDate offerStart) {
        em.createNativeQuery("INSERT INTO referral_invitation (referral_id, position, provider_id, rank_in_lot, agreement_fee, nearest_km, "
                        + "setting_ids, status, invited_at, respond_by, answered_at, decline_reason, offer_fee, offer_start, offer_setting_id, "
                        + "answered_by) VALUES (?, ?, ?, ?, ?, 12.0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, referral).setParameter(2, position).setParameter(3, provider).setParameter(4, rank)
                .setParameter(5, agreementFee).setParameter(6, String.valueOf(setting)).setParameter(7, status)
                .setParameter(8, InstantConverter.column(invited)).setParameter(9, InstantConverter.column(invited.plus(2, ChronoUnit.DAYS)))
                .setParameter(10, "EXPIRED".equals(status) ? null : InstantConverter.column(invited.plus(1, ChronoUnit.DAYS)))
                .setParameter(11, "DECLINED".equals(status) ? "NO_VACANCY" : null).setParameter(12, offerFee).setParameter(13, offerStart)
                .setParameter(14, offerFee == null ? null : setting).setParameter(15, "EXPIRED".equals(status) ? null : "demo history")
                .executeUpdate();
    }

    /** A child whose placement broke down, who may move to another of the council's placements. */
    private record Move(OrganisationRef council, String child, LocalDate ended) {
    }

    private long insertPlacement(long referral, long council, long hub, long provider, long setting, long agreement, Lot lot, String child,
                                 String level, BigDecimal fee, BigDecimal agreementFee, LocalDate start, LocalDate plannedEnd, String status,
                                 LocalDate endedOn, String ending, String endReason, Instant agreed, Instant referred, String district,
                                 Random random) {
        int[] split = random.nextInt(4) == 0 ? new int[]{70, 20, 10} : new int[]{100, 0, 0};
        em.createNativeQuery("INSERT INTO placement (referral_id, council_id, hub_id, provider_id, setting_id, agreement_id, lot_number, "
                        + "child_reference, category, need_level, weekly_fee, agreement_fee, start_date, planned_end, social_care_pct, "
                        + "education_pct, health_pct, status, ended_on, ending, end_reason, agreed_at, agreed_by, referred_at, distance_km, "
                        + "child_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo history', ?, ?, ?)")
                .setParameter(1, referral).setParameter(2, council).setParameter(3, hub).setParameter(4, provider).setParameter(5, setting)
                .setParameter(6, agreement).setParameter(7, lot.number()).setParameter(8, sealed.convertToDatabaseColumn(child))
                .setParameter(9, lot.category()).setParameter(10, level).setParameter(11, fee).setParameter(12, agreementFee)
                .setParameter(13, start).setParameter(14, plannedEnd).setParameter(15, split[0]).setParameter(16, split[1])
                .setParameter(17, split[2]).setParameter(18, status).setParameter(19, endedOn).setParameter(20, ending)
                .setParameter(21, endReason).setParameter(22, InstantConverter.column(agreed)).setParameter(23, InstantConverter.column(referred))
                .setParameter(24, distance(district, setting)).setParameter(25, ChildKey.of(council, child)).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** Between the child's home district and the setting's, as call-offs work it out (centroids); null where either is unknown. */
    @SuppressWarnings("unchecked")
    private BigDecimal distance(String district, long setting) {
        List<Object> km = em.createNativeQuery("SELECT ROUND(6371.0088 * 2 * ASIN(SQRT(POWER(SIN(RADIANS(d.latitude - h.latitude) / 2), 2) "
                        + "+ COS(RADIANS(h.latitude)) * COS(RADIANS(d.latitude)) * POWER(SIN(RADIANS(d.longitude - h.longitude) / 2), 2))), 1) "
                        + "FROM provider_setting s JOIN postcode_district d ON d.district = s.postcode_district "
                        + "JOIN postcode_district h ON h.district = ? WHERE s.id = ?")
                .setParameter(1, district).setParameter(2, setting).getResultList();
        return km.isEmpty() || km.get(0) == null ? null : new BigDecimal(km.get(0).toString());
    }

    private long provider(String name) {
        return parties.named(name).orElseThrow().id();
    }

    private long setting(String urn) {
        return ((Number) em.createNativeQuery("SELECT id FROM provider_setting WHERE ofsted_urn = ?").setParameter(1, urn)
                .getSingleResult()).longValue();
    }
}
