package com.crmplatform.dealservice.opportunity.domain;

import com.crmplatform.contracts.deal.OpportunityChanged;
import com.crmplatform.contracts.deal.OpportunityEvents;
import com.crmplatform.contracts.event.EventType;
import com.crmplatform.dealservice.pipeline.domain.Pipeline;
import com.crmplatform.dealservice.pipeline.domain.PipelineService;
import com.crmplatform.dealservice.pipeline.domain.Stage;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving opportunities through the pipeline: open stages, WON, LOST (with a reason from the tenant's catalogue),
 * and an admin's reopen. Every move is kept in the history and published.
 */
@Service
public class OpportunityStageService {

    private final OpportunityService opportunities;
    private final PipelineService pipelines;
    private final StageHistory history;
    private final Clock clock;

    OpportunityStageService(
            OpportunityService opportunities, PipelineService pipelines, StageHistory history, Clock clock) {
        this.opportunities = opportunities;
        this.pipelines = pipelines;
        this.history = history;
        this.clock = clock;
    }

    /** Moves an open opportunity; moving it to the stage it is in changes nothing. */
    @Transactional
    public Opportunity move(UUID id, String stageCode, String lossReason, Integer version, CurrentUser user) {
        Opportunity current = opportunities.lock(id, user);
        OpportunityService.requireVersion(current, version);
        if (!current.open()) {
            throw closed(current);
        }
        Stage target = pipelines.pipeline(user.tenant()).stage(stageCode, "stage");
        if (target.code().equals(current.stage())) {
            return current;
        }
        if (Stage.LOST.equals(target.code())) {
            pipelines.requireLossReason(user.tenant(), lossReason, "lossReason");
        }
        return record(current, current.movedTo(target, lossReason, clock.instant()), eventFor(target), user);
    }

    /** An admin reopens a won or lost opportunity into {@code stageCode}, or the stage it was closed from. */
    @Transactional
    public Opportunity reopen(UUID id, String stageCode, CurrentUser user) {
        Opportunity current = opportunities.lock(id, user);
        if (current.open()) {
            throw new ConflictException("OPPORTUNITY_OPEN", "Opportunity " + id + " is open already");
        }
        Pipeline pipeline = pipelines.pipeline(user.tenant());
        String code = stageCode != null
                ? stageCode
                : history.stageBeforeClosing(user.tenant(), id)
                        .filter(c -> pipeline.openStages().stream()
                                .anyMatch(s -> s.code().equals(c)))
                        .orElse(pipeline.firstOpen().code());
        Stage target = pipeline.openStage(code, "stage");
        return record(current, current.movedTo(target, null, clock.instant()), OpportunityEvents.REOPENED, user);
    }

    @Transactional(readOnly = true)
    public List<StageChange> history(UUID id, CurrentUser user) {
        opportunities.get(id, user);
        return history.of(user.tenant(), id);
    }

    private Opportunity record(
            Opportunity current, Opportunity moved, EventType<OpportunityChanged> event, CurrentUser user) {
        opportunities.save(current, moved);
        history.record(StageChange.of(moved, current.stage(), user.id()));
        opportunities.publish(event, moved, current.stage(), user);
        return moved;
    }

    private static EventType<OpportunityChanged> eventFor(Stage target) {
        return switch (target.code()) {
            case Stage.WON -> OpportunityEvents.WON;
            case Stage.LOST -> OpportunityEvents.LOST;
            default -> OpportunityEvents.STAGE_CHANGED;
        };
    }

    static ConflictException closed(Opportunity opportunity) {
        return new ConflictException(
                "OPPORTUNITY_CLOSED",
                "Opportunity " + opportunity.id() + " is " + opportunity.status() + "; an admin may reopen it");
    }
}
