package org.vdevstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.SysfsScanner;
import org.vdevstudio.host.synthetic.BenchTree;

/**
 * Builds the synthetic host (64 PFs with 64 VFs each = 4096 VFs, 500 USB devices), checks that
 * our scan and lspci see the same functions, runs the JMH benchmark of both and prints the
 * medians and their ratio. Arguments: [PFS VFS_PER_PF USB].
 */
public final class BenchDevices {

    private BenchDevices() {
    }

    public static void main(String[] args) throws IOException, RunnerException, InterruptedException {
        int pfs = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int vfs = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int usb = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Path root = Files.createTempDirectory("vdev-bench-sys");
        try {
            BenchTree.create(root, pfs, vfs, usb);
            HostScan once = new SysfsScanner(root).scan();
            long vfCount = once.pci().stream().filter(d -> d.physfn() != null).count();
            System.out.printf(Locale.ROOT, "tree %s: %d PCI functions (%d VFs on %d PFs), %d USB devices, %d problems%n", root,
                    once.pci().size(), vfCount, pfs, once.usb().size(), once.problems().size());
            System.out.printf(Locale.ROOT, "lspci lists %d functions of the same tree%n", lspciLines(root));

            Options options = new OptionsBuilder()
                    .include(ScanBenchmark.class.getName())
                    .param("root", root.toString())
                    .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                    .forks(1)
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            double scan = median(results, "scan");
            double sequential = median(results, "scanSequential");
            double lspci = median(results, "lspci");
            System.out.printf(Locale.ROOT, "%nmedian, warm: vdev scan %.1f ms (PCI + USB + hwdata names; on one thread %.1f ms), "
                    + "lspci -D -nn %.1f ms (PCI only)%n", scan, sequential, lspci);
            System.out.printf(Locale.ROOT, "ratio vdev scan / lspci: %.2f (goal: at most 1.5)%n", scan / lspci);
            System.out.printf(Locale.ROOT, "target: scan under 100 ms: %s; within 1.5x of lspci: %s%n", scan < 100 ? "met" : "NOT met",
                    scan <= 1.5 * lspci ? "met" : "NOT met");
            CpuTime.compare(root, 20);
        } finally {
            delete(root);
        }
    }

    private static double median(Collection<RunResult> results, String method) {
        for (RunResult r : results) {
            if (r.getParams().getBenchmark().endsWith("." + method)) {
                return r.getPrimaryResult().getStatistics().getPercentile(50);
            }
        }
        throw new IllegalStateException("no result for " + method);
    }

    private static long lspciLines(Path root) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("lspci", "-D", "-nn", "-A", "linux-sysfs", "-O", "sysfs.path=" + root + "/bus/pci")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        long lines;
        try (var reader = p.inputReader()) {
            lines = reader.lines().count();
        }
        p.waitFor();
        return lines;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
