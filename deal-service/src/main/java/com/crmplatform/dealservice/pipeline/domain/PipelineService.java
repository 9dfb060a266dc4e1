package com.crmplatform.dealservice.pipeline.domain;

import com.crmplatform.platform.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each tenant's pipeline and loss-reason catalogue. The admin may rename, reorder and re-weight the open stages;
 * a new weight applies to opportunities that enter the stage from then on (those already in it keep theirs).
 */
@Service
public class PipelineService {

    private final PipelineRepository settings;

    PipelineService(PipelineRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public Pipeline pipeline(String tenant) {
        List<Stage> stages = settings.openStages(tenant);
        return stages.isEmpty() ? Pipeline.DEFAULT : new Pipeline(stages);
    }

    /**
     * Sets the open stages: the same codes as now, in the new order, with names and probabilities. 400 on
     * {@code stages} when a code is missing, unknown or repeated.
     */
    @Transactional
    public Pipeline updateStages(String tenant, List<Stage> requested) {
        Set<String> current = new HashSet<>(
                pipeline(tenant).openStages().stream().map(Stage::code).toList());
        Set<String> given = new HashSet<>(requested.stream().map(Stage::code).toList());
        if (given.size() != requested.size() || !given.equals(current)) {
            throw new InvalidRequestException(
                    "stages", "SameStages", "stages must list each of the open stages " + current + " once");
        }
        List<Stage> ordered = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Stage s = requested.get(i);
            ordered.add(new Stage(s.code(), s.name(), s.probability(), i));
        }
        settings.replaceOpenStages(tenant, ordered);
        return new Pipeline(ordered);
    }

    /** The built-in reasons (with the tenant's labels), then the tenant's own. */
    @Transactional(readOnly = true)
    public List<LossReason> lossReasons(String tenant) {
        Map<String, String> labels = new LinkedHashMap<>(settings.lossReasonLabels(tenant));
        List<LossReason> reasons = new ArrayList<>();
        for (LossReason builtIn : LossReason.BUILT_IN) {
            reasons.add(new LossReason(builtIn.code(), labels.getOrDefault(builtIn.code(), builtIn.label()), true));
            labels.remove(builtIn.code());
        }
        labels.forEach((code, label) -> reasons.add(new LossReason(code, label, false)));
        return reasons;
    }

    /** Replaces the tenant's labels and added reasons; the built-in reasons stay whatever is sent. */
    @Transactional
    public List<LossReason> updateLossReasons(String tenant, Map<String, String> labels) {
        settings.replaceLossReasons(tenant, labels);
        return lossReasons(tenant);
    }

    /** 400 on {@code field} unless {@code code} is in the tenant's catalogue. */
    @Transactional(readOnly = true)
    public void requireLossReason(String tenant, String code, String field) {
        if (code == null || lossReasons(tenant).stream().noneMatch(r -> r.code().equals(code))) {
            throw new InvalidRequestException(
                    field,
                    "LossReason",
                    field + " is required to lose an opportunity and must be one of the"
                            + " tenant's loss reasons (GET /api/v1/pipeline-stages)");
        }
    }
}
