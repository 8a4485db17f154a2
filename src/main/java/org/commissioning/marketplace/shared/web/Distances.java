package org.commissioning.marketplace.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Distances as people here read them: matching measures kilometres between postcode district
 * centres, pages show miles ({@code #{distance.miles(km)}} gives "12.4 miles").
 */
@Named("distance")
@ApplicationScoped
public class Distances {

    public static final double KM_PER_MILE = 1.609344;

    public String miles(Number km) {
        if (km == null) {
            return "distance unknown";
        }
        BigDecimal miles = BigDecimal.valueOf(km.doubleValue() / KM_PER_MILE).setScale(1, RoundingMode.HALF_UP);
        return miles.stripTrailingZeros().scale() <= 0 ? miles.setScale(0, RoundingMode.HALF_UP).toPlainString() + (miles.compareTo(BigDecimal.ONE) == 0 ? " mile" : " miles")
                : miles.toPlainString() + " miles";
    }
}
