package org.civicinspect.service.materials;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.civicinspect.exchange.PackageReader;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.packages.PackageFiles;
import org.civicinspect.service.packages.KeyTrust;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.library.Checklists;
import org.civicinspect.service.rectification.ReceiveProblemReplies;
import org.civicinspect.store.Workspace;

/**
 * {@code materials receive FILE.cipkg [--trust FINGERPRINT]}: takes in a unit package. In a unit's workspace (or an
 * empty one, which it makes a unit's) a unit task package from the office ({@link TakeUnitTask}); at the office a unit's
 * reply package ({@link TakeUnitReply}). The package is checked in full, and everything it brings, before anything is
 * written; a package taken in before changes nothing.
 */
public final class ReceiveUnitPackage {

    /**
     * What was taken in. For a task: the standards and the office's reviews it carries; for a reply: the files it
     * carries, those new here, and how many of their contents the workspace did not hold yet. {@code problems}: for a
     * task, the dispatched problems it carries; for a reply, the problems' replies recorded now.
     */
    public record Result(PackageKind kind, String packageId, String unit, String round, String sender, String fingerprint, KeyTrust trust,
                         boolean alreadyReceived, int standards, int reviews, int files, int newFiles, int newContents, int problems) {
    }

    private final Workspace workspace;
    private final TakeUnitTask task;
    private final TakeUnitReply reply;

    public ReceiveUnitPackage(Workspace workspace, Clock clock, Checklists checklists, SignedIn signedIn, ReceiveProblemReplies problemReplies) {
        this.workspace = workspace;
        this.task = new TakeUnitTask(workspace, clock, signedIn);
        this.reply = new TakeUnitReply(workspace, clock, checklists, signedIn, problemReplies);
    }

    public Result run(Path file, ImportOptions options) {
        String sha256;
        try {
            sha256 = Sha256.of(file);
        } catch (IOException e) {
            throw new RequestRefused("package.unreadable", file, String.valueOf(e.getMessage()));
        }
        try (PackageReader reader = PackageFiles.open(file, options.passphrase())) {
            if (reader.manifest().sender().fingerprint().equals(PackageFiles.deviceKey(workspace).fingerprint())) {
                throw new RequestRefused("package.madeHere", reader.fileName());
            }
            PackageKind kind = reader.manifest().kind();
            if (kind == PackageKind.UNIT_TASK) {
                return task.take(reader, sha256, options);
            }
            if (kind == PackageKind.UNIT_REPLY) {
                return reply.take(reader, sha256);
            }
            throw new RequestRefused("package.notAUnitPackage", reader.fileName());
        } catch (IOException e) {
            throw new RequestRefused("package.unreadable", file, String.valueOf(e.getMessage()));
        }
    }
}
