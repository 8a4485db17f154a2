package org.commissioning.marketplace.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commissioning.marketplace.party.domain.Hub;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.application.AuditorScope;

import java.util.List;

/** The auditor's scope as the party capability knows it: their hub's own organisations (see {@link Tenancy#organisationsOf}). */
@ApplicationScoped
public class HubAuditorScope implements AuditorScope {

    @Inject
    Tenancy tenancy;

    @Override
    @Transactional
    public List<Long> organisations() {
        return tenancy.organisationsOf((Hub) tenancy.requireRole(Role.AUDITOR).organisation());
    }
}
