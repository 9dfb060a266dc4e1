package com.crmplatform.dealservice.lineitem.persistence;

import com.crmplatform.dealservice.lineitem.domain.LineItem;
import java.util.List;
import org.postgresql.util.PGobject;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deal's lines in a JSONB column. PostgreSQL keeps JSON numbers as NUMERIC and Jackson reads them as BigDecimal,
 * so no amount passes through floating point.
 */
public final class LineItemsJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final TypeReference<List<LineItem>> LINES = new TypeReference<>() {};

    private LineItemsJson() {}

    public static PGobject toJsonb(List<LineItem> lines) {
        try {
            PGobject jsonb = new PGobject();
            jsonb.setType("jsonb");
            jsonb.setValue(JSON.writeValueAsString(lines));
            return jsonb;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<LineItem> fromJson(String json) {
        return json == null ? List.of() : JSON.readValue(json, LINES);
    }
}
