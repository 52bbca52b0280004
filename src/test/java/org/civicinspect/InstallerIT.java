package org.civicinspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux installer: {@code installer/build.sh} turns the packaged jar into a .deb with its own runtime; the
 * .deb, unpacked with {@code dpkg -x}, starts from its launcher, answers {@code --version} and runs real commands.
 * Runs on Linux with jpackage, dpkg-deb and fakeroot; elsewhere it is skipped, unless CIVICINSPECT_REQUIRE_INSTALLER
 * is set (as CI does), when missing tools fail it.
 */
class InstallerIT {

    @TempDir Path temp;

    @Test
    void theDebInstallsALauncherThatRunsTheCommandLine() throws Exception {
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        List<String> missing = Stream.of("jpackage", "dpkg-deb", "fakeroot", "dpkg").filter(t -> !onPath(t)).toList();
        if (System.getenv("CIVICINSPECT_REQUIRE_INSTALLER") == null) {
            Assumptions.assumeTrue(linux && missing.isEmpty(), "the .deb is built on Linux with jpackage, dpkg-deb and fakeroot");
        } else {
            assertTrue(linux && missing.isEmpty(), "missing for the installer: " + missing);
        }
        Path out = temp.resolve("installer");
        assertEquals(0, run(Path.of("."), "installer/build.sh", "--skip-build", out.toString()).exit(), "installer/build.sh");
        Path deb;
        try (Stream<Path> files = Files.list(out)) {
            deb = files.filter(f -> f.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Path root = temp.resolve("unpacked");
        assertEquals(0, run(temp, "dpkg", "-x", deb.toString(), root.toString()).exit());
        Path launcher = root.resolve("opt/civicinspect/bin/civicinspect");
        assertTrue(Files.isExecutable(launcher));
        assertTrue(Files.isDirectory(root.resolve("opt/civicinspect/lib/runtime")), "the .deb carries its own Java");
        String mime = Files.readString(root.resolve("opt/civicinspect/lib/civicinspect-civicinspect-MimeInfo.xml"));
        assertTrue(mime.contains("*.citask") && mime.contains("*.ciresult"), mime);

        Result version = run(temp, launcher.toString(), "--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().contains("CivicInspect") && version.out().contains("0."), version.out());
        Path data = temp.resolve("data");
        Path cache = temp.resolve("cache");
        assertEquals(0, run(temp, launcher.toString(), "--data", data.toString(), "indicators", "import", "--sample").exit());
        Result list = run(temp, launcher.toString(), "--data", data.toString(), "indicators", "list", "--json");
        assertEquals(0, list.exit());
        JsonNode sets = new ObjectMapper().readTree(list.out());
        assertEquals(1, sets.size());
        assertTrue(Files.isRegularFile(data.resolve("workspace.db")));
        assertFalse(Files.exists(data.resolve("native")), "SQLite's native library stays out of the data folder, which may be read-only");
        // sqlite-jdbc deletes the library it unpacked when the program ends; the folder it was unpacked into stays.
        assertTrue(Files.isDirectory(cache.resolve("civicinspect/native")), "SQLite's native library is unpacked in the user's cache");
    }

    private record Result(int exit, String out) {
    }

    private Result run(Path folder, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        // What the .deb installs is checked here, not how small it is: the quickest compression the package tools know
        // (59 s to build it with xz, 21 s with this; the runtime jlink made is compressed already, so xz saves only 5%).
        builder.environment().put("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
        builder.environment().put("DPKG_DEB_COMPRESSOR_LEVEL", "1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), String.join(" ", command));
        return new Result(process.exitValue(), out);
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
