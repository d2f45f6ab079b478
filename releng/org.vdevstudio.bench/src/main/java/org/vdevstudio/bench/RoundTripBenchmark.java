package org.vdevstudio.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;
import org.vdevstudio.core.io.DomainXml;

/**
 * Load and save through the model, per document, in one warm JVM: the counterpart of libvirt's
 * own parse and format ({@code defineXML} + {@code XMLDesc(INACTIVE)}), which
 * releng/bench/libvirt_roundtrip.py measures on the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoundTripBenchmark {

    /** "docs" (1000 everyday documents) or "large" (5 documents of 1100 devices). */
    @Param({"docs", "large"})
    public String set;

    private final List<String> documents = new ArrayList<>();

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

    /** One round trip of every document; the score divided by the count is the time per document. */
    @Benchmark
    public void loadAndSaveAll(Blackhole bh) throws IOException {
        for (String xml : documents) {
            bh.consume(DomainXml.toBytes(DomainXml.load(xml, "bench.xml")));
        }
    }

    public int count() {
        return documents.size();
    }
}
