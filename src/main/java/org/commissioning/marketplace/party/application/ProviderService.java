package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Commands.NewSetting;
import org.commissioning.marketplace.party.application.Views.SettingView;
import org.commissioning.marketplace.party.domain.OfstedInspection;
import org.commissioning.marketplace.party.domain.Provider;
import org.commissioning.marketplace.party.domain.ProviderSetting;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.InputValidator;
import org.commissioning.marketplace.shared.domain.InvalidInputException;

/** A provider's own records: its registered settings with their Ofsted judgements. */
@ApplicationScoped
public class ProviderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tenancy tenancy;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    java.time.Clock clock;

    @Inject
    CurrentCaller caller;

    @Transactional
    public SettingView addSetting(long providerId, NewSetting command) {
        validator.check(command);
        Provider provider = tenancy.changeable(Provider.class, providerId, Role.PROVIDER_USER);
        String urn = command.ofstedUrn().strip().toUpperCase();
        boolean taken = !em.createQuery("SELECT s.id FROM ProviderSetting s WHERE s.ofstedUrn = :urn", Long.class)
                .setParameter("urn", urn).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw InvalidInputException.of("ofstedUrn", "A setting with Ofsted URN " + urn + " is already registered.");
        }
        String district = command.postcodeDistrict() == null ? "" : command.postcodeDistrict().strip().toUpperCase();
        if (ProviderSetting.POSTCODE_DISTRICT.matcher(district).matches() && em.createNativeQuery(
                "SELECT district FROM postcode_district WHERE district = ?").setParameter(1, district).getResultList().isEmpty()) {
            throw InvalidInputException.of("postcodeDistrict", "We do not know where postcode district " + district
                    + " is. Check it, or give the nearest district we know.");
        }
        ProviderSetting setting = provider.addSetting(command.name().strip(), urn, command.category(),
                command.judgement(), command.judgementDate(), command.postcodeDistrict(), command.places());
        em.flush();
        if (setting.judgementDate() != null && setting.judgement() != org.commissioning.marketplace.party.domain.OfstedJudgement.NOT_YET_INSPECTED) {
            em.persist(OfstedInspection.atRegistration(setting, caller.name().orElse("registration"), java.time.Instant.now(clock)));
        }
        audit.record("provider.setting-added", "provider-setting", setting.id(),
                setting.name() + " (" + setting.ofstedUrn() + ", " + setting.judgement().label() + ")");
        return SettingView.of(setting);
    }

    /** Vacancies and registered needs of one of the provider's own settings: what matching reads. */
    @Transactional
    public SettingView updateAvailability(long providerId, long settingId, Integer vacancies,
                                          java.util.Set<org.commissioning.marketplace.shared.domain.NeedTag> needs) {
        Provider provider = tenancy.changeable(Provider.class, providerId, Role.PROVIDER_USER);
        ProviderSetting setting = provider.settings().stream().filter(s -> s.id() == settingId).findFirst()
                .orElseThrow(() -> new org.commissioning.marketplace.shared.domain.NotFoundException("No such setting."));
        if (vacancies == null) {
            throw InvalidInputException.of("vacancies", "Give the number of vacancies (0 when full).");
        }
        int before = setting.vacancies();
        setting.updateAvailability(vacancies, needs, java.time.Instant.now(clock));
        audit.record("provider.vacancies-updated", "provider-setting", setting.id(), setting.name() + ": "
                + AuditTrail.change("vacancies", before, vacancies) + "; registered for " + setting.registeredNeeds());
        return SettingView.of(setting);
    }

    /**
     * A new Ofsted judgement for one of the provider's own settings (providers must tell the hub of
     * every inspection): it becomes the current judgement and joins the setting's history. A drop
     * shows in the hub's alerts; an inadequate setting gets no more referrals.
     */
    @Transactional
    public SettingView recordInspection(long providerId, long settingId, Commands.NewInspection command) {
        validator.check(command);
        Provider provider = tenancy.changeable(Provider.class, providerId, Role.PROVIDER_USER);
        ProviderSetting setting = provider.settings().stream().filter(s -> s.id() == settingId).findFirst()
                .orElseThrow(() -> new org.commissioning.marketplace.shared.domain.NotFoundException("No such setting."));
        java.time.Instant now = java.time.Instant.now(clock);
        OfstedInspection inspection = setting.recordInspection(command.judgement(), command.judgementDate(),
                java.time.LocalDate.now(clock.withZone(org.commissioning.marketplace.shared.domain.UkTime.ZONE)),
                caller.name().orElseThrow(), now);
        em.persist(inspection);
        audit.record("provider.inspection-recorded", "provider-setting", setting.id(), setting.name() + ": " + inspection.summary());
        return SettingView.of(setting);
    }
}
