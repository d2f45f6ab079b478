package org.vdevstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.vdevstudio.host.SysfsScanner;

/**
 * CPU time (user + system, from {@code /proc/self/stat}) per scan, ours against lspci's. On a
 * machine shared with other work the wall-clock medians stretch with the load, the CPU spent
 * much less; both are printed. lspci's time is this JVM's reaped children's time.
 */
final class CpuTime {

    /** /proc counts in USER_HZ, which Linux fixes at 100 for user space. */
    private static final double MS_PER_TICK = 10.0;

    private CpuTime() {
    }

    static void compare(Path root, int runs) throws IOException, InterruptedException {
        ScanBenchmark bench = new ScanBenchmark();
        bench.root = root.toString();
        for (int i = 0; i < runs; i++) {
            new SysfsScanner(root).scan(); // warm, as the JMH figures are
        }
        long[] before = ticks();
        for (int i = 0; i < runs; i++) {
            new SysfsScanner(root).scan();
        }
        long[] mid = ticks();
        for (int i = 0; i < runs; i++) {
            bench.lspci();
        }
        long[] after = ticks();
        double ours = (mid[0] - before[0]) * MS_PER_TICK / runs;
        double theirs = (after[1] - mid[1]) * MS_PER_TICK / runs;
        System.out.printf(Locale.ROOT, "CPU time per run (user + system, mean of %d): vdev scan %.0f ms, lspci %.0f ms, ratio %.2f%n",
                runs, ours, theirs, ours / theirs);
    }

    /** {own utime + stime, reaped children's cutime + cstime} in clock ticks. */
    private static long[] ticks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields 14-17 of proc(5), counted from the state field (3) on
        return new long[] { Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14]) };
    }
}
