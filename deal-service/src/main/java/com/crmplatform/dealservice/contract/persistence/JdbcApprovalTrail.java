package com.crmplatform.dealservice.contract.persistence;

import com.crmplatform.dealservice.contract.domain.ApprovalAction;
import com.crmplatform.dealservice.contract.domain.ApprovalTrail;
import com.crmplatform.dealservice.contract.domain.ContractApproval;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApprovalTrail implements ApprovalTrail {

    private final JdbcClient jdbc;

    JdbcApprovalTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(ContractApproval a) {
        jdbc.sql("""
                INSERT INTO contract_approval
                    (id, tenant, contract_id, action, amount, currency, comment, acted_by, acted_at)
                VALUES (:id, :tenant, :contractId, :action, :amount, :currency, :comment, :actedBy, :actedAt)
                """)
                .param("id", a.id())
                .param("tenant", a.tenant())
                .param("contractId", a.contractId())
                .param("action", a.action().name())
                .param("amount", a.amount())
                .param("currency", a.currency())
                .param("comment", a.comment())
                .param("actedBy", a.actedBy())
                .param("actedAt", Timestamp.from(a.actedAt()))
                .update();
    }

    @Override
    public List<ContractApproval> of(String tenant, UUID contractId) {
        return jdbc.sql("""
                        SELECT * FROM contract_approval WHERE tenant = :tenant AND contract_id = :contractId
                        ORDER BY acted_at, id
                        """)
                .param("tenant", tenant)
                .param("contractId", contractId)
                .query((rs, row) -> new ContractApproval(
                        rs.getObject("id", UUID.class),
                        rs.getString("tenant"),
                        rs.getObject("contract_id", UUID.class),
                        ApprovalAction.valueOf(rs.getString("action")),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        rs.getString("comment"),
                        rs.getString("acted_by"),
                        rs.getTimestamp("acted_at").toInstant()))
                .list();
    }
}
