package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.AtomicFile;

/**
 * A save killed with SIGKILL at any moment leaves the file with its old or its new content, never
 * a torn one, and the backup with the first version. A separate JVM ({@link SaveLoop}) saves two
 * large contents in turn with the real {@link AtomicFile}; it is killed after a random delay
 * (fixed seed), again and again. {@code -Dvdev.kill.trials=N} sets the number of kills.
 */
class KilledSaveTest {

    private static final int TRIALS = Integer.getInteger("vdev.kill.trials", 50);
    private static final long SEED = Long.getLong("vdev.kill.seed", 7_2026L);
    /** A save of SaveLoop's content takes some tens of milliseconds: kills land before, in and between saves. */
    private static final int MAX_DELAY_MILLIS = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewContent() throws Exception {
        Path file = dir.resolve("vm.xml");
        byte[] original = "<domain type='kvm'><name>original</name></domain>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, original);
        List<byte[]> known = List.of(original, SaveLoop.content(0), SaveLoop.content(1));
        int[] held = new int[known.size()];
        List<String> torn = new ArrayList<>();
        int tornBackups = 0;
        int mostTemporaryFiles = 0;
        int killedMidSave = 0;
        Random random = new Random(SEED);

        for (int trial = 0; trial < TRIALS; trial++) {
            runAndKill(file, random.nextInt(MAX_DELAY_MILLIS + 1));
            int which = indexOf(known, Files.readAllBytes(file));
            if (which < 0) {
                torn.add("trial " + trial + ": " + Files.size(file) + " bytes");
            } else {
                held[which]++;
            }
            Path backup = dir.resolve("vm.xml.bak");
            if (Files.exists(backup) && !Arrays.equals(original, Files.readAllBytes(backup))) {
                tornBackups++;
            }
            // A killed save may leave its temporary file; the next save deletes it, so there is never more than one.
            int temporary = temporaryFiles().size();
            mostTemporaryFiles = Math.max(mostTemporaryFiles, temporary);
            killedMidSave += temporary > 0 ? 1 : 0; // a temporary file lives from the start of a save to its rename
        }
        AtomicFile.write(file, original);
        List<String> left = temporaryFiles();

        System.out.printf("killed saves: %d trials, %d torn files, %d torn backups; %d kills left a temporary file"
                + " (killed mid-save), at most %d at a time; the file held the original %d times, content 0 %d times,"
                + " content 1 %d times%n",
                TRIALS, torn.size(), tornBackups, killedMidSave, mostTemporaryFiles, held[0], held[1], held[2]);
        assertEquals(List.of(), torn, "torn files");
        assertEquals(0, tornBackups, "torn backups");
        assertTrue(mostTemporaryFiles <= 1, "temporary files accumulate: " + mostTemporaryFiles);
        assertEquals(List.of(), left, "the next save deletes what a killed save left");
        assertTrue(held[1] + held[2] > 0, "no kill came after a completed save: the delays are too short to test anything");
    }

    /** Starts a SaveLoop on {@code file}, lets it save for {@code delayMillis} and kills it (SIGKILL). */
    private void runAndKill(Path file, int delayMillis) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = location(AtomicFile.class) + File.pathSeparator + location(SaveLoop.class);
        Path errors = dir.resolve("saver.err");
        Process p = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", classPath, SaveLoop.class.getName(), file.toString())
                .redirectError(errors.toFile())
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals(SaveLoop.READY, line, () -> "the saving process did not start: " + read(errors));
            Thread.sleep(delayMillis);
        } finally {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    /**
     * The jar or folder a class was loaded from. In the OSGi test runtime there is no class path
     * to pass on, but each bundle's class loader knows where its classes are.
     */
    private static String location(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        assertTrue(source != null && source.getLocation() != null, "no code source for " + c.getName());
        try {
            Path path = Path.of(source.getLocation().toURI());
            assertTrue(Files.exists(path), "code source of " + c.getName() + " is not on disk: " + path);
            return path.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AssertionError("code source of " + c.getName() + " is no file: " + source.getLocation(), e);
        }
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".vm.xml") && n.endsWith(".tmp")).sorted().toList();
        }
    }

    private static int indexOf(List<byte[]> known, byte[] content) {
        for (int i = 0; i < known.size(); i++) {
            if (Arrays.equals(known.get(i), content)) {
                return i;
            }
        }
        return -1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
