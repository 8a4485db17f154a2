package org.commissioning.marketplace.placement.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChildIdentifiersTest {

    @Test
    void theObviousIdentifiersAreFoundAndSaidByName() {
        assertEquals(Optional.of("an NHS number"), ChildIdentifiers.find("NHS 943 476 5919, needs a quiet home"));
        assertEquals(Optional.of("an NHS number"), ChildIdentifiers.find("ref 9434765919"));
        assertEquals(Optional.of("a full date (a date of birth identifies a child)"), ChildIdentifiers.find("born 14/03/2013 in Bolton"));
        assertEquals(Optional.of("a full date (a date of birth identifies a child)"), ChildIdentifiers.find("since 3rd March 2024"));
        assertEquals(Optional.of("a date of birth"), ChildIdentifiers.find("DOB given to the provider on request"));
        assertEquals(Optional.of("a full postcode"), ChildIdentifiers.find("lives at 12 High St, BL3 5AB"));
        assertEquals(Optional.of("a full postcode"), ChildIdentifiers.find("near m205rr"));
        assertEquals(Optional.of("an email address"), ChildIdentifiers.find("contact mum on jo.bloggs@example.com"));
        assertEquals(Optional.of("a phone number"), ChildIdentifiers.find("call 07700 900123 after six"));
        assertEquals(Optional.of("a phone number"), ChildIdentifiers.find("school on 0161 496 0000"));
        assertEquals(Optional.of("a phone number"), ChildIdentifiers.find("+44 7700 900123"));
    }

    @Test
    void needsAndRisksWithoutIdentifiersPass() {
        assertEquals(Optional.empty(), ChildIdentifiers.find("Aged 11, autism and anxiety; needs a calm home near BL3 and "
                + "a school place for Year 7 from September 2026. Two previous placements ended; 1:1 support 20 hours a week."));
        assertEquals(Optional.empty(), ChildIdentifiers.find("Stable for 18 months; sees siblings twice a month; EHCP in place."));
        assertEquals(Optional.empty(), ChildIdentifiers.find(null));
    }
}
