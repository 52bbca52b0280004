package org.civicinspect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A child JVM on the tests' class path that reports what it saved on standard output, killed with SIGKILL at a random
 * moment once it has reported something: what the kill tests run again and again.
 */
public final class KilledChild {

    private KilledChild() {
    }

    /**
     * Runs {@code main} with {@code args}, hands each line it prints to {@code line}, and kills it up to
     * {@code withinMillis} after its first line (or after 20 s without one); returns once it is gone and every line it
     * printed has been handed over.
     */
    public static void run(Class<?> main, List<String> args, Random random, int withinMillis, Consumer<String> line) throws Exception {
        // A child lives a second or two: the top compiler would only compete with the test for the cores.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int[] lines = {0};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String said = in.readLine(); said != null; said = in.readLine()) {
                    line.accept(said);
                    lines[0]++;
                }
            } catch (IOException ignored) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (lines[0] == 0 && System.currentTimeMillis() < deadline && child.isAlive()) {
            Thread.sleep(5);
        }
        Thread.sleep(random.nextInt(withinMillis));
        child.destroyForcibly();
        if (!child.waitFor(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the child outlived SIGKILL by 20 s");
        }
        reader.join(5_000);
    }
}
