package com.crmplatform.billingservice.receivable.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmplatform.platform.error.InvalidRequestException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void textThatASpreadsheetWouldRunIsNeutralized() {
        assertThat(Csv.text("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.text("+86 138")).isEqualTo("'+86 138");
        assertThat(Csv.text("-2")).isEqualTo("'-2");
        assertThat(Csv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.text("\r=cmd")).isEqualTo("\"'\r=cmd\"");
        assertThat(Csv.text("a=b")).isEqualTo("a=b");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(Csv.text("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
        assertThat(Csv.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.text("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.text("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.text("合同 HT-2026-000001")).isEqualTo("合同 HT-2026-000001");
        assertThat(Csv.text((String) null)).isEmpty();
    }

    @Test
    void numbersStayNumbers() {
        assertThat(Csv.number(new BigDecimal("-12.50"))).isEqualTo("-12.50");
        assertThat(Csv.number(new BigDecimal("1E+3").setScale(2))).isEqualTo("1000.00");
    }

    @Test
    void aFileHasAByteOrderMarkAHeaderAndCrlfLines() {
        var file = Csv.file("x", List.of("a", "b"), List.of(List.of("1", "2")));

        assertThat(file.getBody()).isEqualTo("\uFEFFa,b\r\n1,2\r\n");
        assertThat(file.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    }

    @Test
    void csvIsWantedByFormatOrByAnExplicitAccept() {
        assertThat(Csv.wanted("csv", null)).isTrue();
        assertThat(Csv.wanted("CSV", "application/json")).isTrue();
        assertThat(Csv.wanted("json", "text/csv")).isFalse();
        assertThat(Csv.wanted(null, "text/csv")).isTrue();
        assertThat(Csv.wanted(null, "application/json, text/csv;q=0.5")).isTrue();
        assertThat(Csv.wanted(null, "text/csv;q=0")).isFalse();
        assertThat(Csv.wanted(null, "*/*")).isFalse();
        assertThat(Csv.wanted(null, "text/*")).isFalse();
        assertThat(Csv.wanted(null, "not a media type;;")).isFalse();
        assertThat(Csv.wanted(null, null)).isFalse();
        assertThatThrownBy(() -> Csv.wanted("xlsx", null)).isInstanceOf(InvalidRequestException.class);
    }
}
