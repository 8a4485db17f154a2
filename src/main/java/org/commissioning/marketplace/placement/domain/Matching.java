package org.commissioning.marketplace.placement.domain;

import org.commissioning.marketplace.party.domain.OfstedJudgement;
import org.commissioning.marketplace.shared.domain.NeedLevel;
import org.commissioning.marketplace.shared.domain.ServiceCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which providers a referral may go to, and why each other one may not. A provider fits when it
 * is appointed and active on a live agreement lot for the referral's category and need level, its
 * setting is not judged inadequate, it is registered for the need, it has a vacancy, and the
 * setting is within the referral's maximum distance. Never a "send to all": the excluded are
 * listed with their reasons.
 */
public final class Matching {

    /** Why a provider's setting cannot take the referral. */
    public enum Exclusion {
        NOT_ON_AGREEMENT("not appointed on a live agreement lot for this category and need level"),
        NOT_ACTIVE("suspended or removed from the agreement"),
        INADEQUATE("the setting is judged inadequate by Ofsted"),
        NOT_ACTIVELY_REGISTERED("the setting's Ofsted registration is suspended, resigned or cancelled"),
        NOT_REGISTERED("not registered for these needs"),
        NO_VACANCY("no vacancy"),
        TOO_FAR("further away than the maximum distance");

        private final String reason;

        Exclusion(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** What the referral asks for. */
    public record Need(ServiceCategory category, NeedLevel needLevel, Set<String> needTags, double latitude, double longitude,
                       double maxDistanceKm) {
    }

    /** One setting of a provider, with what matching needs to know of its place on agreements. */
    public record Candidate(long providerId, long settingId, String providerName, ServiceCategory category,
                            Set<NeedLevel> agreementLevels, String memberStatus, Integer rank, OfstedJudgement judgement,
                            boolean activelyRegistered, Set<String> registeredTags, int vacancies, double latitude, double longitude) {
    }

    public record Fit(Candidate candidate, double distanceKm) {
    }

    /** A setting that does not fit, why, and how far it is (NaN when its district is unknown). */
    public record Excluded(Candidate candidate, Exclusion exclusion, double distanceKm) {
    }

    /** The providers that fit, in agreement rank order (then nearest first), and every exclusion with its reason. */
    public record Result(List<Fit> fits, List<Excluded> excluded) {
    }

    private Matching() {
    }

    public static Result match(Need need, List<Candidate> candidates) {
        List<Fit> fits = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (Candidate c : candidates) {
            double distance = distanceKm(need.latitude(), need.longitude(), c.latitude(), c.longitude());
            Exclusion why = exclusion(need, c, distance);
            if (why == null) {
                fits.add(new Fit(c, distance));
            } else {
                excluded.add(new Excluded(c, why, distance));
            }
        }
        fits.sort(Comparator.comparing((Fit f) -> f.candidate().rank() == null ? Integer.MAX_VALUE : f.candidate().rank())
                .thenComparingDouble(Fit::distanceKm));
        return new Result(fits, excluded);
    }

    /** The first rule a candidate fails, in the order they are checked; null when it fits. */
    static Exclusion exclusion(Need need, Candidate c, double distanceKm) {
        if (c.category() != need.category() || c.agreementLevels() == null || !c.agreementLevels().contains(need.needLevel())) {
            return Exclusion.NOT_ON_AGREEMENT;
        }
        if (!"ACTIVE".equals(c.memberStatus())) {
            return Exclusion.NOT_ACTIVE;
        }
        if (c.judgement() == OfstedJudgement.INADEQUATE) {
            return Exclusion.INADEQUATE;
        }
        if (!c.activelyRegistered()) {
            return Exclusion.NOT_ACTIVELY_REGISTERED;
        }
        if (need.needTags() != null && c.registeredTags() != null && !c.registeredTags().containsAll(need.needTags())) {
            return Exclusion.NOT_REGISTERED;
        }
        if (c.vacancies() <= 0) {
            return Exclusion.NO_VACANCY;
        }
        if (!(distanceKm <= need.maxDistanceKm())) { // also when a setting's district is unknown (NaN)
            return Exclusion.TOO_FAR;
        }
        return null;
    }

    /** Great-circle distance in kilometres (haversine), between postcode district centroids. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
