package org.griddesk.desktop.app.demo;

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
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.ResidentFacts;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;
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
            List<org.griddesk.map.layer.Feature> buildings = new org.griddesk.map.demo.DemoVillageGenerator(
                    org.griddesk.map.demo.DemoVillageGenerator.DEFAULT_SEED).layers().stream()
                    .filter(layer -> layer.name().equals("buildings")).findFirst().orElseThrow().features();
            Set<String> gridsWithHomes = new java.util.HashSet<>();
            for (FieldRecord household : registry.households()) {
                assertEquals(Optional.of(DemoRegistrySeed.VILLAGE_DIVISION), household.string(HouseholdFields.DIVISION_CODE));
                Location place = household.field(HouseholdFields.LOCATION).flatMap(Location::fromWire).orElseThrow();
                org.locationtech.jts.geom.Point point = new org.locationtech.jts.geom.GeometryFactory()
                        .createPoint(new org.locationtech.jts.geom.Coordinate(place.lon(), place.lat()));
                org.griddesk.map.layer.Feature building = buildings.stream()
                        .filter(b -> b.geometry().contains(point)).findFirst()
                        .orElseThrow(() -> new AssertionError("no building of the demo map at " + place));
                assertEquals("住宅", building.attributes().get("use"));
                assertEquals(household.string(HouseholdFields.GRID), Optional.of(building.attributes().get("grid")),
                        "the household's grid is the map cell its home stands in");
                assertEquals(Optional.of(building.attributes().get("name")), household.string(HouseholdFields.ADDRESS));
                gridsWithHomes.add(household.string(HouseholdFields.GRID).orElseThrow());
                String headId = household.string(HouseholdFields.HEAD_ID).orElseThrow();
                assertEquals(Optional.of(household.id()),
                        registry.resident(headId).orElseThrow().string(ResidentFields.HOUSEHOLD_ID));
            }
            assertEquals(DemoAccounts.standard().gridCodes().size(), gridsWithHomes.size(), "every grid has homes");
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

            IssueService issueService = new IssueService(session.records(), session.clock(),
                    session.records()::localViews, IssueCategories.defaults(), new UuidV7Generator(),
                    java.time.Clock.systemUTC(), () -> "reader");
            List<Issue> issues = issueService.list();
            assertEquals(5, issues.size(), "seeded once");
            assertEquals(Set.of(IssueStatus.REPORTED, IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS,
                    IssueStatus.RESOLVED, IssueStatus.ARCHIVED),
                    issues.stream().map(Issue::status).collect(Collectors.toSet()));
            Set<String> gridsOfHomes = registry.households().stream()
                    .map(household -> household.string(HouseholdFields.GRID).orElseThrow()).collect(Collectors.toSet());
            for (Issue issue : issues) {
                assertEquals("demo", issue.reporter());
                assertTrue(gridsOfHomes.contains(issue.grid()), issue.grid());
                assertEquals(issue.status().ordinal() + 1, issue.timeline().size(), "every step in the timeline");
            }
            Issue visits = issues.stream().filter(issue -> issue.category().equals("livelihood.elderly"))
                    .findFirst().orElseThrow();
            assertEquals(1, visits.residentIds().size());
            assertEquals(Optional.of("王五"),
                    registry.resident(visits.residentIds().get(0)).orElseThrow().string(ResidentFields.NAME));
        }
    }
}
