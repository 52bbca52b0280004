package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a server the photos live in its database, by the SHA-256 of their bytes, so the database is the one thing to back
 * up: nothing is written under {@code photos/}, a screen is shown a copy kept on this computer, and {@code verify}
 * checks the bytes kept in the database.
 */
class PhotosInTheDatabaseOnServerTest {

    @TempDir Path temp;
    private Path data;
    private Path red;
    private Path blue;
    private Services services;

    @BeforeEach
    void aWorkspaceOnTheServer() throws Exception {
        data = temp.resolve("office");
        services = TestWorkspaces.open(data);
        red = picture("red.png", 0xff0000);
        blue = picture("blue.png", 0x0000ff);
    }

    @Test
    void aPhotoAddedIsKeptInTheDatabaseAndNoPhotoFileIsWritten() throws Exception {
        String sha = services.addPhoto().run(red);

        assertEquals(List.of(sha), TestWorkspaces.storedPhotos(data));
        assertArrayEquals(Files.readAllBytes(red), content(sha));
        assertFalse(Files.exists(data.resolve("photos")), "no photos/ folder");
    }

    @Test
    void aPhotoIsShownFromACopyOnThisComputerFetchedAgainWhenItIsGone() throws Exception {
        String sha = services.addPhoto().run(red);
        Path copy = services.addPhoto().file(sha);
        assertEquals(sha, Sha256.of(copy));

        Files.delete(copy);
        assertEquals(copy, services.addPhoto().file(sha));
        assertEquals(sha, Sha256.of(copy), "fetched from the database again");
    }

    @Test
    void verifyNamesAPhotoWhoseBytesInTheDatabaseAreDamagedAndOneWhoseBytesAreGone() throws Exception {
        String redSha = services.addPhoto().run(red);
        String blueSha = services.addPhoto().run(blue);
        CliSession cli = new CliSession(data);
        assertEquals(0, cli.run("--lang", "en", "verify"), cli.err());

        try (Connection c = TestWorkspaces.connect(data)) {
            try (PreparedStatement cut = c.prepareStatement("UPDATE photo_content SET content = substring(content from 1 for 20) WHERE sha256 = ?")) {
                cut.setString(1, redSha);
                assertEquals(1, cut.executeUpdate());
            }
            try (PreparedStatement gone = c.prepareStatement("DELETE FROM photo_content WHERE sha256 = ?")) {
                gone.setString(1, blueSha);
                assertEquals(1, gone.executeUpdate());
            }
        }

        assertEquals(2, cli.run("--lang", "en", "verify"));
        assertEquals(List.of(
                "The photo " + redSha + " stored in the database does not hold the bytes its SHA-256 says: it is damaged",
                "The photo " + blueSha + " is recorded in the workspace but its bytes are not in the database"),
                cli.err().lines().toList());
    }

    @Test
    void aPhotoAddedAgainReplacesItsDamagedBytes() throws Exception {
        String sha = services.addPhoto().run(red);
        try (Connection c = TestWorkspaces.connect(data);
                PreparedStatement cut = c.prepareStatement("UPDATE photo_content SET content = substring(content from 1 for 20) WHERE sha256 = ?")) {
            cut.setString(1, sha);
            cut.executeUpdate();
        }

        services.addPhoto().run(red);

        assertArrayEquals(Files.readAllBytes(red), content(sha));
        assertTrue(services.checkPhotos().run().sound());
    }

    private byte[] content(String sha) throws Exception {
        try (Connection c = TestWorkspaces.connect(data); PreparedStatement ps = c.prepareStatement("SELECT content FROM photo_content WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a row for " + sha);
                return rs.getBytes(1);
            }
        }
    }

    private Path picture(String name, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
