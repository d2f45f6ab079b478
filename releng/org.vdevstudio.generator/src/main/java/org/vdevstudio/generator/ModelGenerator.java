package org.vdevstudio.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model bundle from libvirt's domain schema: reads the RelaxNG grammar, writes
 * {@code model/domain.ecore} and {@code model/domain.genmodel}, copies the schema files to
 * {@code model/schema/}, and runs EMF's generator into {@code src-gen/}.
 * <p>
 * Usage: {@code ModelGenerator --schema DIR --project DIR}. Run it through
 * {@code releng/bin/regenerate-model}.
 */
public final class ModelGenerator {

    static final String PLUGIN_ID = "org.vdevstudio.model";
    /** Typed children of {@code <domain>}: the skeleton; everything else there is kept untyped. */
    static final Set<String> DOMAIN_SKELETON = Set.of("name", "uuid", "title", "description", "memory",
            "currentMemory", "vcpu", "os", "devices");
    /** Typed devices; the other devices are kept untyped, in place. */
    static final Set<String> TYPED_DEVICES = Set.of("interface", "hostdev");

    static final SchemaAnalysis.Scope SCOPE = (parent, child) -> switch (parent.elementName()) {
        case "domain" -> DOMAIN_SKELETON.contains(child);
        case "devices" -> TYPED_DEVICES.contains(child);
        default -> true;
    };

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path schema = Paths.get("/usr/share/libvirt/schemas");
        Path project = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--schema" -> schema = Paths.get(args[++i]);
                case "--project" -> project = Paths.get(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (project == null) {
            throw new IllegalArgumentException("usage: ModelGenerator [--schema DIR] --project DIR");
        }
        generate(schema, project.toAbsolutePath().normalize(), System.out);
    }

    /** Generates everything into {@code project} and prints the coverage to {@code out}. */
    public static Coverage generate(Path schemaDir, Path project, PrintStream out) throws IOException {
        RngReader reader = new RngReader(schemaDir);
        Rng.Grammar grammar = reader.read("domain.rng");
        Rng.Element root = rootElement(grammar);
        SchemaAnalysis analysis = new SchemaAnalysis(grammar, SCOPE);
        List<SchemaAnalysis.ClassSet> classes = analysis.classes(root);
        EcoreBuilder builder = new EcoreBuilder(grammar, SCOPE);
        EPackage pkg = builder.build(classes);
        check(pkg);

        Path model = project.resolve("model");
        Files.createDirectories(model);
        copySchema(reader.files, schemaDir, model.resolve("schema"));
        GenModel genModel = save(pkg, project);
        generateJava(genModel, project);

        Coverage coverage = Coverage.of(grammar, builder, classes);
        coverage.print(out);
        return coverage;
    }

    private static Rng.Element rootElement(Rng.Grammar grammar) {
        Rng.Pattern p = grammar.start;
        while (p instanceof Rng.Ref r) {
            p = grammar.resolve(r);
        }
        if (!(p instanceof Rng.Element e) || !"domain".equals(e.name)) {
            throw new IllegalStateException("domain.rng does not start with the <domain> element");
        }
        return e;
    }

    /** Fails on an Ecore model that EMF itself calls invalid (names, duplicate features, ...). */
    private static void check(EPackage pkg) {
        Diagnostic d = Diagnostician.INSTANCE.validate(pkg);
        if (d.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder b = new StringBuilder("the generated Ecore model is invalid:");
            for (Diagnostic c : d.getChildren()) {
                b.append("\n  ").append(c.getMessage());
            }
            throw new IllegalStateException(b.toString());
        }
    }

    private static void copySchema(List<Path> files, Path schemaDir, Path target) throws IOException {
        deleteTree(target);
        Files.createDirectories(target);
        for (Path f : files) {
            Files.copy(f, target.resolve(schemaDir.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static GenModel save(EPackage pkg, Path project) throws IOException {
        ResourceSet rs = resourceSet(project);
        Resource ecore = rs.createResource(URI.createPlatformResourceURI(PLUGIN_ID + "/model/domain.ecore", true));
        ecore.getContents().add(pkg);

        GenModel gm = GenModelFactory.eINSTANCE.createGenModel();
        gm.setModelDirectory("/" + PLUGIN_ID + "/src-gen");
        gm.setModelPluginID(PLUGIN_ID);
        gm.setModelName("Domain");
        gm.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        gm.setCopyrightText("Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.");
        gm.setUpdateClasspath(false);
        gm.setCodeFormatting(false);
        gm.setLineDelimiter("\n");
        gm.setOperationReflection(true);
        gm.setSuppressGenModelAnnotations(true);
        gm.getForeignModel().add("/usr/share/libvirt/schemas/domain.rng");
        gm.initialize(List.of(pkg));
        GenPackage gp = gm.getGenPackages().get(0);
        gp.setBasePackage("org.vdevstudio.model");
        gp.setPrefix("Domain");
        gp.setResource(GenResourceKind.XML_LITERAL);
        gp.setLiteralsInterface(true);
        gp.setDataTypeConverters(false);
        gp.setLoadInitialization(false);

        Resource genResource = rs.createResource(URI.createPlatformResourceURI(PLUGIN_ID + "/model/domain.genmodel", true));
        genResource.getContents().add(gm);
        Map<Object, Object> options = Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100);
        ecore.save(options);
        genResource.save(options);
        return gm;
    }

    private static void generateJava(GenModel genModel, Path project) throws IOException {
        Path srcGen = project.resolve("src-gen");
        deleteTree(srcGen);
        // The generator also writes MANIFEST.MF, plugin.xml and build.properties: let it write them
        // into a scratch project and take only the Java from there. Those files are hand-kept.
        Path scratch = Files.createTempDirectory("vdev-gen");
        try {
            genModel.eResource().getResourceSet().getURIConverter().getURIMap().put(
                    URI.createPlatformResourceURI(PLUGIN_ID + "/", true), URI.createFileURI(scratch.toString() + "/"));
            genModel.setCanGenerate(true);
            GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                    GenModelGeneratorAdapterFactory.DESCRIPTOR);
            Generator generator = new Generator();
            generator.setInput(genModel);
            Diagnostic d = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                    new BasicMonitor());
            if (d.getSeverity() >= Diagnostic.ERROR) {
                throw new IOException("EMF generator failed: " + d.getMessage() + " " + d.getChildren());
            }
            copyTree(scratch.resolve("src-gen"), srcGen);
        } finally {
            deleteTree(scratch);
        }
    }

    private static ResourceSet resourceSet(Path project) {
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        rs.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(PLUGIN_ID + "/", true),
                URI.createFileURI(project.toString() + "/"));
        return rs;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s.sorted()::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
