package org.civicinspect.service.packages;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The passphrase of encrypted packages (or null), and the fingerprints the user confirmed for new keys. */
public record ImportOptions(char[] passphrase, List<String> trust) {

    public ImportOptions {
        trust = trust == null ? List.of() : List.copyOf(trust);
    }

    /** Spaces and colons, which people put between a fingerprint's digits when they copy it from a screen. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s:]");

    public boolean confirms(String fingerprint) {
        // Asked once per package, of every confirmed fingerprint: the pattern is compiled once, the fingerprint normalised once.
        String wanted = normal(fingerprint);
        return trust.stream().anyMatch(t -> normal(t).equals(wanted));
    }

    private static String normal(String fingerprint) {
        return SEPARATORS.matcher(fingerprint).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
