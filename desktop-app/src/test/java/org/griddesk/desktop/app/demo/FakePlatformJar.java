package org.griddesk.desktop.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.tools.ToolProvider;

/** Compiles the stand-in county platform (test resource fake-platform/) into a runnable jar. */
final class FakePlatformJar {

    private FakePlatformJar() {
    }

    static Path build(Path workDir) throws IOException {
        Path sources = Files.createDirectories(workDir.resolve("src"));
        Path classes = Files.createDirectories(workDir.resolve("classes"));
        Path source = sources.resolve("FakeCountyPlatform.java");
        try (InputStream in = FakePlatformJar.class.getResourceAsStream("/fake-platform/FakeCountyPlatform.java")) {
            Files.copy(in, source);
        }
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-d", classes.toString(), source.toString());
        if (compiled != 0) {
            throw new IllegalStateException("fake platform did not compile");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "FakeCountyPlatform");
        Path jar = workDir.resolve("county-platform.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("FakeCountyPlatform.class"));
            Files.copy(classes.resolve("FakeCountyPlatform.class"), out);
            out.closeEntry();
        }
        return jar;
    }
}
