package org.civicinspect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.model.Sha256;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify names each damaged or missing photo in one sentence; a restore brings back the good copy of a damaged one. */
class PhotoFilesTest {

    @TempDir Path temp;
    private Path data;
    private CliSession cli;
    private String red;
    private String blue;

    @BeforeEach
    void workspaceWithTwoPhotos() throws Exception {
        data = temp.resolve("ws");
        cli = new CliSession(data);
        Services services = TestWorkspaces.open(data);
        red = services.addPhoto().run(picture("red.png", 0xff0000));
        blue = services.addPhoto().run(picture("blue.png", 0x0000ff));
    }

    @Test
    void verifyNamesAPhotoWhoseBytesDoNotMatchItsNameAndAPhotoWhoseFileIsGone() throws Exception {
        TestWorkspaces.assumeEmbedded("photos are files only in an embedded workspace (on a server: PhotosInTheDatabaseOnServerTest)");
        assertEquals(0, cli.run("--lang", "en", "verify"), cli.err());
        Path redFile = photo(red);
        Files.write(redFile, java.util.Arrays.copyOf(Files.readAllBytes(redFile), 20));
        Files.delete(photo(blue));

        assertEquals(2, cli.run("--lang", "en", "verify"));

        assertEquals(List.of(
                "The photo file photos/" + red.substring(0, 2) + "/" + red + " does not hold the bytes its name (their SHA-256) says: it is damaged",
                "The photo " + blue + " is recorded in the workspace but its file photos/" + blue.substring(0, 2) + "/" + blue + " is missing"),
                cli.err().lines().toList());
    }

    @Test
    void restoreReplacesADamagedPhotoWithTheBackupsGoodCopy() throws Exception {
        TestWorkspaces.assumeEmbedded("a backup is a copy of the SQLite file; a server database is backed up with pg_dump");
        Path backup = temp.resolve("backup.zip");
        assertEquals(0, cli.run("backup", backup.toString()), cli.err());
        Path redFile = photo(red);
        Files.write(redFile, java.util.Arrays.copyOf(Files.readAllBytes(redFile), 20));

        assertEquals(0, cli.run("restore", backup.toString()), cli.err());

        assertEquals(red, Sha256.of(redFile));
        assertEquals(0, cli.run("--lang", "en", "verify"), cli.err());
    }

    private Path photo(String sha) {
        return data.resolve("photos").resolve(sha.substring(0, 2)).resolve(sha);
    }

    private Path picture(String name, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        Path file = temp.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
