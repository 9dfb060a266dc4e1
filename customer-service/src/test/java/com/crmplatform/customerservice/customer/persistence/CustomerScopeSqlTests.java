package com.crmplatform.customerservice.customer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The keyword patterns: the index's looser pattern must match every name the exact keyword matches. */
class CustomerScopeSqlTests {

    @Test
    void cutsLongWordsIntoThreeLetterPiecesAndKeepsShortOnesWhole() {
        assertThat(CustomerScopeSql.trigramPieces("golden harbor")).isEqualTo("%gol%den%har%bor%");
        assertThat(CustomerScopeSql.trigramPieces(" harbor   trading ")).isEqualTo("%har%bor%tra%din%");
        assertThat(CustomerScopeSql.trigramPieces("上海金港贸易")).isEqualTo("%上海金%港贸易%");
        assertThat(CustomerScopeSql.trigramPieces("a 12")).isEqualTo("%a%12%");
        assertThat(CustomerScopeSql.trigramPieces("jade bridge")).isEqualTo("%jade%bri%dge%");
        assertThat(CustomerScopeSql.trigramPieces("4211")).isEqualTo("%4211%");
    }

    @Test
    void escapesLikeWildcardsInThePieces() {
        assertThat(CustomerScopeSql.trigramPieces("50%_off")).isEqualTo("%50\\%%\\_of%");
        assertThat(CustomerScopeSql.contains("50%_off")).isEqualTo("%50\\%\\_off%");
    }

    @Test
    void everyTextContainingTheKeywordMatchesItsPieces() {
        for (String keyword : new String[] {"golden harbor", "harbor trading", "jade bridge", "tea", "ab cd", "x"}) {
            String text = "the " + keyword + " company";
            assertThat(likeMatches(CustomerScopeSql.trigramPieces(keyword), text))
                    .as(keyword)
                    .isTrue();
        }
    }

    /** LIKE with backslash escapes, as PostgreSQL evaluates it. */
    private static boolean likeMatches(String pattern, String text) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }
}
