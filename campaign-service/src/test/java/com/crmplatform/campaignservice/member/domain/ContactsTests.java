package com.crmplatform.campaignservice.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactsTests {

    @Test
    void phoneKeepsDigitsAndALeadingPlusWithoutSpacesOrDashes() {
        assertThat(Contacts.normalizePhone(" +86 138-0000-1111 ")).isEqualTo("+8613800001111");
        assertThat(Contacts.normalizePhone("138 0000 1111")).isEqualTo("13800001111");
        assertThat(Contacts.normalizePhone("12345")).isEqualTo("12345");
        assertThat(Contacts.normalizePhone("1".repeat(20))).isEqualTo("1".repeat(20));
    }

    @Test
    void refusesWhatIsNotAPhoneNumber() {
        assertThat(Contacts.normalizePhone("1234")).isNull();
        assertThat(Contacts.normalizePhone("1".repeat(21))).isNull();
        assertThat(Contacts.normalizePhone("138(0000)1111")).isNull();
        assertThat(Contacts.normalizePhone("86+13800001111")).isNull();
        assertThat(Contacts.normalizePhone("++8613800001111")).isNull();
        assertThat(Contacts.normalizePhone("phone")).isNull();
        assertThat(Contacts.normalizePhone(null)).isNull();
    }

    @Test
    void emailIsLowerCasedAndChecked() {
        assertThat(Contacts.normalizeEmail(" Li.Lei@Example.COM ")).isEqualTo("li.lei@example.com");
        assertThat(Contacts.normalizeEmail("a+tag@mail.example.cn")).isEqualTo("a+tag@mail.example.cn");
        assertThat(Contacts.normalizeEmail("no-at.example.com")).isNull();
        assertThat(Contacts.normalizeEmail("a@b")).isNull();
        assertThat(Contacts.normalizeEmail("a b@c.d")).isNull();
        assertThat(Contacts.normalizeEmail("a@@b.c")).isNull();
        assertThat(Contacts.normalizeEmail("a@b.")).isNull();
        assertThat(Contacts.normalizeEmail("x".repeat(250) + "@b.cn")).isNull();
    }
}
