package org.civicinspect.service.library;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.store.Workspace;

/**
 * Finds a set version by what a user types: {@code latest}, its id (or an unambiguous start of it), its
 * name (the newest version of that name), or {@code NAME vN}.
 */
public final class LoadIndicatorSet {

    public static final String LATEST = "latest";
    private static final Pattern NAME_VERSION = Pattern.compile("^(.+?)\\s+v(\\d+)$", Pattern.CASE_INSENSITIVE);
    private static final int MIN_ID_PREFIX = 4;

    private final Workspace workspace;

    public LoadIndicatorSet(Workspace workspace) {
        this.workspace = workspace;
    }

    public Optional<LoadedIndicatorSet> run(String reference) {
        return workspace.read(tx -> {
            Optional<IndicatorSet> found = resolve(tx.indicatorSets().list(), reference.strip());
            return found.isPresent()
                    ? Optional.of(new LoadedIndicatorSet(found.get(), tx.indicatorSets().loadTree(found.get().id())))
                    : Optional.empty();
        });
    }

    public static Optional<IndicatorSet> resolve(List<IndicatorSet> all, String reference) {
        if (reference.toLowerCase(Locale.ROOT).equals(LATEST)) {
            return all.stream().max(Comparator.comparing(IndicatorSet::importedAt));
        }
        Optional<IndicatorSet> byId = all.stream().filter(s -> s.id().equals(reference)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        Optional<IndicatorSet> byName = all.stream().filter(s -> s.name().equals(reference))
                .max(Comparator.comparingInt(IndicatorSet::version));
        if (byName.isPresent()) {
            return byName;
        }
        Matcher nameVersion = NAME_VERSION.matcher(reference);
        if (nameVersion.matches()) {
            int version = Integer.parseInt(nameVersion.group(2));
            Optional<IndicatorSet> exact = all.stream()
                    .filter(s -> s.name().equals(nameVersion.group(1)) && s.version() == version).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
        }
        if (reference.length() >= MIN_ID_PREFIX) {
            List<IndicatorSet> prefixed = all.stream().filter(s -> s.id().startsWith(reference)).toList();
            if (prefixed.size() == 1) {
                return Optional.of(prefixed.get(0));
            }
        }
        return Optional.empty();
    }
}
