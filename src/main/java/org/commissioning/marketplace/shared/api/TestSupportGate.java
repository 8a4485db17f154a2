package org.commissioning.marketplace.shared.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commissioning.marketplace.party.application.PartyDirectory;
import org.commissioning.marketplace.party.domain.Role;
import org.commissioning.marketplace.shared.domain.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one check every test-support endpoint makes: it exists only when marketplace.test-support is
 * on (otherwise 404, as if nothing were there), and only an administrator may use it.
 */
@ApplicationScoped
public class TestSupportGate {

    @Inject
    @ConfigProperty(name = "marketplace.test-support", defaultValue = "false")
    boolean enabled;

    @Inject
    PartyDirectory parties;

    public void open() {
        if (!enabled) {
            throw new NotFoundException("There is nothing at this address.");
        }
        parties.require(Role.ADMINISTRATOR);
    }
}
