package org.griddesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.griddesk.model.validation.IdentityNumbers;

/**
 * A reproducible made-up population of the demo county: common surnames and given names, valid identity
 * numbers, mobile numbers and village addresses. Nothing here belongs to a real person.
 */
final class SyntheticResidents {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉梅林文斌辉鹏飞云海波宁欣怡佳琪子涵浩宇晨阳思雨梓萱一诺俊杰德贵福寿春生秋菊冬梅";
    private static final String[] VILLAGES = {"幸福村", "新华村", "长岭村", "石桥村", "龙泉村", "桂花村", "双河村", "白岩村"};

    record Person(String id, String name, String idNumber, String phone, String address, String householdNo,
                  String sexCode, LocalDate birthDate) {

        /** The person as a new resident record of the bench's grid pushes it, in household {@code householdId}. */
        Map<String, Object> residentFields(String householdId) {
            Map<String, Object> fields = new HashMap<>();
            fields.put("grid", InProcessPlatform.GRID);
            fields.put("householdId", householdId);
            fields.put("name", name);
            fields.put("idNumber", idNumber);
            fields.put("sex", sexCode);
            fields.put("birthDate", birthDate.toString());
            fields.put("ethnicity", "01");
            fields.put("relation", "02");
            fields.put("phone", phone);
            return fields;
        }
    }

    static List<Person> generate(int count, long seed) {
        Random random = new Random(seed);
        List<Person> people = new ArrayList<>(count);
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < count; i++) {
            LocalDate birth;
            boolean male;
            String idNumber;
            do { // one number, one person: the platform flags a repeated number as a possible duplicate
                birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 90));
                male = random.nextBoolean();
                idNumber = idNumber(birth, male, random);
            } while (!issued.add(idNumber));
            String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                    + GIVEN.charAt(random.nextInt(GIVEN.length()))
                    + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
            String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
            int household = i / 3;
            String address = "重庆市万州区" + VILLAGES[household % VILLAGES.length] + (household % 12 + 1) + "组"
                    + (household % 97 + 1) + "号";
            people.add(new Person("r" + i, name, idNumber, phone, address, "H" + household, male ? "1" : "2", birth));
        }
        return people;
    }

    private static String idNumber(LocalDate birth, boolean male, Random random) {
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = "500101" + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence);
        return first17 + IdentityNumbers.checkCharacter(first17);
    }
}
