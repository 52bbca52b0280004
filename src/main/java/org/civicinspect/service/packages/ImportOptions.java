package org.civicinspect.service.packages;

import java.util.List;
import java.util.Locale;

/** The passphrase of encrypted packages (or null), and the fingerprints the user confirmed for new keys. */
public record ImportOptions(char[] passphrase, List<String> trust) {

    public ImportOptions {
        trust = trust == null ? List.of() : List.copyOf(trust);
    }

    boolean confirms(String fingerprint) {
        return trust.stream().anyMatch(t -> normal(t).equals(normal(fingerprint)));
    }

    private static String normal(String fingerprint) {
        return fingerprint.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
    }
}
