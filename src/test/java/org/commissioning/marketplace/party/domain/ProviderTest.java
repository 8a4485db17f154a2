package org.commissioning.marketplace.party.domain;

import org.commissioning.marketplace.shared.domain.ServiceCategory;
import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.commissioning.marketplace.shared.domain.InvalidTransitionException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderTest {

    @Test
    void aNewRegistrationIsPendingAndCannotSignIn() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        assertEquals(OrganisationStatus.PENDING_APPROVAL, provider.status());
        Account user = new Account(provider, "Someone@Example.org ", "Someone", "hash", Set.of(Role.PROVIDER_USER),
                Fixtures.NOW);
        assertEquals("someone@example.org", user.username());
        assertFalse(user.maySignIn());
    }

    @Test
    void approvalActivatesTheProviderAndRecordsWhoDecided() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        provider.approve("hub@example.org", Fixtures.NOW);
        assertTrue(provider.isActive());
        assertEquals("hub@example.org", provider.decidedBy());
        assertEquals(Fixtures.NOW, provider.decidedAt());
    }

    @Test
    void rejectionNeedsAReason() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> provider.reject("hub@example.org", Fixtures.NOW, "  "));
        assertEquals("Enter the reason for rejecting the registration.", e.fieldErrors().get("reason"));
        assertEquals(OrganisationStatus.PENDING_APPROVAL, provider.status());
    }

    @Test
    void aRejectedProviderCannotLaterBeApproved() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        provider.reject("hub@example.org", Fixtures.NOW, "No Ofsted registration for the services listed");
        assertThrows(InvalidTransitionException.class, () -> provider.approve("hub@example.org", Fixtures.NOW));
        assertEquals("No Ofsted registration for the services listed", provider.decisionReason());
    }

    @Test
    void aCompanyOrCharityMustGiveItsRegisteredNumber() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Provider.applyToJoin("X Ltd",
                ProviderType.PRIVATE, " ", null, Fixtures.hub(), EnumSet.of(ServiceCategory.ADOPTION), "x@example.org",
                Fixtures.NOW));
        assertEquals("Enter a Companies House number or a charity number.", e.fieldErrors().get("companiesHouseNumber"));
    }

    @Test
    void aCouncilsInHouseServiceNeedsNoRegisteredNumber() {
        Provider p = Provider.applyToJoin("Stockport Council Children's Homes", ProviderType.LOCAL_AUTHORITY, null, null,
                Fixtures.hub(), EnumSet.of(ServiceCategory.RESIDENTIAL_SMALL_GROUP), "x@example.org", Fixtures.NOW);
        assertNull(p.companiesHouseNumber());
    }

    @Test
    void atLeastOneServiceCategoryIsNeeded() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Provider.applyToJoin("X Ltd",
                ProviderType.PRIVATE, "12345678", null, Fixtures.hub(), Set.of(), "x@example.org", Fixtures.NOW));
        assertEquals("Select at least one service category.", e.fieldErrors().get("serviceCategories"));
    }

    @Test
    void addingASettingAddsItsCategoryAndNormalisesUrnAndDistrict() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        ProviderSetting home = provider.addSetting("Oakfield House", " sc502311 ", ServiceCategory.RESIDENTIAL_SOLO,
                OfstedJudgement.GOOD, Fixtures.TODAY, "bl3", 2);
        assertEquals("SC502311", home.ofstedUrn());
        assertEquals("BL3", home.postcodeDistrict());
        assertTrue(provider.serviceCategories().contains(ServiceCategory.RESIDENTIAL_SOLO));
    }

    @Test
    void settingsAreValidatedFieldByField() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        assertEquals("ofstedUrn", field(() -> provider.addSetting("A", "AB12", ServiceCategory.ADOPTION,
                OfstedJudgement.GOOD, Fixtures.TODAY, "M1", 1)));
        assertEquals("postcodeDistrict", field(() -> provider.addSetting("A", "123456", ServiceCategory.ADOPTION,
                OfstedJudgement.GOOD, Fixtures.TODAY, "Manchester", 1)));
        assertEquals("places", field(() -> provider.addSetting("A", "123456", ServiceCategory.ADOPTION,
                OfstedJudgement.GOOD, Fixtures.TODAY, "M1", 0)));
        assertEquals("judgementDate", field(() -> provider.addSetting("A", "123456", ServiceCategory.ADOPTION,
                OfstedJudgement.GOOD, null, "M1", 1)));
        assertTrue(provider.settings().isEmpty());
    }

    private static String field(Runnable action) {
        return assertThrows(InvalidInputException.class, action::run).fieldErrors().keySet().iterator().next();
    }

    @Test
    void aNewInspectionBecomesTheCurrentJudgementAndAWorseOneIsADrop() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 23);
        ProviderSetting setting = provider.addSetting("Oak House", "SC123456", ServiceCategory.RESIDENTIAL_SOLO,
                OfstedJudgement.GOOD, today.minusYears(1), "BL3", 4);
        OfstedInspection worse = setting.recordInspection(OfstedJudgement.REQUIRES_IMPROVEMENT, today.minusDays(3), today, "p@example.org", Fixtures.NOW);
        assertEquals(OfstedJudgement.REQUIRES_IMPROVEMENT, setting.judgement());
        assertEquals(OfstedJudgement.GOOD, worse.previous());
        assertTrue(worse.isDrop());
        OfstedInspection better = setting.recordInspection(OfstedJudgement.OUTSTANDING, today, today, "p@example.org", Fixtures.NOW);
        assertFalse(better.isDrop());
        assertEquals("Give the date of the inspection judgement: today or earlier.", assertThrows(InvalidInputException.class,
                () -> setting.recordInspection(OfstedJudgement.GOOD, today.plusDays(1), today, "p", Fixtures.NOW)).fieldErrors().get("judgementDate"));
        assertThrows(InvalidInputException.class, () -> setting.recordInspection(OfstedJudgement.GOOD, today.minusDays(10), today, "p", Fixtures.NOW),
                "no inspection older than the current judgement");
        assertThrows(InvalidInputException.class, () -> setting.recordInspection(OfstedJudgement.NOT_YET_INSPECTED, today, today, "p", Fixtures.NOW));
        assertEquals(OfstedJudgement.OUTSTANDING, setting.judgement(), "refused inspections change nothing");
    }

    @Test
    void onlyAWorseInspectedJudgementIsADrop() {
        assertTrue(OfstedJudgement.INADEQUATE.worseThan(OfstedJudgement.GOOD));
        assertFalse(OfstedJudgement.GOOD.worseThan(OfstedJudgement.GOOD));
        assertFalse(OfstedJudgement.GOOD.worseThan(OfstedJudgement.REQUIRES_IMPROVEMENT));
        assertFalse(OfstedJudgement.NOT_YET_INSPECTED.worseThan(OfstedJudgement.OUTSTANDING));
        assertFalse(OfstedJudgement.GOOD.worseThan(null));
    }

    @Test
    void ofstedsPublishedLineUpdatesOnlyWhatIsNewerAndKeepsTheRegistrationHistory() {
        Provider provider = Fixtures.pendingProvider(Fixtures.hub());
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 23);
        ProviderSetting setting = provider.addSetting("Oak House", "SC123456", ServiceCategory.RESIDENTIAL_SOLO,
                OfstedJudgement.GOOD, java.time.LocalDate.of(2025, 6, 1), "BL3", 4);

        ProviderSetting.OfstedUpdate older = setting.takeOfstedRecord(new OfstedRecord(2, "SC123456", RegistrationStatus.ACTIVE,
                OfstedJudgement.INADEQUATE, java.time.LocalDate.of(2024, 1, 10)), today, "hub", Fixtures.NOW);
        assertFalse(older.changedAnything(), "an older judgement than the marketplace's changes nothing");
        assertEquals(OfstedJudgement.GOOD, setting.judgement());

        ProviderSetting.OfstedUpdate same = setting.takeOfstedRecord(new OfstedRecord(2, "SC123456", RegistrationStatus.ACTIVE,
                OfstedJudgement.GOOD, java.time.LocalDate.of(2025, 6, 1)), today, "hub", Fixtures.NOW);
        assertFalse(same.changedAnything(), "the same judgement on the same date is nothing new");

        ProviderSetting.OfstedUpdate drop = setting.takeOfstedRecord(new OfstedRecord(3, "SC123456", RegistrationStatus.SUSPENDED,
                OfstedJudgement.INADEQUATE, java.time.LocalDate.of(2026, 10, 2)), today, "hub", Fixtures.NOW);
        assertEquals(OfstedJudgement.INADEQUATE, setting.judgement());
        assertEquals(java.time.LocalDate.of(2026, 10, 2), setting.judgementDate());
        assertTrue(drop.inspection().isDrop());
        assertEquals(OfstedJudgement.GOOD, drop.inspection().previous());
        assertEquals(RegistrationStatus.SUSPENDED, setting.registrationStatus());
        assertEquals(RegistrationStatus.ACTIVE, drop.registration().previous());

        ProviderSetting.OfstedUpdate corrected = setting.takeOfstedRecord(new OfstedRecord(4, "SC123456", RegistrationStatus.SUSPENDED,
                OfstedJudgement.REQUIRES_IMPROVEMENT, java.time.LocalDate.of(2026, 10, 2)), today, "hub", Fixtures.NOW);
        assertEquals(OfstedJudgement.REQUIRES_IMPROVEMENT, setting.judgement(), "Ofsted's correction on the same date is taken");
        assertNull(corrected.registration(), "an unchanged registration is not a change");

        assertThrows(IllegalArgumentException.class, () -> setting.takeOfstedRecord(new OfstedRecord(5, "SC654321",
                RegistrationStatus.ACTIVE, null, null), today, "hub", Fixtures.NOW));
        assertEquals(java.util.Optional.of(RegistrationStatus.CANCELLED), RegistrationStatus.parse(" cancelled "));
        assertTrue(RegistrationStatus.parse("Closed").isEmpty());
    }
}
