package com.crmplatform.campaignservice.member.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Campaign members; every read names the tenant. */
public interface MemberRepository {

    /**
     * Serializes the member writes of one campaign until the transaction ends, so that finding a person by phone or
     * e-mail and then inserting or updating is race-free (the unique indexes stay the backstop).
     */
    void lockCampaignMembers(UUID campaignId);

    /**
     * Locks these contacts (phone and e-mail keys) of the campaign until the transaction ends, and the campaign's
     * members in shared mode: captures of different people run side by side, a capture of the same person waits, and
     * a bulk capture holding {@link #lockCampaignMembers} excludes them all.
     */
    void lockContacts(UUID campaignId, Collection<String> contactKeys);

    /** The campaign's members having any of these normalized phones or e-mails. */
    List<Member> findByContacts(UUID campaignId, Collection<String> phones, Collection<String> emails);

    void insertAll(List<Member> members);

    void updateAll(List<Member> members);

    Optional<Member> find(String tenant, UUID campaignId, UUID memberId);

    PageResponse<Member> search(String tenant, UUID campaignId, MemberFilter filter, PageQuery page);

    /** Members not yet synced (PENDING or FAILED), by id after {@code afterId} (null: from the start). */
    List<Member> findUnsynced(String tenant, UUID campaignId, UUID afterId, int limit);
}
