package org.griddesk.desktop.app.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.SaveOutcome;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.IdentityNumbers;

/**
 * Made-up households and residents for a new demo store, so that a newcomer sees a village and not an empty
 * list. Everything goes through {@link RegistryService}: validated like any entry and pending in the outbox, so
 * the first sync sends it to the demo platform. Every person and number here is fictional.
 */
public final class DemoRegistrySeed {

    /** The division code of the demo village (幸福村), on every demo household. */
    public static final String VILLAGE_DIVISION = "500101001001";
    static final String COUNTY = "500101";

    private static final String HEAD = ResidentFields.RELATION_HEAD;

    private record Person(String name, String sex, String birthDate, String relation, List<String> careTags) {
        Person(String name, String sex, String birthDate, String relation) {
            this(name, sex, birthDate, relation, List.of());
        }
    }

    private record Home(List<Person> people) {
    }

    private static final List<Home> HOMES = List.of(
            new Home(List.of(
                    new Person("张三", "1", "1968-04-12", HEAD),
                    new Person("王芳", "2", "1970-09-03", "10"),
                    new Person("张小明", "1", "1995-01-20", "20"))),
            new Home(List.of(
                    new Person("李四", "1", "1942-02-08", HEAD),
                    new Person("赵桂英", "2", "1944-11-15", "10"))),
            new Home(List.of(
                    new Person("王五", "1", "1939-07-21", HEAD, List.of("aged_80_plus", "living_alone")))),
            new Home(List.of(
                    new Person("赵六", "1", "1975-06-30", HEAD),
                    new Person("孙丽", "2", "1977-03-18", "10"),
                    new Person("赵小红", "2", "2012-08-09", "30", List.of("left_behind_child")))),
            new Home(List.of(
                    new Person("钱七", "1", "1958-12-01", HEAD),
                    new Person("周秀兰", "2", "1960-05-25", "10"),
                    new Person("钱小兰", "2", "1985-07-07", "30"))),
            new Home(List.of(
                    new Person("孙八", "1", "1981-10-14", HEAD),
                    new Person("吴敏", "2", "1983-02-27", "10"),
                    new Person("孙小军", "1", "2008-07-04", "20"))),
            new Home(List.of(
                    new Person("周九", "1", "1945-03-09", HEAD),
                    new Person("郑淑珍", "2", "1941-08-30", "10"))),
            new Home(List.of(
                    new Person("吴十", "1", "1964-01-17", HEAD),
                    new Person("冯玉梅", "2", "1966-06-06", "10"))),
            new Home(List.of(
                    new Person("郑一", "1", "1972-11-11", HEAD),
                    new Person("陈红", "2", "1974-04-02", "10"),
                    new Person("郑小刚", "1", "2000-09-19", "20"))),
            new Home(List.of(
                    new Person("冯二", "1", "1986-05-05", HEAD),
                    new Person("何静", "2", "1988-12-12", "10"))),
            new Home(List.of(
                    new Person("陈三", "1", "1955-10-28", HEAD, List.of("dibao")),
                    new Person("林秀英", "2", "1957-01-31", "10"),
                    new Person("陈小芳", "2", "1990-03-22", "30"))),
            new Home(List.of(
                    new Person("卫四", "1", "1979-08-16", HEAD),
                    new Person("蒋丽华", "2", "1980-02-14", "10"),
                    new Person("卫小雨", "2", "2015-06-01", "30"))));

    static final int HOMES_COUNT = HOMES.size();

    private DemoRegistrySeed() {
    }

    /**
     * Writes the demo village into an empty registry; a registry that already holds households is left alone.
     *
     * @return how many residents were written
     */
    public static int seed(RegistryService registry) {
        if (!registry.households().isEmpty()) {
            return 0;
        }
        int written = 0;
        int sequence = 100;
        List<DemoVillage.HomeSite> sites = DemoVillage.standard().homeSites(HOMES.size());
        for (int i = 0; i < HOMES.size(); i++) {
            Home home = HOMES.get(i);
            DemoVillage.HomeSite site = sites.get(i);
            Map<String, Object> household = new LinkedHashMap<>();
            household.put(HouseholdFields.GRID, site.grid());
            household.put(HouseholdFields.DIVISION_CODE, VILLAGE_DIVISION);
            household.put(HouseholdFields.ADDRESS, site.address());
            household.put(HouseholdFields.HOUSE_NO, site.houseNo());
            household.put(HouseholdFields.HOUSEHOLD_TYPE, "1");
            household.put(HouseholdFields.LOCATION, new Location(site.lon(), site.lat()).toWire());
            String householdId = saved(registry.saveHousehold(null, household)).id();
            String headId = null;
            for (Person person : home.people()) {
                sequence += 2;
                Map<String, Object> resident = new LinkedHashMap<>();
                resident.put(ResidentFields.HOUSEHOLD_ID, householdId);
                resident.put(ResidentFields.NAME, person.name());
                resident.put(ResidentFields.ID_NUMBER, idNumber(LocalDate.parse(person.birthDate()), sequence, person.sex()));
                resident.put(ResidentFields.SEX, person.sex());
                resident.put(ResidentFields.BIRTH_DATE, person.birthDate());
                resident.put(ResidentFields.ETHNICITY, "01");
                resident.put(ResidentFields.RELATION, person.relation());
                List<String> tags = new ArrayList<>(person.careTags());
                if (!tags.isEmpty()) {
                    resident.put(ResidentFields.CARE_TAGS, tags);
                }
                String residentId = saved(registry.saveResident(null, resident)).id();
                if (HEAD.equals(person.relation())) {
                    headId = residentId;
                }
                written++;
            }
            if (headId != null) {
                saved(registry.saveHousehold(householdId, Map.of(HouseholdFields.HEAD_ID, headId)));
            }
        }
        return written;
    }

    /** A GB 11643 number of a made-up person born in the demo county; the sequence's parity follows the sex. */
    static String idNumber(LocalDate birth, int sequence, String sex) {
        int seq = "2".equals(sex) ? (sequence % 2 == 0 ? sequence : sequence + 1) : (sequence % 2 == 1 ? sequence : sequence + 1);
        String first17 = String.format("%s%04d%02d%02d%03d", COUNTY, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq % 1000);
        return first17 + IdentityNumbers.checkCharacter(first17);
    }

    private static FieldRecord saved(SaveOutcome outcome) {
        if (!outcome.ok()) {
            throw new IllegalStateException("demo record refused: " + outcome.problems());
        }
        return outcome.record();
    }
}
