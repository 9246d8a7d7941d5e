package org.griddesk.desktop.service.registry.imports;

import java.util.List;
import java.util.Locale;

/**
 * The columns a resident list can have, each with the headers it is recognised by: the names on
 * 户口 registers and county templates in Chinese, and plain English ones. Headers are compared after
 * {@link ColumnMapping#headerKey(String)}, so "ID Number", "id_number" and "*身份证号" all count.
 */
public enum ImportColumn {
    NAME("姓名", "name", "fullname"),
    ID_NUMBER("公民身份号码", "身份证号", "身份证号码", "身份证", "idnumber", "idno", "identitynumber"),
    SEX("性别", "sex", "gender"),
    BIRTH_DATE("出生日期", "出生年月日", "birthdate", "dateofbirth", "birthday"),
    ETHNICITY("民族", "ethnicity", "nation"),
    RELATION("与户主关系", "关系", "relation", "relationship", "relationtohead"),
    PHONE("联系电话", "电话", "手机", "手机号", "phone", "mobile", "telephone"),
    HOUSEHOLD_NO("户号", "householdno", "householdnumber", "houseno"),
    ADDRESS("住址", "地址", "现住址", "address"),
    DIVISION_CODE("区划代码", "行政区划代码", "divisioncode", "division"),
    GRID("网格", "网格编码", "grid", "gridcode");

    private final List<String> headers;

    ImportColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /** Recognised header keys, the first being the standard Chinese header written by exports. */
    public List<String> headers() {
        return headers;
    }

    /** The column's name for the mapping step and for exported files, in the user's language. */
    public String label(Locale locale) {
        return ImportMessages.forLocale(locale).columnLabel(this);
    }

    /** Resource key of the column's name in {@code ImportMessages}. */
    String labelKey() {
        return "column." + name().toLowerCase(Locale.ROOT);
    }
}
