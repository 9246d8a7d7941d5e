package org.griddesk.desktop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.ResidentFacts;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.IdentityNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRegistrySeedTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path jarDir;

    private EncryptedVault vault(Path dir) {
        return new EncryptedVault(dir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
    }

    @Test
    void seedsAFictionalVillageThroughTheRegistryPendingInTheOutbox() throws Exception {
        try (EncryptedDeviceSession session = vault(dataDir).create("pass-phrase-1".toCharArray())) {
            RegistryService registry = Registries.open(session, "demo");

            assertEquals(30, DemoRegistrySeed.seed(registry));

            assertEquals(12, registry.households().size());
            assertEquals(30, registry.residents().size());
            for (FieldRecord household : registry.households()) {
                assertEquals(Optional.of(DemoRegistrySeed.GRID), household.string(HouseholdFields.GRID));
                assertEquals(Optional.of(DemoRegistrySeed.GRID), household.string(HouseholdFields.DIVISION_CODE));
                Location place = household.field(HouseholdFields.LOCATION).flatMap(Location::fromWire).orElseThrow();
                assertTrue(place.lon() >= 108.37 && place.lon() <= 108.39, "longitude " + place.lon());
                assertTrue(place.lat() >= 30.80 && place.lat() <= 30.82, "latitude " + place.lat());
                String headId = household.string(HouseholdFields.HEAD_ID).orElseThrow();
                assertEquals(Optional.of(household.id()),
                        registry.resident(headId).orElseThrow().string(ResidentFields.HOUSEHOLD_ID));
            }
            for (FieldRecord resident : registry.residents()) {
                String id = resident.string(ResidentFields.ID_NUMBER).orElseThrow();
                assertTrue(IdentityNumbers.hasValidChecksum(id));
                assertEquals(DemoRegistrySeed.COUNTY, IdentityNumbers.regionCode(id).substring(0, 6));
                assertEquals(resident.string(ResidentFields.SEX).orElseThrow(), IdentityNumbers.sexCode(id));
                assertEquals(Optional.of(LocalDate.parse(resident.string(ResidentFields.BIRTH_DATE).orElseThrow())),
                        IdentityNumbers.birthDate(id));
            }
            List<ResidentFacts> facts = registry.residents().stream().map(registry::facts).toList();
            assertTrue(facts.stream().filter(ResidentFacts::aged80Plus).count() >= 3);
            assertTrue(facts.stream().anyMatch(f -> f.aged80Plus() && f.livingAlone()));

            Set<String> pending = session.records().outbox().stream().map(entry -> entry.record().id())
                    .collect(Collectors.toSet());
            assertEquals(42, pending.size());

            assertEquals(0, DemoRegistrySeed.seed(registry), "a registry with households is left alone");
            assertEquals(12, registry.households().size());
        }
    }

    @Test
    void aNewDemoStoreIsSeededOnceAndKeptOnTheNextStart() throws Exception {
        Path jar = FakePlatformJar.build(jarDir);
        DemoMode mode = new DemoMode(this::vault, platformDir -> new DemoPlatform(platformDir, DemoAccounts.standard(),
                new PlatformJarLocator(Optional.of(jar.toString()), dataDir, Optional.empty()),
                DemoPlatform.currentJava(), Duration.ofSeconds(60)));

        mode.prepare(dataDir);
        mode.prepare(dataDir);

        try (EncryptedDeviceSession session = vault(dataDir).unlock(DemoMode.PASSPHRASE.toCharArray())) {
            RegistryService registry = Registries.open(session, "demo");
            assertEquals(12, registry.households().size());
            assertEquals(30, registry.residents().size());
        }
    }
}
