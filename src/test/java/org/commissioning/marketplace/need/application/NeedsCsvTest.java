package org.commissioning.marketplace.need.application;

import org.commissioning.marketplace.need.domain.NeedLineSpec;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeedsCsvTest {

    static final Function<String, Optional<String>> SUB_REGIONS = s ->
            List.of("Greater Manchester", "Lancashire").stream().filter(r -> r.equalsIgnoreCase(s.strip())).findFirst();

    static List<NeedLineSpec> parse(String csv) {
        return NeedsCsv.parse(new StringReader(csv), SUB_REGIONS);
    }

    @Test
    void theTemplateParses() {
        List<NeedLineSpec> specs = parse(NeedsCsv.template(List.of("Greater Manchester", "Lancashire")));
        assertEquals(2, specs.size());
        assertEquals("Greater Manchester", specs.get(0).subRegion());
    }

    @Test
    void codesAndLabelsAreAcceptedInAnyCaseWithPoundSigns() {
        List<NeedLineSpec> specs = parse("""
                Category,Need_Level,Age_Band,Sub_Region,Placements,Weeks,Baseline_Weekly_Fee
                fostering_standard,Standard,5 to 10,lancashire,3,40,"£1,250.50"
                """);
        assertEquals(1, specs.size());
        assertEquals("Lancashire", specs.get(0).subRegion());
        assertEquals("1250.50", specs.get(0).baselineWeeklyFee().toPlainString());
    }

    @Test
    void everyBadRowIsReportedWithItsLineNumberAndReason() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("""
                category,need_level,age_band,sub_region,placements,weeks,baseline_weekly_fee
                FOSTERING_STANDARD,STANDARD,AGE_5_TO_10,Lancashire,3,40,950.00
                FOSTERING_STANDARD,VERY_COMPLEX,AGE_5_TO_10,Lancashire,3,40,950.00
                FOSTERING_STANDARD,STANDARD,AGE_5_TO_10,Yorkshire,three,40,950.00
                FOSTERING_STANDARD,STANDARD,AGE_5_TO_10,Lancashire,3,40,950.00
                RESIDENTIAL_SOLO,COMPLEX,AGE_11_TO_15,Lancashire,1,60,-5
                """));
        assertEquals(List.of("line 3", "line 4", "line 5", "line 6"), List.copyOf(e.fieldErrors().keySet()));
        assertTrue(e.fieldErrors().get("line 3").contains("need_level 'VERY_COMPLEX' is not one of STANDARD, COMPLEX, HIGHLY_COMPLEX."));
        assertTrue(e.fieldErrors().get("line 4").contains("sub_region 'Yorkshire'"));
        assertTrue(e.fieldErrors().get("line 4").contains("placements 'three' is not a whole number."));
        assertTrue(e.fieldErrors().get("line 5").contains("earlier line"));
        assertTrue(e.fieldErrors().get("line 6").contains("weeks"));
        assertTrue(e.fieldErrors().get("line 6").contains("weekly fee"));
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("category,weeks\nADOPTION,3\n"));
        assertTrue(e.fieldErrors().get("line 1").contains("Missing: need_level, age_band, sub_region, placements, baseline_weekly_fee."));
    }

    @Test
    void aFileWithNoRowsIsRefused() {
        assertEquals("file", assertThrows(InvalidInputException.class,
                () -> parse(String.join(",", NeedsCsv.HEADERS) + "\n")).fieldErrors().keySet().iterator().next());
    }
}
