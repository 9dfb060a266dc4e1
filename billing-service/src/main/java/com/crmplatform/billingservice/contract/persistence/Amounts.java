package com.crmplatform.billingservice.contract.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads money columns at scale 2. Sums and {@code COALESCE(…, 0)} come back from PostgreSQL at the scale of their
 * inputs (a bare 0 has scale 0); clients always see cents ({@code 0.00}, never {@code 0}).
 */
public final class Amounts {

    private Amounts() {}

    public static BigDecimal of(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
