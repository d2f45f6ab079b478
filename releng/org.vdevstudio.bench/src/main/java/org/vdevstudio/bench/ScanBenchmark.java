package org.vdevstudio.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.SysfsScanner;

/**
 * Our scan and lspci on the same synthetic sysfs (made once by {@link BenchDevices}). Sample
 * time: every call is measured, so the median is the median of single scans.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBenchmark {

    @Param("")
    public String root;

    /** The scan as the product runs it: USB beside PCI, PCI functions over both cores. */
    @Benchmark
    public HostScan scan() {
        return checked(new SysfsScanner(Path.of(root)).scan());
    }

    /** The same scan on one thread, to show what the concurrency buys on this machine. */
    @Benchmark
    public HostScan scanSequential() {
        return checked(new SysfsScanner(Path.of(root)).sequential().scan());
    }

    private HostScan checked(HostScan s) {
        if (s.pci().isEmpty()) {
            throw new IllegalStateException("the tree at " + root + " has no PCI devices");
        }
        return s;
    }

    /** lspci with names and numeric ids, reading the same tree through its sysfs access method. */
    @Benchmark
    public long lspci() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("lspci", "-D", "-nn", "-A", "linux-sysfs", "-O", "sysfs.path=" + root + "/bus/pci")
                .redirectErrorStream(true).start();
        long bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = in.transferTo(OutputStreamSink.INSTANCE);
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("lspci failed with status " + p.exitValue());
        }
        return bytes;
    }
}
