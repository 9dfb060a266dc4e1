package com.crmplatform.campaignservice.sync.persistence;

import com.crmplatform.campaignservice.sync.domain.SyncCampaign;
import com.crmplatform.campaignservice.sync.domain.SyncRepository;
import com.crmplatform.contracts.campaign.CampaignEvents;
import com.crmplatform.contracts.campaign.IntakeOutcome;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.campaign.MemberSynced;
import com.crmplatform.platform.outbox.Outbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcSyncRepository implements SyncRepository {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    JdbcSyncRepository(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public boolean acquireLease(UUID campaignId, String holder, Duration lease) {
        return jdbc.sql("""
                        INSERT INTO campaign_sync_lease (campaign_id, holder, lease_until)
                        VALUES (:campaign, :holder, :until)
                        ON CONFLICT (campaign_id) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
                        WHERE campaign_sync_lease.lease_until < :now
                        """)
                        .param("campaign", campaignId)
                        .param("holder", holder)
                        .param("until", Timestamp.from(now().plus(lease)))
                        .param("now", Timestamp.from(now()))
                        .update()
                == 1;
    }

    @Override
    public void renewLease(UUID campaignId, String holder, Duration lease) {
        jdbc.sql(
                        "UPDATE campaign_sync_lease SET lease_until = :until WHERE campaign_id = :campaign AND holder = :holder")
                .param("until", Timestamp.from(now().plus(lease)))
                .param("campaign", campaignId)
                .param("holder", holder)
                .update();
    }

    @Override
    public void releaseLease(UUID campaignId, String holder) {
        jdbc.sql("DELETE FROM campaign_sync_lease WHERE campaign_id = :campaign AND holder = :holder")
                .param("campaign", campaignId)
                .param("holder", holder)
                .update();
    }

    @Override
    @Transactional
    public int record(SyncCampaign campaign, List<MemberIntakeResult> results) {
        markFailed(
                campaign,
                results.stream()
                        .filter(r -> r.outcome() == IntakeOutcome.FAILED)
                        .toList());
        List<MemberIntakeResult> taken = results.stream()
                .filter(r -> r.outcome() != IntakeOutcome.FAILED)
                .toList();
        if (taken.isEmpty()) {
            return 0;
        }
        Instant now = now();
        List<UUID> newlySynced = jdbc.sql("""
                        UPDATE campaign_member m
                        SET sync_status = 'SYNCED', sync_error = NULL, synced_at = :now, updated_at = :now,
                            lead_id = CASE WHEN :customers THEN NULL ELSE r.record_id END,
                            customer_id = CASE WHEN :customers THEN r.record_id END
                        FROM unnest(:ids, :records) AS r(id, record_id)
                        WHERE m.id = r.id AND m.campaign_id = :campaign AND m.sync_status <> 'SYNCED'
                        RETURNING m.id
                        """)
                .param("now", Timestamp.from(now))
                .param("customers", campaign.targetsCustomers())
                .param("ids", taken.stream().map(MemberIntakeResult::memberId).toArray(UUID[]::new))
                .param(
                        "records",
                        taken.stream().map(MemberIntakeResult::recordId).toArray(UUID[]::new))
                .param("campaign", campaign.id())
                .query(UUID.class)
                .list();
        publishSynced(campaign, taken, newlySynced, now);
        return newlySynced.size();
    }

    @Override
    public long countUnsynced(UUID campaignId) {
        return jdbc.sql(
                        "SELECT count(*) FROM campaign_member WHERE campaign_id = :campaign AND sync_status <> 'SYNCED'")
                .param("campaign", campaignId)
                .query(Long.class)
                .single();
    }

    private void markFailed(SyncCampaign campaign, List<MemberIntakeResult> failed) {
        if (failed.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE campaign_member m
                        SET sync_status = 'FAILED', sync_error = left(r.reason, 64), updated_at = :now
                        FROM unnest(:ids, :reasons) AS r(id, reason)
                        WHERE m.id = r.id AND m.campaign_id = :campaign AND m.sync_status <> 'SYNCED'
                        """)
                .param("now", Timestamp.from(now()))
                .param("ids", failed.stream().map(MemberIntakeResult::memberId).toArray(UUID[]::new))
                .param(
                        "reasons",
                        failed.stream().map(MemberIntakeResult::reason).toArray(String[]::new))
                .param("campaign", campaign.id())
                .update();
    }

    private void publishSynced(
            SyncCampaign campaign, List<MemberIntakeResult> taken, List<UUID> newlySynced, Instant now) {
        Set<UUID> newly = Set.copyOf(newlySynced);
        List<MemberSynced> events = taken.stream()
                .filter(result -> newly.contains(result.memberId()))
                .map(result -> new MemberSynced(
                        campaign.id(),
                        result.memberId(),
                        result.outcome(),
                        campaign.targetsCustomers() ? null : result.recordId(),
                        campaign.targetsCustomers() ? result.recordId() : null,
                        now))
                .toList();
        outbox.publishAll(CampaignEvents.MEMBER_SYNCED, campaign.tenant(), events, MemberSynced::campaignId);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
