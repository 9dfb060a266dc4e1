package com.crmplatform.dealservice.contract.domain;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.platform.paging.PageQuery;
import java.util.Optional;
import java.util.UUID;

/** Contracts, always within one tenant. */
public interface ContractRepository {

    /**
     * Inserts the contract unless its opportunity already has one that is not TERMINATED (then false and nothing is
     * written). The database's unique index decides, so of two concurrent creations one gets false.
     */
    boolean insert(Contract contract);

    Optional<Contract> find(String tenant, UUID id);

    /** Locks the row for the rest of the transaction. */
    Optional<Contract> findForUpdate(String tenant, UUID id);

    /** Writes every mutable column when the stored version is {@code expectedVersion}; false when it moved. */
    boolean update(Contract contract, int expectedVersion);

    /** The page of contracts matching {@code filter}; {@code ownerScope} non-null limits it to one owner. */
    PageResponse<Contract> search(String tenant, String ownerScope, ContractFilter filter, PageQuery page);
}
