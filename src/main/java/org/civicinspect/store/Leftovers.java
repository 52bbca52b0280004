package org.civicinspect.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * What a killed program leaves in a data folder, cleared when the next one finds the folder to itself: the
 * folders of backups, checks and restores under way ({@code .making-*}, {@code .checking-*}, {@code .restoring-*}),
 * half-written zips and photos, and photos staged for a server (their temporary names start with a dot), and work that promised to be all or
 * none (an undo point, {@link WorkspaceBackup#UNDO_PREFIX}) whose workspace is put back as it was before it.
 */
final class Leftovers {

    private static final List<String> WORK_FOLDERS = List.of(".making-", ".checking-", ".restoring-");

    private Leftovers() {
    }

    static void clear(Path folder) {
        try {
            Path backups = folder.resolve("backups");
            if (Files.isDirectory(backups)) {
                try (Stream<Path> files = Files.list(backups)) {
                    for (Path p : files.sorted().toList()) {
                        String name = p.getFileName().toString();
                        if (name.startsWith(WorkspaceBackup.UNDO_PREFIX) && name.endsWith(".zip")) {
                            undo(folder, p);
                        } else if (WORK_FOLDERS.stream().anyMatch(name::startsWith) || name.startsWith(WorkspaceBackup.PARTIAL_PREFIX)) {
                            deleteTree(p);
                        }
                    }
                }
            }
            for (String sub : List.of("photos", PhotosOnServer.CACHE_FOLDER)) {
                Path photos = folder.resolve(sub);
                if (Files.isDirectory(photos)) {
                    try (Stream<Path> files = Files.walk(photos)) {
                        for (Path p : files.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().startsWith(".")).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        } catch (IOException | WorkspaceBackup.Unusable e) {
            LoggerFactory.getLogger(Leftovers.class).warn("what an interrupted program left in {} was not all cleared", folder, e);
        }
    }

    private static void undo(Path folder, Path undoPoint) throws IOException, WorkspaceBackup.Unusable {
        LoggerFactory.getLogger(Leftovers.class).warn("work that was to be all or none was interrupted; putting back {}", undoPoint);
        WorkspaceBackup.restore(folder, undoPoint);
        Files.delete(undoPoint);
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
