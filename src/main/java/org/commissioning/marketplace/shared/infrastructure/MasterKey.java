package org.commissioning.marketplace.shared.infrastructure;

import org.commissioning.marketplace.shared.domain.Seal;
import org.eclipse.microprofile.config.ConfigProvider;

import javax.crypto.SecretKey;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Keys for one purpose each, derived from the master key in configuration (MARKETPLACE_BID_MASTER_KEY). */
final class MasterKey {

    private static final Map<String, SecretKey> KEYS = new ConcurrentHashMap<>();

    private MasterKey() {
    }

    static SecretKey derived(String purpose) {
        return KEYS.computeIfAbsent(purpose, p -> {
            String master = ConfigProvider.getConfig().getOptionalValue("marketplace.bid-master-key", String.class)
                    .filter(v -> !v.isBlank())
                    .orElseThrow(() -> new IllegalStateException("Encrypted and keyed columns cannot be read or written: no master "
                            + "key is configured (MARKETPLACE_BID_MASTER_KEY)."));
            return Seal.derive(Seal.key(Base64.getDecoder().decode(master.strip())), p);
        });
    }
}
