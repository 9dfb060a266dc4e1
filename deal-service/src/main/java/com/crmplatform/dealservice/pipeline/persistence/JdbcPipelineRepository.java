package com.crmplatform.dealservice.pipeline.persistence;

import com.crmplatform.dealservice.pipeline.domain.PipelineRepository;
import com.crmplatform.dealservice.pipeline.domain.Stage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPipelineRepository implements PipelineRepository {

    private final JdbcClient jdbc;

    JdbcPipelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Stage> openStages(String tenant) {
        return jdbc.sql("SELECT * FROM pipeline_stage WHERE tenant = :tenant ORDER BY position")
                .param("tenant", tenant)
                .query((rs, row) -> new Stage(
                        rs.getString("code"), rs.getString("name"), rs.getInt("probability"), rs.getInt("position")))
                .list();
    }

    @Override
    public void replaceOpenStages(String tenant, List<Stage> stages) {
        lockSettings(tenant);
        jdbc.sql("DELETE FROM pipeline_stage WHERE tenant = :tenant")
                .param("tenant", tenant)
                .update();
        for (Stage stage : stages) {
            jdbc.sql("""
                    INSERT INTO pipeline_stage (tenant, code, name, probability, position)
                    VALUES (:tenant, :code, :name, :probability, :position)
                    """)
                    .param("tenant", tenant)
                    .param("code", stage.code())
                    .param("name", stage.name())
                    .param("probability", stage.probability())
                    .param("position", stage.position())
                    .update();
        }
    }

    @Override
    public Map<String, String> lossReasonLabels(String tenant) {
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("SELECT code, label FROM loss_reason WHERE tenant = :tenant ORDER BY code")
                .param("tenant", tenant)
                .query(rs -> {
                    labels.put(rs.getString("code"), rs.getString("label"));
                });
        return labels;
    }

    @Override
    public void replaceLossReasons(String tenant, Map<String, String> labels) {
        lockSettings(tenant);
        jdbc.sql("DELETE FROM loss_reason WHERE tenant = :tenant")
                .param("tenant", tenant)
                .update();
        labels.forEach((code, label) -> jdbc.sql(
                        "INSERT INTO loss_reason (tenant, code, label) VALUES (:tenant, :code, :label)")
                .param("tenant", tenant)
                .param("code", code)
                .param("label", label)
                .update());
    }

    /** Two admins saving at once take turns instead of colliding on the rows one of them deletes. */
    private void lockSettings(String tenant) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('deal.pipeline-settings'), hashtext(:tenant))")
                .param("tenant", tenant)
                .query((rs, row) -> 1)
                .list();
    }
}
