package com.crmplatform.campaignservice;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Campaigns and forms written straight into campaign and campaign_form, as the campaign feature will write them, so
 * that the member and public-page tests do not depend on it.
 */
public final class CampaignFixtures {

    /** name (required), phone, email, company, custom interest (multi), size (single), budget, visitDate, agree. */
    public static final String FORM = """
            [{"key":"name","label":"Name","type":"TEXT","required":true,"options":[]},
             {"key":"phone","label":"Phone","type":"TEXT","required":false,"options":[]},
             {"key":"email","label":"Email","type":"TEXT","required":false,"options":[]},
             {"key":"company","label":"Company","type":"TEXT","required":false,"options":[]},
             {"key":"interest","label":"感兴趣的产品","type":"MULTI_CHOICE","required":false,"options":["AI","Cloud","Data"]},
             {"key":"size","label":"Company size","type":"SINGLE_CHOICE","required":false,"options":["1-50","51-200"]},
             {"key":"budget","label":"Budget","type":"NUMBER","required":false,"options":[]},
             {"key":"visitDate","label":"Visit date","type":"DATE","required":false,"options":[]},
             {"key":"agree","label":"I agree to be contacted","type":"CONSENT","required":false,"options":[]}]
            """;

    private final JdbcClient jdbc;

    public CampaignFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A published online campaign that started yesterday and ends in 30 days, with {@link #FORM} and a link. */
    public Campaign published(String tenant) {
        return campaign(tenant, "PUBLISHED", "ONLINE", Instant.now().minus(Duration.ofDays(1)), 31, FORM);
    }

    public Campaign campaign(String tenant, String status, String mode, Instant startAt, int days, String form) {
        UUID id = UUID.randomUUID();
        String token = UUID.randomUUID().toString().replace("-", "");
        Instant now = Instant.now();
        jdbc.sql("""
                        INSERT INTO campaign (id, tenant, name, type, mode, start_at, end_at, owner_id, currency, budget,
                                              target_object, description, status, auto_sync, form_version, link_token,
                                              link_issued_at, created_by, created_at, updated_at)
                        VALUES (:id, :tenant, :name, 'CONFERENCE', :mode, :startAt, :endAt, 'owner-1', 'CNY', 100000,
                                'LEAD', :description, :status, TRUE, :formVersion, :token, :now, 'marketing', :now, :now)
                        """)
                .param("id", id)
                .param("tenant", tenant)
                .param("name", "2026 Summit <Shanghai>")
                .param("mode", mode)
                .param("startAt", Timestamp.from(startAt))
                .param("endAt", Timestamp.from(startAt.plus(Duration.ofDays(days))))
                .param("description", "Our yearly summit & expo")
                .param("status", status)
                .param("formVersion", form == null ? null : 2)
                .param("token", token)
                .param("now", Timestamp.from(now))
                .update();
        if (form != null) {
            for (int version = 1; version <= 2; version++) {
                jdbc.sql("""
                                INSERT INTO campaign_form (campaign_id, version, fields, created_by, created_at)
                                VALUES (:id, :version, CAST(:fields AS jsonb), 'marketing', :now)
                                """)
                        .param("id", id)
                        .param("version", version)
                        .param("fields", version == 1 ? "[]" : form)
                        .param("now", Timestamp.from(now))
                        .update();
            }
        }
        return new Campaign(id, tenant, token);
    }

    public record Campaign(UUID id, String tenant, String token) {

        public String membersPath() {
            return "/api/v1/campaigns/" + id + "/members";
        }
    }
}
