package org.griddesk.model.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The four built-in application templates, modelled on the paper forms of Chinese counties, written as XLSForm
 * workbooks. {@code main(DIR)} writes them as {@code <form_id>.xlsx}; the files are committed under
 * {@code county-platform/src/main/resources/templates/}, where clerks may take them as a start for their own.
 */
public final class BuiltInTemplateWorkbooks {
    static final String ID_NUMBER = "regex(., '^[0-9]{17}[0-9Xx]$')";
    static final String PHONE = "regex(., '^1[0-9]{10}$') or regex(., '^0[0-9]{2,3}-?[0-9]{7,8}$')";
    static final String BANK_ACCOUNT = "regex(., '^[0-9]{16,19}$')";

    private BuiltInTemplateWorkbooks() {
    }

    public static Map<String, XlsFormWorkbook> all() {
        Map<String, XlsFormWorkbook> all = new LinkedHashMap<>();
        all.put("elderly_allowance", elderlyAllowance());
        all.put("pension_certification", pensionCertification());
        all.put("minimum_living_allowance", minimumLivingAllowance());
        all.put("disability_subsidy", disabilitySubsidy());
        return all;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "county-platform/src/main/resources/templates");
        Files.createDirectories(folder);
        for (Map.Entry<String, XlsFormWorkbook> template : all().entrySet()) {
            try (OutputStream out = Files.newOutputStream(folder.resolve(template.getKey() + ".xlsx"))) {
                template.getValue().write(out);
            }
        }
    }

    /** 高龄津贴申请: residents of 80 and over; paid to a bank account; a proxy may apply for them. */
    static XlsFormWorkbook elderlyAllowance() {
        TemplateSheet s = new TemplateSheet();
        applicant(s, true);
        s.q("select_one age_band", "age_band", "津贴档次", "Allowance band").required()
                .hint("按申请人周岁选择", "By the applicant's age in whole years")
                .constraint("(. = '80' and ${age} >= 80 and ${age} < 90) or (. = '90' and ${age} >= 90 and ${age} < 100)"
                        + " or (. = '100' and ${age} >= 100)", "所选档次与申请人年龄不符", "The band does not match the age");
        bank(s);
        s.q("select_multiple materials", "materials", "已收取的材料", "Materials handed in").required()
                .set("appearance", "minimal");
        proxy(s);
        consentAndSignature(s);
        choices(s);
        s.choice("age_band", "80", "80至89周岁", "80 to 89")
                .choice("age_band", "90", "90至99周岁", "90 to 99")
                .choice("age_band", "100", "100周岁及以上", "100 and over");
        s.choice("materials", "id_card", "身份证复印件", "Copy of identity card")
                .choice("materials", "hukou", "户口簿复印件", "Copy of household register")
                .choice("materials", "bank_card", "银行卡（存折）复印件", "Copy of bank card or passbook")
                .choice("materials", "photo", "一寸免冠照片", "Passport photo")
                .choice("materials", "proxy_letter", "代办委托书", "Proxy authorisation");
        return s.workbook("elderly_allowance", "2025.1", "高龄津贴申请", "80", "");
    }

    /** 城乡居民养老保险待遇资格认证: the yearly proof of life of a pensioner. */
    static XlsFormWorkbook pensionCertification() {
        TemplateSheet s = new TemplateSheet();
        applicant(s, true);
        s.q("text", "insurance_no", "社会保障卡号", "Social security card number")
                .constraint("regex(., '^[0-9A-Za-z]{9,18}$')", "社会保障卡号应为9至18位字母或数字",
                        "9 to 18 letters or digits");
        s.q("select_one cert_method", "cert_method", "认证方式", "How the pensioner was seen").required();
        s.q("select_one yes_no", "seen_alive", "本人健在并当面确认", "Seen alive in person").required()
                .constraint(". = 'yes'", "须见到本人方可认证；去世的请办理待遇终止", "Only a pensioner seen in person can be certified");
        s.q("select_one residence", "residence", "居住情况", "Where the pensioner lives").required();
        s.q("text", "current_address", "现居住地址", "Current address").required()
                .relevant("${residence} != 'local'");
        s.q("decimal", "monthly_pension", "每月领取金额（元）", "Monthly pension (yuan)")
                .constraint(". >= 0 and . < 100000", "金额应在0至100000元之间", "Between 0 and 100,000 yuan");
        consentAndSignature(s);
        choices(s);
        s.choice("cert_method", "face", "人脸识别", "Face recognition")
                .choice("cert_method", "home_visit", "入户核实", "Home visit")
                .choice("cert_method", "counter", "窗口认证", "At the service counter");
        s.choice("residence", "local", "本地居住", "In this county")
                .choice("residence", "province", "省内异地居住", "Elsewhere in the province")
                .choice("residence", "country", "省外居住", "In another province")
                .choice("residence", "abroad", "境外居住", "Abroad");
        return s.workbook("pension_certification", "2025.1", "城乡居民养老保险待遇资格认证", "60", "");
    }

    /** 最低生活保障申请: the household's members, their income and the household's assets. */
    static XlsFormWorkbook minimumLivingAllowance() {
        TemplateSheet s = new TemplateSheet();
        applicant(s, false);
        s.q("text", "division_code", "所在村（社区）区划代码", "Village division code").prefill("household.divisionCode")
                .constraint("regex(., '^[0-9]{12}$')", "区划代码应为12位数字", "12 digits");
        s.q("select_one apply_reason", "apply_reason", "申请原因", "Reason").required();
        s.q("text", "reason_detail", "具体原因", "Details").required().relevant("${apply_reason} = 'other'");
        s.q("begin repeat", "members", "家庭成员", "Household members").prefill("household.members");
        s.q("text", "member_name", "姓名", "Name").required().prefill("resident.name");
        s.q("text", "member_id_number", "公民身份号码", "Identity number").required().prefill("resident.idNumber")
                .constraint(ID_NUMBER, "身份号码应为18位", "18 characters");
        s.q("select_one relation", "member_relation", "与申请人关系", "Relation to the applicant").required()
                .prefill("resident.relation");
        s.q("select_one identity", "member_identity", "身份类别", "Occupation or status").required();
        s.q("select_one health", "member_health", "健康状况", "Health").required();
        s.q("decimal", "member_income", "月收入（元）", "Monthly income (yuan)").required()
                .constraint(". >= 0", "收入不能为负数", "Income cannot be negative");
        s.end("end repeat");
        s.q("calculate", "household_size", "", "").set("calculation", "count(${members})");
        s.q("calculate", "members_income", "", "").set("calculation", "sum(${member_income})");
        s.q("begin group", "assets", "家庭收入和财产", "Household income and assets");
        s.q("decimal", "other_income", "其他月收入（元）", "Other monthly income (yuan)")
                .hint("租金、赡养费、补助等", "Rent, support from relatives, benefits")
                .constraint(". >= 0", "收入不能为负数", "Income cannot be negative");
        s.q("decimal", "savings", "存款及有价证券（元）", "Savings and securities (yuan)").required()
                .constraint(". >= 0", "金额不能为负数", "Cannot be negative");
        s.q("integer", "houses", "房产（套）", "Houses owned").required()
                .constraint(". >= 0 and . <= 20", "房产套数应在0至20之间", "Between 0 and 20");
        s.q("select_one yes_no", "has_vehicle", "是否有机动车", "Owns a motor vehicle").required();
        s.q("text", "vehicle_detail", "车辆情况", "Vehicle").required().relevant("${has_vehicle} = 'yes'");
        s.end("end group");
        s.q("note", "income_note", "家庭月收入合计：${members_income} 元，共 ${household_size} 人",
                "Household monthly income: ${members_income} yuan, ${household_size} people");
        s.q("select_multiple dibao_materials", "materials", "已收取的材料", "Materials handed in").required();
        consentAndSignature(s);
        choices(s);
        s.choice("apply_reason", "illness", "因病", "Illness")
                .choice("apply_reason", "disability", "因残", "Disability")
                .choice("apply_reason", "no_labour", "缺乏劳动能力", "Unable to work")
                .choice("apply_reason", "disaster", "因灾", "Disaster")
                .choice("apply_reason", "other", "其他", "Other");
        s.choice("identity", "farmer", "务农", "Farmer")
                .choice("identity", "employed", "在职", "Employed")
                .choice("identity", "unemployed", "失业", "Unemployed")
                .choice("identity", "retired", "退休", "Retired")
                .choice("identity", "student", "在校学生", "Student")
                .choice("identity", "child", "学龄前儿童", "Pre-school child")
                .choice("identity", "other", "其他", "Other");
        s.choice("health", "healthy", "健康", "Healthy")
                .choice("health", "chronic", "慢性病", "Chronic illness")
                .choice("health", "serious", "重病", "Serious illness")
                .choice("health", "disabled", "残疾", "Disabled");
        s.choice("dibao_materials", "id_card", "家庭成员身份证复印件", "Identity cards of the members")
                .choice("dibao_materials", "hukou", "户口簿复印件", "Copy of household register")
                .choice("dibao_materials", "income_proof", "收入证明", "Proof of income")
                .choice("dibao_materials", "medical", "病历或诊断证明", "Medical records")
                .choice("dibao_materials", "authorisation", "家庭经济状况核对授权书", "Consent to check finances");
        return s.workbook("minimum_living_allowance", "2025.1", "最低生活保障申请", "", "低保 困难");
    }

    /** 困难残疾人生活补贴和重度残疾人护理补贴: by disability certificate, grade and 低保/特困 status. */
    static XlsFormWorkbook disabilitySubsidy() {
        TemplateSheet s = new TemplateSheet();
        applicant(s, false);
        s.q("text", "disability_cert_no", "残疾人证号", "Disability certificate number").required()
                .hint("身份号码后加残疾类别和等级，如 ...X42", "Identity number, then category and grade")
                .constraint("regex(., '^[0-9]{17}[0-9Xx][1-7][1-4]([Bb][0-9])?$')",
                        "残疾人证号应为18位身份号码加1位残疾类别和1位等级",
                        "18-character identity number, then one digit category and one digit grade");
        s.q("select_one disability_category", "disability_category", "残疾类别", "Category").required();
        s.q("select_one disability_grade", "disability_grade", "残疾等级", "Grade").required();
        s.q("select_one assistance", "assistance", "低保、特困等情况", "Social assistance").required();
        s.q("select_multiple subsidy", "subsidies", "申请补贴", "Subsidies applied for").required()
                .constraint("(not(selected(., 'nursing')) or ${disability_grade} = '1' or ${disability_grade} = '2')"
                                + " and (not(selected(., 'living')) or ${assistance} != 'none')",
                        "护理补贴限一、二级重度残疾人；生活补贴限低保、特困等困难残疾人",
                        "Care subsidy: grades 1 and 2 only; living subsidy: people on social assistance only");
        bank(s);
        s.q("image", "certificate_photo", "残疾人证照片", "Photo of the certificate");
        consentAndSignature(s);
        choices(s);
        String[][] categories = {{"1", "视力残疾", "Visual"}, {"2", "听力残疾", "Hearing"}, {"3", "言语残疾", "Speech"},
            {"4", "肢体残疾", "Physical"}, {"5", "智力残疾", "Intellectual"}, {"6", "精神残疾", "Mental"},
            {"7", "多重残疾", "Multiple"}};
        for (String[] c : categories) {
            s.choice("disability_category", c[0], c[1], c[2]);
        }
        s.choice("disability_grade", "1", "一级", "Grade 1").choice("disability_grade", "2", "二级", "Grade 2")
                .choice("disability_grade", "3", "三级", "Grade 3").choice("disability_grade", "4", "四级", "Grade 4");
        s.choice("assistance", "dibao", "低保对象", "Minimum living allowance")
                .choice("assistance", "tekun", "特困人员", "Extreme poverty support")
                .choice("assistance", "edge", "低保边缘家庭", "Near the allowance line")
                .choice("assistance", "none", "以上都不是", "None of these");
        s.choice("subsidy", "living", "困难残疾人生活补贴", "Living subsidy")
                .choice("subsidy", "nursing", "重度残疾人护理补贴", "Care subsidy");
        return s.workbook("disability_subsidy", "2025.1", "困难残疾人生活补贴和重度残疾人护理补贴", "", "残疾");
    }

    /** The applicant's details, prefilled from the registry. */
    private static void applicant(TemplateSheet s, boolean ageQuestion) {
        s.q("begin group", "applicant", "申请人信息", "Applicant").set("appearance", "field-list");
        s.q("text", "name", "姓名", "Name").required().prefill("resident.name");
        s.q("text", "id_number", "公民身份号码", "Identity number").required().prefill("resident.idNumber")
                .constraint(ID_NUMBER, "身份号码应为18位（最后一位可为X）", "18 characters, the last may be X");
        s.q("select_one sex", "sex", "性别", "Sex").required().prefill("resident.sex");
        s.q("date", "birth_date", "出生日期", "Date of birth").required().prefill("resident.birthDate")
                .constraint(". <= today()", "出生日期不能晚于今天", "Cannot be after today");
        s.q("text", "phone", "联系电话", "Phone").prefill("resident.phone")
                .constraint(PHONE, "手机号应为1开头的11位数字，座机请带区号", "11-digit mobile or landline with area code");
        s.q("text", "address", "户籍地址", "Registered address").required().prefill("household.address");
        s.end("end group");
        if (ageQuestion) {
            s.q("calculate", "age", "", "").set("calculation",
                    "if(${birth_date} = '', 0, int((decimal-date-time(today()) - decimal-date-time(${birth_date})) "
                            + "div 365.25))");
        }
    }

    private static void bank(TemplateSheet s) {
        s.q("begin group", "bank", "收款账户", "Bank account").set("appearance", "field-list");
        s.q("select_one bank_name", "bank_name", "开户银行", "Bank").required();
        s.q("text", "account_holder", "账户名", "Account holder").required()
                .hint("须为申请人本人", "Must be the applicant");
        s.q("text", "bank_account", "银行账号", "Account number").required()
                .constraint(BANK_ACCOUNT, "银行账号应为16至19位数字", "The account number has 16 to 19 digits");
        s.end("end group");
    }

    private static void proxy(TemplateSheet s) {
        s.q("select_one yes_no", "by_proxy", "是否由代办人申请", "Applied for by a proxy").required();
        s.q("begin group", "proxy", "代办人", "Proxy").relevant("${by_proxy} = 'yes'");
        s.q("text", "proxy_name", "代办人姓名", "Proxy's name").required();
        s.q("select_one relation", "proxy_relation", "代办人与申请人关系", "Proxy's relation to the applicant")
                .required();
        s.q("text", "proxy_id_number", "代办人身份号码", "Proxy's identity number").required()
                .constraint(ID_NUMBER, "身份号码应为18位（最后一位可为X）", "18 characters, the last may be X");
        s.q("text", "proxy_phone", "代办人电话", "Proxy's phone").required()
                .constraint(PHONE, "手机号应为1开头的11位数字，座机请带区号", "11-digit mobile or landline with area code");
        s.end("end group");
    }

    private static void consentAndSignature(TemplateSheet s) {
        s.q("note", "consent", "本人承诺以上信息真实有效，同意有关部门核查本人及家庭的相关信息。如有虚假，愿承担相应责任。",
                "I declare the above is true and agree that the authorities may check it. I answer for any false "
                        + "statement.");
        s.q("image", "signature", "申请人（或代办人）签名", "Signature of the applicant (or proxy)").required()
                .set("appearance", "signature");
        s.q("calculate", "signed_on", "", "").set("calculation", "today()");
    }

    /** The lists every template uses: yes/no, sex (GB/T 2261.1), relation (GB/T 4761), banks. */
    private static void choices(TemplateSheet s) {
        s.choice("yes_no", "yes", "是", "Yes").choice("yes_no", "no", "否", "No");
        s.choice("sex", "1", "男", "Male").choice("sex", "2", "女", "Female");
        String[][] relations = {{"01", "本人", "Self"}, {"10", "配偶", "Spouse"}, {"20", "子", "Son"},
            {"30", "女", "Daughter"}, {"40", "孙子女", "Grandchild"}, {"50", "父母", "Parent"},
            {"60", "祖父母", "Grandparent"}, {"70", "兄弟姐妹", "Sibling"}, {"80", "其他亲属", "Other relative"},
            {"99", "非亲属（如村、社区工作人员）", "Not a relative (e.g. village staff)"}};
        for (String[] r : relations) {
            s.choice("relation", r[0], r[1], r[2]);
        }
        String[][] banks = {{"abc", "中国农业银行", "Agricultural Bank of China"},
            {"icbc", "中国工商银行", "Industrial and Commercial Bank of China"},
            {"ccb", "中国建设银行", "China Construction Bank"}, {"boc", "中国银行", "Bank of China"},
            {"psbc", "中国邮政储蓄银行", "Postal Savings Bank of China"},
            {"rcb", "农村商业银行（信用社）", "Rural commercial bank or credit union"}};
        for (String[] b : banks) {
            s.choice("bank_name", b[0], b[1], b[2]);
        }
    }
}
