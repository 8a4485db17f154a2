package org.commissioning.marketplace.shared.domain;

/** Placement categories, the basis of lots. */
public enum ServiceCategory {
    FOSTERING_STANDARD("Fostering: standard"),
    FOSTERING_SPECIALIST("Fostering: specialist or therapeutic"),
    FOSTERING_PARENT_AND_CHILD("Fostering: parent and child"),
    FOSTERING_EMERGENCY("Fostering: emergency"),
    ADOPTION("Adoption (inter-agency)"),
    RESIDENTIAL_SOLO("Residential home: solo"),
    RESIDENTIAL_SMALL_GROUP("Residential home: small group"),
    RESIDENTIAL_EMERGENCY("Residential home: emergency"),
    SPECIAL_SCHOOL_DAY("Special school: day"),
    SPECIAL_SCHOOL_RESIDENTIAL("Special school: residential"),
    SUPPORTED_ACCOMMODATION("16+ supported accommodation"),
    SHORT_BREAKS("Short breaks");

    private final String label;

    ServiceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
