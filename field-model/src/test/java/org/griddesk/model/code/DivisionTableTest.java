package org.griddesk.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class DivisionTableTest {

    private final DivisionTable table = DivisionTable.bundled();

    @Test
    void coversAllOfChinaDownToTownships() {
        assertTrue(table.size() > 40_000, "size " + table.size());
        assertEquals(31 + 3, table.atLevel(DivisionLevel.PROVINCE).size(),
                "31 mainland provinces plus Taiwan, Hong Kong and Macao");
        assertTrue(table.atLevel(DivisionLevel.COUNTY).size() > 2_800);
    }

    @Test
    void chaoyangDistrictHasItsChainAndName() {
        List<String> names = table.chain("110105").stream().map(Division::name).toList();
        assertEquals(List.of("北京市", "市辖区", "朝阳区"), names);
        assertEquals(Optional.of("北京市朝阳区"), table.fullName("110105"));
        assertEquals(DivisionLevel.COUNTY, table.find("110105").orElseThrow().level());
        assertEquals("110105000000", table.find("110105").orElseThrow().code());
        assertEquals(table.find("110105"), table.find("110105000000"));
    }

    @Test
    void demoCountyHasVillages() {
        List<Division> chain = table.chain("500101001001");
        assertEquals(List.of(DivisionLevel.PROVINCE, DivisionLevel.CITY, DivisionLevel.COUNTY,
                DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE), chain.stream().map(Division::level).toList());
        assertEquals(List.of("重庆市", "市辖区", "万州区", "高笋塘街道", "东方广场社区居民委员会"),
                chain.stream().map(Division::name).toList());
        assertEquals(Optional.of("重庆市万州区高笋塘街道东方广场社区居民委员会"), table.fullName("500101001001"));
        List<Division> villages = table.children("500101001");
        assertFalse(villages.isEmpty());
        assertTrue(villages.stream().allMatch(v -> v.level() == DivisionLevel.VILLAGE));
        assertEquals("500101001001", villages.get(0).shortCode());
    }

    @Test
    void childrenAreTheNextLevelOnly() {
        List<String> townships = table.children("500101").stream().map(Division::shortCode).toList();
        assertTrue(townships.contains("500101001"));
        assertTrue(townships.stream().allMatch(code -> code.length() == 9));
        assertEquals(List.of("1101"), table.children("11").stream().map(Division::shortCode).toList());
        assertTrue(table.children("110105").stream().anyMatch(d -> d.name().equals("建外街道")));
    }

    @Test
    void aCityWithoutCountiesIsNotRepeated() {
        List<Division> chain = table.chain("441900003");
        assertEquals(List.of("广东省", "东莞市", "东城街道"), chain.stream().map(Division::name).toList());
        assertTrue(table.children("4419").stream().allMatch(d -> d.level() == DivisionLevel.TOWNSHIP));
        assertFalse(table.children("4419").isEmpty());
    }

    @Test
    void unknownAndMalformedCodesAreNotFound() {
        assertFalse(table.exists("110199"));
        assertFalse(table.exists("11010"));
        assertFalse(table.exists("11010a"));
        assertFalse(table.exists(""));
        assertFalse(table.exists(null));
        assertEquals(List.of(), table.chain("999999"));
        assertEquals(List.of(), table.children("999999"));
        assertEquals(Optional.empty(), table.fullName("990000"));
        assertTrue(table.exists("81"), "Hong Kong is in GB/T 2260");
    }

    @Test
    void placeholderUnitsAreRecognised() {
        assertTrue(table.find("1101").orElseThrow().isPlaceholder());
        assertTrue(table.find("5002").orElseThrow().isPlaceholder());
        assertFalse(table.find("1301").orElseThrow().isPlaceholder());
    }

    @Test
    void aMalformedTableIsRefusedAndAWellFormedOneRead() throws IOException {
        assertThrows(IllegalStateException.class, () -> DivisionTable.read(gzip("12\t天津市\n11\t北京市\n")));
        assertThrows(IllegalStateException.class, () -> DivisionTable.read(gzip("11 北京市\n")));
        assertThrows(IllegalStateException.class, () -> DivisionTable.read(gzip("110\t北京市\n")));
        DivisionTable small = DivisionTable.read(gzip("11\t北京市\n1101\t市辖区\n\n110105\t朝阳区"));
        assertEquals(3, small.size());
        assertEquals(List.of("北京市", "市辖区", "朝阳区"), small.chain("110105").stream().map(Division::name).toList());
        assertEquals(Optional.of("朝阳区"), small.name("110105"));
    }

    private static ByteArrayInputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
