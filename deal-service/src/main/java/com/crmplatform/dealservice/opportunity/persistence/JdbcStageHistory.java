package com.crmplatform.dealservice.opportunity.persistence;

import com.crmplatform.dealservice.opportunity.domain.StageChange;
import com.crmplatform.dealservice.opportunity.domain.StageHistory;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcStageHistory implements StageHistory {

    private final JdbcClient jdbc;

    JdbcStageHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(StageChange c) {
        jdbc.sql("""
                INSERT INTO opportunity_stage_change
                    (id, tenant, opportunity_id, from_stage, to_stage, loss_reason, changed_by, changed_at)
                VALUES (:id, :tenant, :opportunityId, :fromStage, :toStage, :lossReason, :changedBy, :changedAt)
                """)
                .param("id", c.id())
                .param("tenant", c.tenant())
                .param("opportunityId", c.opportunityId())
                .param("fromStage", c.fromStage())
                .param("toStage", c.toStage())
                .param("lossReason", c.lossReason())
                .param("changedBy", c.changedBy())
                .param("changedAt", Timestamp.from(c.changedAt()))
                .update();
    }

    @Override
    public List<StageChange> of(String tenant, UUID opportunityId) {
        return jdbc.sql("""
                        SELECT * FROM opportunity_stage_change WHERE tenant = :tenant AND opportunity_id = :id
                        ORDER BY changed_at, id
                        """)
                .param("tenant", tenant)
                .param("id", opportunityId)
                .query((rs, row) -> new StageChange(
                        rs.getObject("id", UUID.class),
                        rs.getString("tenant"),
                        rs.getObject("opportunity_id", UUID.class),
                        rs.getString("from_stage"),
                        rs.getString("to_stage"),
                        rs.getString("loss_reason"),
                        rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    @Override
    public Optional<String> stageBeforeClosing(String tenant, UUID opportunityId) {
        return jdbc.sql("""
                        SELECT from_stage FROM opportunity_stage_change
                        WHERE tenant = :tenant AND opportunity_id = :id AND to_stage IN ('WON', 'LOST')
                        ORDER BY changed_at DESC, id LIMIT 1
                        """)
                .param("tenant", tenant)
                .param("id", opportunityId)
                .query(String.class)
                .optional();
    }
}
