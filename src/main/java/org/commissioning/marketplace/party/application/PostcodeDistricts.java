package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.NotFoundException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The postcode districts that matching measures distances between (all 2,848 UK districts come
 * with the migrations): a platform administrator adds a new one or corrects a centroid, audited.
 */
@ApplicationScoped
public class PostcodeDistricts {

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    /** A district and its centroid; {@code added} when it was not known before. */
    public record District(String district, BigDecimal latitude, BigDecimal longitude, boolean added) {
    }

    @Transactional
    public District find(String district) {
        tenancy.requireSignedIn();
        String code = normalised(district);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT latitude, longitude FROM postcode_district WHERE district = ?")
                .setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("The postcode district " + code + " is not known.");
        }
        return new District(code, (BigDecimal) rows.get(0)[0], (BigDecimal) rows.get(0)[1], false);
    }

    /** Adds the district, or moves its centroid; refused outside the UK's bounds. */
    @Transactional
    public District put(String district, BigDecimal latitude, BigDecimal longitude) {
        tenancy.requireRole(Role.PLATFORM_ADMINISTRATOR);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = district == null ? "" : district.strip().toUpperCase();
        if (!DISTRICT.matcher(code).matches()) {
            errors.put("district", "Enter a postcode district, like BL3, M20 or EC1A.");
        }
        if (latitude == null || latitude.compareTo(BigDecimal.valueOf(49)) < 0 || latitude.compareTo(BigDecimal.valueOf(61)) > 0) {
            errors.put("latitude", "Enter the latitude of the district's centre, between 49 and 61 (the UK).");
        }
        if (longitude == null || longitude.compareTo(BigDecimal.valueOf(-9)) < 0 || longitude.compareTo(BigDecimal.valueOf(2.5)) > 0) {
            errors.put("longitude", "Enter the longitude of the district's centre, between -9 and 2.5 (the UK).");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BigDecimal lat = latitude.setScale(5, RoundingMode.HALF_UP);
        BigDecimal lon = longitude.setScale(5, RoundingMode.HALF_UP);
        @SuppressWarnings("unchecked")
        List<Object[]> before = em.createNativeQuery("SELECT latitude, longitude FROM postcode_district WHERE district = ? FOR UPDATE")
                .setParameter(1, code).getResultList();
        em.createNativeQuery("INSERT INTO postcode_district (district, latitude, longitude) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE latitude = VALUES(latitude), longitude = VALUES(longitude)")
                .setParameter(1, code).setParameter(2, lat).setParameter(3, lon).executeUpdate();
        boolean added = before.isEmpty();
        audit.record(added ? "postcode-district.added" : "postcode-district.corrected", "postcode-district", code,
                added ? "centroid " + lat + ", " + lon
                        : AuditTrail.change("centroid", before.get(0)[0] + ", " + before.get(0)[1], lat + ", " + lon));
        return new District(code, lat, lon, added);
    }

    private static String normalised(String district) {
        return district == null ? "" : district.strip().toUpperCase();
    }
}
