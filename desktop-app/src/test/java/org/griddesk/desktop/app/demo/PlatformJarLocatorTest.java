package org.griddesk.desktop.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformJarLocatorTest {

    @TempDir
    Path checkout;

    private Path placeJar(Path jar) throws Exception {
        Files.createDirectories(jar.getParent());
        return Files.writeString(jar, "jar");
    }

    @Test
    void findsThePlatformBesideTheWorkingFolderOfACheckout() throws Exception {
        Path jar = placeJar(checkout.resolve("county-platform/target/county-platform.jar"));
        assertEquals(Optional.of(jar), new PlatformJarLocator(Optional.empty(), checkout, Optional.empty()).find());
    }

    @Test
    void findsThePlatformRelativeToGriddeskJar() throws Exception {
        Path jar = placeJar(checkout.resolve("county-platform/target/county-platform.jar"));
        Path griddeskJar = checkout.resolve("desktop-app/target/griddesk.jar");
        Path elsewhere = Files.createDirectories(checkout.resolve("x/y/z"));

        assertEquals(Optional.of(jar),
                new PlatformJarLocator(Optional.empty(), elsewhere, Optional.of(griddeskJar)).find());
    }

    @Test
    void systemPropertyWinsOverTheCheckout() throws Exception {
        placeJar(checkout.resolve("county-platform/target/county-platform.jar"));
        Path chosen = placeJar(checkout.resolve("elsewhere/platform.jar"));

        assertEquals(Optional.of(chosen),
                new PlatformJarLocator(Optional.of(chosen.toString()), checkout, Optional.empty()).find());
    }

    @Test
    void nothingFoundWhenNoCandidateExists() {
        assertEquals(Optional.empty(), new PlatformJarLocator(Optional.empty(), checkout, Optional.empty()).find());
    }
}
