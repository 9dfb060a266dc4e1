package com.crmplatform.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.CrmException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaksAndSkipsBlankLines() {
        String csv = "\uFEFFname,notes\r\n\"Zhang, San\",\"said \"\"hi\"\"\nthen left\"\r\n\r\nLi Si,\n";

        assertThat(CsvReader.read(csv.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(
                        List.of("name", "notes"),
                        List.of("Zhang, San", "said \"hi\"\nthen left"),
                        List.of("Li Si", ""));
    }

    @Test
    void keepsChineseTextAndRefusesBytesThatAreNotUtf8() {
        assertThat(CsvReader.read("name\n张三\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(List.of("name"), List.of("张三"));
        assertThatThrownBy(() -> CsvReader.read("name\n张三\n".getBytes(Charset.forName("GBK"))))
                .isInstanceOfSatisfying(
                        CrmException.class, e -> assertThat(e.reason()).isEqualTo("CSV_NOT_UTF8"));
    }
}
