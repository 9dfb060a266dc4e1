package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.campaignservice.campaign.domain.CampaignService;
import com.crmplatform.campaignservice.member.domain.CampaignMembers;
import com.crmplatform.campaignservice.member.domain.Member;
import com.crmplatform.campaignservice.member.domain.MemberService;
import com.crmplatform.contracts.campaign.CampaignMember;
import com.crmplatform.contracts.campaign.MemberIntakeRequest;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.feign.RemoteProblemException;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Service;

/**
 * 执行同步: sends every member not synced yet to lead-service (target LEAD) or customer-service (target CUSTOMER)
 * in batches (two on the way at a time), and records what each became. Exactly once because the intake is idempotent per member: a batch whose
 * answer was lost (service down, timeout, this service crashing before recording) is simply sent again by the next
 * sync and answers the same leads or customers. One sync per campaign at a time (a lease row), so two clicks do not
 * send the same members twice in parallel.
 */
@Service
public class SyncService {

    public static final int BATCH_SIZE = 1000;
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final Set<String> SYNCABLE = Set.of("PUBLISHED", "CLOSED");

    private final CampaignService campaigns;
    private final SyncRepository repository;
    private final MemberService members;
    private final MemberIntake intake;

    public SyncService(
            CampaignService campaigns, SyncRepository repository, MemberService members, MemberIntake intake) {
        this.campaigns = campaigns;
        this.repository = repository;
        this.members = members;
        this.intake = intake;
    }

    public SyncReport sync(CurrentUser user, UUID campaignId) {
        SyncCampaign campaign = SyncCampaign.of(campaigns.get(campaignId, user));
        if (!SYNCABLE.contains(campaign.status())) {
            throw new ConflictException(
                    "CAMPAIGN_NOT_SYNCABLE", "Only a published or closed campaign's members can be synced");
        }
        String holder = UUID.randomUUID().toString();
        if (!repository.acquireLease(campaign.id(), holder, LEASE)) {
            throw new ConflictException("SYNC_IN_PROGRESS", "This campaign's members are being synced already");
        }
        try {
            return sendAll(campaign, holder);
        } finally {
            repository.releaseLease(campaign.id(), holder);
        }
    }

    /**
     * Batch by batch, two on the way at a time: the next batch is read and sent while this one's answer is awaited and
     * recorded, so neither service waits on the other between batches.
     */
    private SyncReport sendAll(SyncCampaign campaign, String holder) {
        SyncReport report = new SyncReport();
        Batch current = send(campaign, null);
        while (current != null) {
            Batch next = send(campaign, current.lastMemberId());
            record(campaign, current, next, report);
            repository.renewLease(campaign.id(), holder, LEASE);
            current = next;
        }
        return report;
    }

    private Batch send(SyncCampaign campaign, UUID after) {
        List<Member> batch = members.unsynced(campaign.tenant(), campaign.id(), after, BATCH_SIZE);
        if (batch.isEmpty()) {
            return null;
        }
        List<CampaignMember> sent = batch.stream().map(CampaignMembers::of).toList();
        MemberIntakeRequest request = new MemberIntakeRequest(campaign.id(), campaign.name(), campaign.type(), sent);
        return new Batch(batch.getLast().id(), intake.takeLater(campaign, request));
    }

    private void record(SyncCampaign campaign, Batch batch, Batch next, SyncReport report) {
        try {
            List<MemberIntakeResult> results = batch.answer().join();
            repository.record(campaign, results);
            results.forEach(report::add);
        } catch (CompletionException e) {
            if (next != null) {
                recordIfAnswered(campaign, next, report);
            }
            if (e.getCause() instanceof RemoteProblemException problem) {
                throw problem;
            }
            throw interrupted(campaign, report, e.getCause());
        }
    }

    /** A batch sent before its predecessor failed is still worth recording if it was answered. */
    private void recordIfAnswered(SyncCampaign campaign, Batch batch, SyncReport report) {
        try {
            record(campaign, batch, null, report);
        } catch (RuntimeException ignored) {
            // the sync is being interrupted by its predecessor's failure anyway
        }
    }

    /** A batch on its way to the intake: the last member in it (where the next batch starts) and the answer. */
    private record Batch(UUID lastMemberId, CompletableFuture<List<MemberIntakeResult>> answer) {}

    /** The progress so far is kept; the problem says how far the sync got, and running it again finishes it. */
    private CrmException interrupted(SyncCampaign campaign, SyncReport report, Throwable cause) {
        String service = campaign.targetsCustomers() ? "customer-service" : "lead-service";
        CrmException interrupted = new CrmException(
                ErrorCode.SERVICE_UNAVAILABLE,
                "SYNC_INTERRUPTED",
                service + " did not answer; the members synced so far stay synced, run the sync again to finish",
                null,
                Map.of(
                        "synced", report.synced(),
                        "linked", report.linked(),
                        "failed", report.failed(),
                        "remaining", repository.countUnsynced(campaign.id())));
        interrupted.initCause(cause);
        return interrupted;
    }
}
