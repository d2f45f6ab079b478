package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.xml.sax.SAXParseException;

/**
 * Mutated corpus documents (see {@link DocumentMutator}) either load or are refused with a clear
 * {@link DomainLoadException}; nothing else escapes, nothing hangs, and what loads saves to a
 * fixed point: a second round trip is byte-identical to the first.
 * <p>
 * {@code -Dvdev.fuzz.inputs=N} sets the number of inputs (the pom passes it on; CI runs the
 * default, {@code releng/bin/fuzz} the long run), {@code -Dvdev.fuzz.seed=S} the seed. Failing
 * inputs are written to a folder named in the failure message.
 */
class FuzzTest {

    private static final int INPUTS = Integer.getInteger("vdev.fuzz.inputs", 1000);
    private static final long SEED = Long.getLong("vdev.fuzz.seed", 2026_11_25L);
    /** Loading a domain document takes milliseconds; five seconds means it never ends. */
    private static final long HANG_SECONDS = 5;

    private enum Result { LOADED, REJECTED, CRASH, HANG, UNSTABLE }

    private record Outcome(Result result, String detail) {
    }

    @Test
    void mutatedDocumentsLoadOrAreRefusedClearly() throws Exception {
        List<Map.Entry<String, byte[]>> corpus = new ArrayList<>(Corpus.domains().entrySet());
        Random random = new Random(SEED);
        DocumentMutator mutator = new DocumentMutator(random);
        Map<Result, Integer> counts = new TreeMap<>();
        Map<String, int[]> byStep = new TreeMap<>(); // step -> {inputs, loaded}
        List<String> failures = new ArrayList<>();
        Path failureDir = null;
        ExecutorService executor = newExecutor();
        long start = System.nanoTime();
        try {
            for (int i = 0; i < INPUTS; i++) {
                Map.Entry<String, byte[]> source = corpus.get(random.nextInt(corpus.size()));
                DocumentMutator.Mutant mutant = mutator.mutate(source.getValue());
                String label = "fuzz-" + i + "-" + source.getKey();
                Future<Outcome> future = executor.submit(() -> check(mutant.bytes(), label));
                Outcome outcome;
                try {
                    outcome = future.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    outcome = new Outcome(Result.HANG, "no result after " + HANG_SECONDS + " s");
                    // The stuck thread cannot be trusted to stop: leave it and go on with a fresh one.
                    future.cancel(true);
                    executor.shutdownNow();
                    executor = newExecutor();
                } catch (ExecutionException e) {
                    outcome = new Outcome(Result.CRASH, String.valueOf(e.getCause()));
                }
                counts.merge(outcome.result(), 1, Integer::sum);
                for (String step : mutant.steps()) {
                    int[] n = byStep.computeIfAbsent(step.replace(" (no target)", ""), k -> new int[2]);
                    n[0]++;
                    n[1] += outcome.result() == Result.LOADED ? 1 : 0;
                }
                if (outcome.result() != Result.LOADED && outcome.result() != Result.REJECTED) {
                    failureDir = failureDir != null ? failureDir : Files.createTempDirectory("vdev-fuzz-");
                    Files.write(failureDir.resolve(label), mutant.bytes());
                    failures.add(label + " " + mutant.steps() + ": " + outcome.result() + " " + outcome.detail());
                }
            }
        } finally {
            executor.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        int loaded = counts.getOrDefault(Result.LOADED, 0);
        int rejected = counts.getOrDefault(Result.REJECTED, 0);
        int crashes = counts.getOrDefault(Result.CRASH, 0);
        int hangs = counts.getOrDefault(Result.HANG, 0);
        int unstable = counts.getOrDefault(Result.UNSTABLE, 0);
        StringBuilder steps = new StringBuilder();
        byStep.forEach((step, n) -> steps.append(' ').append(step).append(' ').append(n[1]).append('/').append(n[0]));
        System.out.printf("fuzz (seed %d, %d s): %d inputs tried, %d loaded, %d rejected with a clear error,"
                + " %d crashes, %d hangs, %d unstable round trips%nfuzz, loaded/inputs by mutation:%s%n",
                SEED, seconds, INPUTS, loaded, rejected, crashes, hangs, unstable, steps);
        String report = failures.stream().limit(10).reduce("", (a, b) -> a + "\n  " + b)
                + (failureDir == null ? "" : "\ninputs in " + failureDir);
        assertEquals(0, crashes + hangs + unstable, "crashes, hangs or unstable round trips:" + report);
        // Mutations that never load test only the parser, ones that never fail only the model.
        assertTrue(loaded >= INPUTS / 5, "too few mutated documents load: " + loaded);
        assertTrue(rejected >= INPUTS / 10, "too few mutated documents are refused: " + rejected);
    }

    /** Loads, saves, loads the saved text and saves again; only a clear refusal may stop it. */
    private static Outcome check(byte[] input, String label) throws IOException {
        DomainResource r;
        try {
            r = load(input, label);
        } catch (DomainLoadException e) {
            return isClear(e) ? new Outcome(Result.REJECTED, e.getMessage())
                    : new Outcome(Result.CRASH, "unclear error " + e.getMessage() + " caused by " + rootCause(e));
        }
        byte[] first = DomainXml.toBytes(r);
        byte[] second;
        try {
            second = DomainXml.toBytes(load(first, label + " (saved)"));
        } catch (DomainLoadException e) {
            return new Outcome(Result.UNSTABLE, "the saved document does not load: " + e.getMessage());
        }
        if (!Arrays.equals(first, second)) {
            return new Outcome(Result.UNSTABLE, "the second round trip differs from the first at byte " + Arrays.mismatch(first, second));
        }
        return new Outcome(Result.LOADED, "");
    }

    private static DomainResource load(byte[] bytes, String label) throws DomainLoadException {
        return DomainXml.load(new ByteArrayInputStream(bytes), label, URI.createURI("vdev:/fuzz.xml"));
    }

    /**
     * A refusal is clear when it is a diagnosis of the document: the core's own checks (no cause),
     * the XML parser's or EMF's (with a location). A runtime exception wrapped on the way is a bug
     * dressed as an error.
     */
    private static boolean isClear(DomainLoadException e) {
        if (e.getReason() == null || e.getReason().isBlank()) {
            return false;
        }
        for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SAXParseException || c instanceof XMIException) {
                return true;
            }
            if (c instanceof RuntimeException || c instanceof Error) {
                return false;
            }
        }
        return true;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-load");
            t.setDaemon(true);
            return t;
        });
    }
}
