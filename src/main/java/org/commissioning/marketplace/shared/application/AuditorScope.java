package org.commissioning.marketplace.shared.application;

import java.util.List;

/**
 * Whose audit entries the signed-in auditor may read: the ids of their hub, its current member
 * councils and its providers. Anyone who is not an auditor is refused (401 signed out, 403 without
 * the role). The audit capability asks through this port; the party capability, which knows
 * accounts, roles and hubs, answers it, so audit depends on no capability above it.
 */
public interface AuditorScope {

    List<Long> organisations();
}
