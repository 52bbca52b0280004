package org.civicinspect.service.fieldwork;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.sql.SQLException;
import java.util.Date;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.PhotoStore;
import org.civicinspect.store.Tx;
import org.civicinspect.store.Workspace;

/**
 * Takes a photo into the workspace: checks that it is a whole JPEG or PNG picture, stores it once by SHA-256 and
 * records when it was taken (EXIF) or, without EXIF, when it was added. Returns its SHA-256 for linking.
 */
public final class AddPhoto {

    static final long MAX_BYTES = 30L * 1024 * 1024;

    /** A photo that was checked to be a whole JPEG or PNG picture, ready to be kept. */
    public record Checked(Path file, String name, String sha256, String mediaType, long size, Instant takenAt) {
    }

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
        Checked photo = check(file);
        return workspace.write(tx -> keepIn(tx, photo));
    }

    /**
     * Refuses, before anything is kept, a file that is missing, empty, larger than 30 MB (judged by its size, unread),
     * neither JPEG nor PNG, or that is not whole ({@link PictureStructure}).
     */
    public Checked check(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new RequestRefused("photo.missing", file.toString());
        }
        String mediaType = pictureType(file, name);
        try {
            return new Checked(file, name, Sha256.of(file), mediaType, Files.size(file), takenAt(file));
        } catch (IOException e) {
            throw new RequestRefused("photo.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The media type of a whole JPEG or PNG picture of at most 30 MB ({@code image/jpeg} or {@code image/png}), from
     * wherever it comes (a sheet, the screen, a package); any other file is refused, naming it as {@code name}.
     */
    public static String pictureType(Path file, String name) {
        try {
            refuseSize(Files.size(file), name);
            try (InputStream in = Files.newInputStream(file)) {
                return PictureStructure.mediaType(in, name);
            }
        } catch (IOException e) {
            throw new RequestRefused("photo.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    /** As {@link #pictureType(Path, String)}, for a picture read already (a package's photo, checked before it is written anywhere). */
    public static String pictureType(byte[] picture, String name) {
        refuseSize(picture.length, name);
        try {
            return PictureStructure.mediaType(picture, name);
        } catch (IOException e) {
            throw new RequestRefused("photo.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static void refuseSize(long size, String name) {
        if (size == 0 || size > MAX_BYTES) {
            throw new RequestRefused(size == 0 ? "photo.empty" : "photo.tooLarge", name);
        }
    }

    /** Keeps a checked photo inside the caller's transaction: its bytes in the store, its row and its audit entry. */
    public String keepIn(Tx tx, Checked photo) throws SQLException {
        try {
            photos.keep(tx, photo.file(), photo.sha256());
        } catch (IOException e) {
            throw new RequestRefused("photo.unreadable", photo.name(), String.valueOf(e.getMessage()));
        }
        Instant now = Audit.now(clock);
        tx.photos().register(new PhotoStore.Photo(photo.sha256(), photo.name(), photo.mediaType(), photo.size(), photo.takenAt(), now));
        tx.audit().append(now, signedIn.name(), AuditLog.Action.PHOTO, "photo:" + photo.sha256(),
                "kept " + photo.name() + " " + photo.size() + " bytes");
        return photo.sha256();
    }

    /**
     * A file with a stored photo's bytes, for thumbnails and reports. On an embedded workspace it is found without
     * reading the database; on a server it may be fetched from the database first, so screens ask off the JavaFX thread.
     */
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
