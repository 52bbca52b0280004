package org.civicinspect.service.packages;

import java.nio.file.Path;
import java.util.Map;
import org.civicinspect.store.SqlWork;

/** A package checked and its photos staged beside the store; its step writes it, inside the import's transaction. */
record StagedPackage(Map<String, Path> photos, SqlWork<PackagePreview> write) {
}
