package com.crmplatform.campaignservice.form.persistence;

import com.crmplatform.campaignservice.form.domain.CampaignForm;
import com.crmplatform.campaignservice.form.domain.FieldType;
import com.crmplatform.campaignservice.form.domain.FormField;
import com.crmplatform.campaignservice.form.domain.FormRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code campaign_form}: one row per campaign and version, the fields as JSONB in display order. */
@Repository
class JdbcFormRepository implements FormRepository {

    private static final TypeReference<List<StoredField>> FIELDS = new TypeReference<>() {};

    /** The stored shape of a field: exactly these five members (the public page and members read them too). */
    record StoredField(String key, String label, FieldType type, boolean required, List<String> options) {

        static StoredField of(FormField field) {
            return new StoredField(field.key(), field.label(), field.type(), field.required(), field.options());
        }

        FormField toField() {
            return new FormField(key, label, type, required, options);
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcFormRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(CampaignForm form, String createdBy, Instant createdAt) {
        jdbc.sql("""
                        INSERT INTO campaign_form (campaign_id, version, fields, created_by, created_at)
                        VALUES (:campaignId, :version, CAST(:fields AS jsonb), :createdBy, :createdAt)
                        """)
                .param("campaignId", form.campaignId())
                .param("version", form.version())
                .param(
                        "fields",
                        json.writeValueAsString(
                                form.fields().stream().map(StoredField::of).toList()))
                .param("createdBy", createdBy)
                .param("createdAt", Timestamp.from(createdAt))
                .update();
    }

    @Override
    public Optional<CampaignForm> find(UUID campaignId, int version) {
        return jdbc.sql("SELECT fields::text FROM campaign_form WHERE campaign_id = :campaignId AND version = :version")
                .param("campaignId", campaignId)
                .param("version", version)
                .query(String.class)
                .optional()
                .map(fields -> new CampaignForm(
                        campaignId,
                        version,
                        json.readValue(fields, FIELDS).stream()
                                .map(StoredField::toField)
                                .toList()));
    }

    @Override
    public int latestVersion(UUID campaignId) {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM campaign_form WHERE campaign_id = :campaignId")
                .param("campaignId", campaignId)
                .query(Integer.class)
                .single();
    }
}
