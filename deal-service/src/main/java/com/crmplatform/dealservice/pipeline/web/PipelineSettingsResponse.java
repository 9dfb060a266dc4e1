package com.crmplatform.dealservice.pipeline.web;

import com.crmplatform.dealservice.pipeline.domain.LossReason;
import com.crmplatform.dealservice.pipeline.domain.Pipeline;
import com.crmplatform.dealservice.pipeline.domain.Stage;
import java.util.List;

/** The tenant's stages (open ones in board order, then WON and LOST) and its loss reasons. */
record PipelineSettingsResponse(List<StageResponse> stages, List<LossReason> lossReasons) {

    static PipelineSettingsResponse from(Pipeline pipeline, List<LossReason> lossReasons) {
        return new PipelineSettingsResponse(
                pipeline.stages().stream().map(StageResponse::from).toList(), lossReasons);
    }

    record StageResponse(String code, String name, int probability, boolean open) {

        static StageResponse from(Stage s) {
            return new StageResponse(s.code(), s.name(), s.probability(), s.open());
        }
    }
}
