package com.crmplatform.dealservice.opportunity.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opportunities, always within one tenant. */
public interface OpportunityRepository {

    void insert(Opportunity opportunity);

    Optional<Opportunity> find(String tenant, UUID id);

    /** Locks the row for the rest of the transaction. */
    Optional<Opportunity> findForUpdate(String tenant, UUID id);

    /** Writes every mutable column when the stored version is {@code expectedVersion}; false when it moved. */
    boolean update(Opportunity opportunity, int expectedVersion);

    /** Open opportunities expected to close in [{@code from}, {@code to}), per month and currency, oldest first. */
    List<PipelineReport.MonthTotal> forecast(String tenant, String ownerId, YearMonth from, YearMonth to);

    /** The page of opportunities matching {@code filter}; {@code ownerScope} non-null limits it to one owner. */
    PageResponse<Opportunity> search(String tenant, String ownerScope, OpportunityFilter filter, PageQuery page);
}
