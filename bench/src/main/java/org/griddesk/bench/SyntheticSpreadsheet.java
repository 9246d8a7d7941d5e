package org.griddesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A village register as Excel exports it (UTF-8 with BOM), with households of three: a head and two members. */
final class SyntheticSpreadsheet {

    static final String GRID = "500101001001";
    private static final String[] RELATIONS = {"户主", "配偶", "子", "女"};

    private SyntheticSpreadsheet() {
    }

    static void writeCsv(Path file, int rows) throws IOException {
        List<SyntheticResidents.Person> people = SyntheticResidents.generate(rows, 11);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write("姓名,公民身份号码,性别,出生日期,民族,与户主关系,联系电话,户号,住址,区划代码,网格\n");
            for (int i = 0; i < people.size(); i++) {
                SyntheticResidents.Person p = people.get(i);
                out.write(String.join(",", p.name(), p.idNumber(), p.sexCode().equals("1") ? "男" : "女",
                        p.birthDate().toString(), "汉族", RELATIONS[i % 3 == 0 ? 0 : 1 + i % 3], p.phone(),
                        p.householdNo(), p.address(), GRID, GRID));
                out.write('\n');
            }
        }
    }
}
