package org.civicinspect.service.fieldwork;

import com.drew.imaging.FileType;
import com.drew.imaging.FileTypeDetector;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Workspace;

/**
 * Takes a photo into the workspace: checks that it is a JPEG or PNG picture, stores it once by SHA-256 and
 * records when it was taken (EXIF) or, without EXIF, when it was added. Returns its SHA-256 for linking.
 */
public final class AddPhoto {

    static final long MAX_BYTES = 40L * 1024 * 1024;

    private final Workspace workspace;
    private final Clock clock;
    private final PhotoStore photos;
    private final SignedIn signedIn;

    public AddPhoto(Workspace workspace, Clock clock, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.photos = workspace.photoStore();
    }

    public String run(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new RequestRefused("photo.missing", file.toString());
        }
        FileType type;
        long size;
        String sha256;
        try {
            size = Files.size(file);
            if (size == 0 || size > MAX_BYTES) {
                throw new RequestRefused(size == 0 ? "photo.empty" : "photo.tooLarge", name);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                type = FileTypeDetector.detectFileType(in);
            }
            sha256 = Sha256.of(file);
        } catch (IOException e) {
            throw new RequestRefused("photo.unreadable", name, String.valueOf(e.getMessage()));
        }
        if (type != FileType.Jpeg && type != FileType.Png) {
            throw new RequestRefused("photo.unsupported", name);
        }
        String mediaType = type == FileType.Png ? "image/png" : "image/jpeg";
        Instant taken = takenAt(file);
        try {
            photos.keep(file, sha256);
        } catch (IOException e) {
            throw new RequestRefused("photo.unreadable", name, String.valueOf(e.getMessage()));
        }
        Instant now = Audit.now(clock);
        workspace.write(tx -> {
            tx.photos().register(new PhotoStore.Photo(sha256, name, mediaType, size, taken, now));
            tx.audit().append(now, signedIn.name(), AuditLog.Action.PHOTO, "photo:" + sha256, "kept " + name + " " + size + " bytes");
            return null;
        });
        return sha256;
    }

    /** The file of a stored photo, for thumbnails and reports; found without reading the database. */
    public Path file(String sha256) {
        return photos.file(sha256);
    }

    private static Instant takenAt(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            Date taken = exif == null ? null : exif.getDateOriginal();
            return taken == null ? null : taken.toInstant();
        } catch (ImageProcessingException | IOException e) {
            return null;
        }
    }
}
