package org.vdevstudio.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.vdevstudio.core.io.DomainXml;

/**
 * Load and save through the model, one document per operation (the documents taken in turn), in
 * one warm JVM: the counterpart of libvirt's own parse and format ({@code defineXML} +
 * {@code XMLDesc(INACTIVE)}), which releng/bench/libvirt_roundtrip.py measures on the same files.
 * <p>
 * Besides JMH's wall-clock score, the CPU time of the benchmark thread per document is recorded
 * (the Python side records the same): on a shared machine wall time also counts the time other
 * processes hold the cores, CPU time does not. Set {@code vdev.bench.cpu} to a file to get it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoundTripBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** "docs" (1000 everyday documents) or "large" (5 documents of 1100 devices). */
    @Param({"docs", "large"})
    public String set;

    private final List<String> documents = new ArrayList<>();
    private int next;
    private long operations;
    private long cpuAtStart;
    private final List<Double> cpuPerDocument = new ArrayList<>();

    @Setup(Level.Trial)
    public void read() throws IOException {
        Path dir = Paths.get(System.getProperty("vdev.bench.corpus", "target/bench-corpus")).resolve(set);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                documents.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (documents.isEmpty()) {
            throw new IOException("no documents in " + dir + ": run CorpusGenerator first");
        }
    }

    /** Round trip of the next document. */
    @Benchmark
    public byte[] loadAndSave() throws IOException {
        String xml = documents.get(next);
        next = next + 1 == documents.size() ? 0 : next + 1;
        operations++;
        return DomainXml.toBytes(DomainXml.load(xml, "bench.xml"));
    }

    /** Runs on the benchmark thread (JMH's guarantee for iteration fixtures). */
    @Setup(Level.Iteration)
    public void startClock() {
        operations = 0;
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void stopClock(IterationParams iteration) {
        if (iteration.getType() == IterationType.MEASUREMENT && operations > 0) {
            cpuPerDocument.add((THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e3 / operations);
        }
    }

    /** Appends {"set": .., "cpu_us_per_document": median over the measured iterations} to the file. */
    @TearDown(Level.Trial)
    public void report() throws IOException {
        String file = System.getProperty("vdev.bench.cpu");
        if (file == null || cpuPerDocument.isEmpty()) {
            return;
        }
        List<Double> sorted = new ArrayList<>(cpuPerDocument);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        Files.writeString(Paths.get(file), String.format(Locale.ROOT, "{\"set\": \"%s\", \"cpu_us_per_document\": %.1f}%n", set, median),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
