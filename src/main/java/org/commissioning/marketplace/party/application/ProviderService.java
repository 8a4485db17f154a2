package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.audit.application.AuditTrail;
import org.commissioning.marketplace.party.application.Commands.NewSetting;
import org.commissioning.marketplace.party.application.Views.SettingView;
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
        ProviderSetting setting = provider.addSetting(command.name().strip(), urn, command.category(),
                command.judgement(), command.judgementDate(), command.postcodeDistrict(), command.places());
        em.flush();
        audit.record("provider.setting-added", "provider-setting", setting.id(),
                setting.name() + " (" + setting.ofstedUrn() + ", " + setting.judgement().label() + ")");
        return SettingView.of(setting);
    }
}
