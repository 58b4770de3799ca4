package io.github.camelclicksend.voice.benchmarks.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Child-process entry point: one contender, driven through its standard input so that the harness can interleave
 * the contenders point by point. Prints {@code READY}; then for each {@code RUN batch callers warmup measure} line
 * runs the point and prints a {@link LoadPoint} line (and an {@code ERROR} line when a call failed), then
 * {@code DONE}; {@code WARMUP seconds} runs every batch size for a while, unmeasured, then prints {@code DONE}.
 * Stops at {@code QUIT} or when its input closes.
 * <p>
 * Arguments: contender baseUrl
 */
public final class ContenderRun {

    private ContenderRun() {
    }

    public static void main(String[] args) throws Exception {
        try (Contender contender = Contender.named(args[0], args[1]);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("READY");
            System.out.flush();
            int prepared = -1;
            String line;
            while ((line = in.readLine()) != null && (line.startsWith("RUN ") || line.startsWith("WARMUP "))) {
                String[] f = line.split(" ");
                if (f[0].equals("WARMUP")) {
                    warmUp(contender, Double.parseDouble(f[1]));
                    prepared = -1;
                    System.out.println("DONE");
                    System.out.flush();
                    continue;
                }
                int batchSize = Integer.parseInt(f[1]);
                int callers = Integer.parseInt(f[2]);
                if (batchSize != prepared) {
                    contender.prepare(batchSize);
                    prepared = batchSize;
                }
                new Driver(contender, batchSize, callers).run(Double.parseDouble(f[3]));
                Driver driver = new Driver(contender, batchSize, callers);
                System.out.println(driver.run(Double.parseDouble(f[4])).toLine());
                if (driver.firstError() != null) {
                    System.out.println("ERROR\t" + args[0] + "\t" + batchSize + "\t" + callers + "\t" + driver.firstError());
                }
                System.out.println("DONE");
                System.out.flush();
            }
        }
        System.exit(0);
    }

    /** Runs every batch size with several callers, so that the JIT has compiled the whole path before measuring. */
    private static void warmUp(Contender contender, double seconds) throws Exception {
        int[] sizes = {1, 100, 1000};
        for (int size : sizes) {
            contender.prepare(size);
            new Driver(contender, size, 8).run(seconds / sizes.length);
        }
    }
}
