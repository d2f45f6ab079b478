package org.vdevstudio.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates the model into a scratch folder and compares it with what is committed in the
 * model bundle: a difference means generated files were edited by hand or not regenerated.
 */
class RegenerationCheckTest {

    @TempDir
    static Path scratch;
    static Coverage coverage;
    static String printed;

    static Path committed() {
        return Paths.get(System.getProperty("vdev.modelProject", "../../bundles/org.vdevstudio.model"));
    }

    @BeforeAll
    static void regenerate() throws IOException {
        Path schema = Paths.get(System.getProperty("vdev.schemaDir", "/usr/share/libvirt/schemas"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        coverage = ModelGenerator.generate(schema, scratch, new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void committedModelEqualsRegeneratedModel() throws IOException {
        Set<String> generated = files(scratch);
        Set<String> inRepo = files(committed());
        inRepo.removeIf(f -> !(f.startsWith("model/") || f.startsWith("src-gen/")));
        assertEquals(generated, inRepo, "generated files and committed files differ in name: run releng/bin/regenerate-model");
        List<String> differing = new ArrayList<>();
        for (String f : generated) {
            if (!Arrays.equals(Files.readAllBytes(scratch.resolve(f)), Files.readAllBytes(committed().resolve(f)))) {
                differing.add(f);
            }
        }
        assertEquals(List.of(), differing, "regeneration changes these committed files: run releng/bin/regenerate-model");
    }

    @Test
    void everyElementAndAttributeOfInterfaceAndHostdevIsTyped() {
        assertTrue(coverage.deviceElements() > 50, printed);
        assertEquals(coverage.deviceElements(), coverage.typedDeviceElements(), printed);
        assertEquals(coverage.deviceAttributes(), coverage.typedDeviceAttributes(), printed);
        assertEquals(Set.of(), coverage.untypedDevicePatterns());
    }

    @Test
    void coverageIsPrintedAgainstTheSchemaTotal() {
        assertTrue(printed.contains("coverage, whole schema: " + coverage.typedElements() + " of "
                + coverage.schemaElements() + " element patterns"), printed);
        assertTrue(coverage.typedElements() < coverage.schemaElements());
    }

    private static Set<String> files(Path root) throws IOException {
        Set<String> result = new TreeSet<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> result.add(root.relativize(p).toString()));
        }
        return result;
    }
}
