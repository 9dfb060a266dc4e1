package com.crmplatform.campaignservice.form.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields every form may pick by key; their answers become the lead's or customer's own fields when a member is
 * synced. Any other key is a custom field, synced as a custom field. Labels are the defaults in Chinese and English.
 */
public enum CatalogueField {
    NAME("name", "姓名", "Name", 100),
    PHONE("phone", "手机号", "Phone", 32),
    EMAIL("email", "邮箱", "Email", 254),
    COMPANY("company", "公司", "Company", 200),
    TITLE("title", "职位", "Job title", 100),
    INDUSTRY("industry", "行业", "Industry", 100),
    CITY("city", "城市", "City", 100),
    WEBSITE("website", "网址", "Website", 200),
    WECHAT("wechat", "微信", "WeChat", 64),
    NOTES("notes", "备注", "Notes", 2000);

    private final String key;
    private final String labelZh;
    private final String labelEn;
    private final int maxLength;

    CatalogueField(String key, String labelZh, String labelEn, int maxLength) {
        this.key = key;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.maxLength = maxLength;
    }

    public String key() {
        return key;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The longest answer accepted, in characters. */
    public int maxLength() {
        return maxLength;
    }

    public static Optional<CatalogueField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
