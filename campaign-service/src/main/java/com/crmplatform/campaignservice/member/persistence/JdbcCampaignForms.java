package com.crmplatform.campaignservice.member.persistence;

import com.crmplatform.campaignservice.form.domain.CampaignForm;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.campaignservice.member.domain.CampaignForms;
import com.crmplatform.campaignservice.member.domain.CampaignInfo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads campaign and campaign_form (written by the campaign feature) with the campaign's current form version. */
@Repository
class JdbcCampaignForms implements CampaignForms {

    private static final TypeReference<List<FormField>> FIELDS = new TypeReference<>() {};

    private static final String SELECT = """
            SELECT c.id, c.tenant, c.name, c.type, c.mode, c.status, c.start_at, c.end_at, c.description,
                   c.target_object, c.auto_sync, f.version AS form_version, f.fields::text AS form_fields
              FROM campaign c
              LEFT JOIN campaign_form f ON f.campaign_id = c.id AND f.version = c.form_version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcCampaignForms(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<CampaignInfo> find(String tenant, UUID campaignId) {
        return jdbc.sql(SELECT + " WHERE c.tenant = :tenant AND c.id = :id")
                .param("tenant", tenant)
                .param("id", campaignId)
                .query(this::toCampaign)
                .optional();
    }

    @Override
    public Optional<CampaignInfo> findByLinkToken(String token) {
        return jdbc.sql(SELECT + " WHERE c.link_token = :token")
                .param("token", token)
                .query(this::toCampaign)
                .optional();
    }

    private CampaignInfo toCampaign(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String fields = rs.getString("form_fields");
        CampaignForm form =
                fields == null ? null : new CampaignForm(id, rs.getInt("form_version"), json.readValue(fields, FIELDS));
        return new CampaignInfo(
                id,
                rs.getString("tenant"),
                rs.getString("name"),
                rs.getString("type"),
                rs.getString("mode"),
                rs.getString("status"),
                rs.getTimestamp("start_at").toInstant(),
                rs.getTimestamp("end_at").toInstant(),
                rs.getString("description"),
                rs.getString("target_object"),
                rs.getBoolean("auto_sync"),
                form);
    }
}
