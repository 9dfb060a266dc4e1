package com.crmplatform.leadservice.campaign.persistence;

import com.crmplatform.contracts.campaign.IntakeOutcome;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.leadservice.campaign.domain.IntakeRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake rows and the contact lookup of a batch, each one statement whatever the batch's size. */
@Repository
class JdbcIntakeRepository implements IntakeRepository {

    private final JdbcClient jdbc;

    JdbcIntakeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, MemberIntakeResult> findTaken(String tenant, Collection<UUID> memberIds) {
        Map<UUID, MemberIntakeResult> found = new HashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT i.member_id, i.campaign_id, i.outcome, i.lead_id
                          FROM unnest(CAST(:ids AS uuid[])) AS m (member_id)
                          JOIN campaign_member_intake i ON i.tenant = :tenant AND i.member_id = m.member_id
                        """)
                .param("tenant", tenant)
                .param("ids", strings(memberIds))
                .query((rs, row) -> {
                    UUID memberId = rs.getObject("member_id", UUID.class);
                    return found.put(
                            memberId,
                            new MemberIntakeResult(
                                    rs.getObject("campaign_id", UUID.class),
                                    memberId,
                                    IntakeOutcome.valueOf(rs.getString("outcome")),
                                    rs.getObject("lead_id", UUID.class),
                                    null));
                })
                .list();
        return found;
    }

    @Override
    public Map<String, ContactMatch> findContacts(String tenant, List<String> phones, List<String> emails) {
        // Two index lookups (lead_tenant_phone, lead_tenant_email), not one "phone = ANY OR email = ANY". Planned for
        // this batch's arrays: a generic plan of the prepared statement, kept by the connection, may test every lead
        // of the tenant against every element of the array, which grew with each batch (from 0.1 s to 1 s per 1,000
        // members over 10,000 leads in IntakeIT).
        Map<String, ContactMatch> found = new HashMap<>();
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        jdbc.sql("""
                        SELECT 'p:' || phone_normalized AS contact, id, created_at FROM lead
                         WHERE tenant = :tenant AND phone_normalized = ANY(:phones) AND status <> 'INVALID'
                        UNION ALL
                        SELECT 'e:' || email_normalized AS contact, id, created_at FROM lead
                         WHERE tenant = :tenant AND email_normalized = ANY(:emails) AND status <> 'INVALID'
                        """)
                .param("tenant", tenant)
                .param("phones", phones.toArray(String[]::new))
                .param("emails", emails.toArray(String[]::new))
                .query((rs, row) -> {
                    ContactMatch match = new ContactMatch(
                            rs.getObject("id", UUID.class),
                            rs.getTimestamp("created_at").toInstant());
                    return found.merge(rs.getString("contact"), match, JdbcIntakeRepository::older);
                })
                .list();
        jdbc.sql("SET LOCAL plan_cache_mode = DEFAULT").update();
        return found;
    }

    @Override
    public Set<UUID> claim(String tenant, List<MemberIntakeResult> results, String takenBy, Instant takenAt) {
        Set<UUID> claimed = new HashSet<>();
        if (results.isEmpty()) {
            return claimed;
        }
        jdbc.sql("""
                        INSERT INTO campaign_member_intake
                               (tenant, member_id, campaign_id, outcome, lead_id, taken_by, taken_at)
                        SELECT :tenant, m.member_id, m.campaign_id, m.outcome, m.lead_id, :takenBy, :takenAt
                          FROM unnest(CAST(:members AS uuid[]), CAST(:campaigns AS uuid[]),
                                      CAST(:outcomes AS varchar[]), CAST(:leads AS uuid[]))
                               AS m (member_id, campaign_id, outcome, lead_id)
                        ON CONFLICT (tenant, member_id) DO NOTHING
                        RETURNING member_id
                        """)
                .param("tenant", tenant)
                .param("takenBy", takenBy)
                .param("takenAt", Timestamp.from(takenAt))
                .param(
                        "members",
                        strings(results.stream()
                                .map(MemberIntakeResult::memberId)
                                .toList()))
                .param(
                        "campaigns",
                        strings(results.stream()
                                .map(MemberIntakeResult::campaignId)
                                .toList()))
                .param("outcomes", results.stream().map(r -> r.outcome().name()).toArray(String[]::new))
                .param(
                        "leads",
                        strings(results.stream()
                                .map(MemberIntakeResult::recordId)
                                .toList()))
                .query((rs, row) -> claimed.add(rs.getObject(1, UUID.class)))
                .list();
        return claimed;
    }

    private static ContactMatch older(ContactMatch a, ContactMatch b) {
        int byTime = a.createdAt().compareTo(b.createdAt());
        return byTime < 0 || (byTime == 0 && a.leadId().compareTo(b.leadId()) <= 0) ? a : b;
    }

    private static String[] strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }
}
