package com.crmplatform.dealservice.pipeline.domain;

import java.util.List;
import java.util.Map;

/** A tenant's pipeline settings. */
public interface PipelineRepository {

    /** The tenant's open stages in board order; empty when it uses the defaults. */
    List<Stage> openStages(String tenant);

    /** Replaces the tenant's open stages. */
    void replaceOpenStages(String tenant, List<Stage> stages);

    /** The tenant's own labels by code: its relabelled built-in reasons and its added ones. */
    Map<String, String> lossReasonLabels(String tenant);

    void replaceLossReasons(String tenant, Map<String, String> labels);
}
