package org.commissioning.marketplace.shared.application;

import java.util.Optional;

/** Who is acting in the current request, as the audit trail records it. */
public interface Actor {

    /** The signed-in user's name, or empty when nobody is signed in. */
    Optional<String> name();

    /** The organisation the signed-in user acts for, when there is one. */
    Optional<Long> organisationId();
}
