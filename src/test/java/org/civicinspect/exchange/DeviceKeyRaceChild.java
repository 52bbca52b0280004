package org.civicinspect.exchange;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link DeviceKeyTest}. {@code BASE ROUNDS INTERVAL}: opens the device key in
 * {@code BASE/race-0 … race-(ROUNDS-1)}, one folder every {@code INTERVAL} milliseconds from a start time the parent
 * sends once every child is warmed up, so that the children call {@link DeviceKey#loadOrCreate} on each empty folder
 * at the same moment; prints {@code OK i FINGERPRINT} or {@code FAIL i EXCEPTION} per folder.
 * {@code churn BASE}: makes keys in {@code BASE/churn-0, churn-1, …} until it is killed, printing
 * {@code MADE i FINGERPRINT} after each.
 */
public final class DeviceKeyRaceChild {

    private DeviceKeyRaceChild() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("churn")) {
            Path base = Path.of(args[1]);
            for (int i = 0; ; i++) {
                System.out.println("MADE " + i + " " + DeviceKey.loadOrCreate(base.resolve("churn-" + i)).fingerprint());
                System.out.flush();
            }
        }
        Path base = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        long interval = Long.parseLong(args[2]);
        // Load the key classes and the random source first, so the races are not spread out by a cold start.
        DeviceKey.loadOrCreate(base.resolve("warm-up-" + ProcessHandle.current().pid())).sign(new byte[] {1});
        System.out.println("READY");
        System.out.flush();
        long start = Long.parseLong(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine().strip());
        for (int i = 0; i < rounds; i++) {
            long at = start + i * interval;
            while (System.currentTimeMillis() < at) {
                Thread.onSpinWait();
            }
            String line;
            try {
                line = "OK " + i + " " + DeviceKey.loadOrCreate(base.resolve("race-" + i)).fingerprint();
            } catch (Throwable e) {
                line = "FAIL " + i + " " + e;
            }
            System.out.println(line);
            System.out.flush();
        }
    }
}
