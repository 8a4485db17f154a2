package org.commissioning.marketplace.party.infrastructure;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token presented as "Authorization: Bearer ...". */
public record ApiTokenCredential(String token) implements Credential {
}
