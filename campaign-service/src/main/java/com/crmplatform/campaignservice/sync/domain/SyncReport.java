package com.crmplatform.campaignservice.sync.domain;

import com.crmplatform.contracts.campaign.IntakeOutcome;
import com.crmplatform.contracts.campaign.MemberIntakeResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What one sync did: members newly created as leads or customers ({@code synced}), linked to existing ones
 * ({@code linked}) and failed. {@code results} lists every failed member and, up to {@link #MAX_RESULTS} entries in
 * all, the others; {@code truncated} says when some were left out.
 */
public final class SyncReport {

    public static final int MAX_RESULTS = 1000;

    private int synced;
    private int linked;
    private int failed;
    private boolean truncated;
    private final List<MemberIntakeResult> results = new ArrayList<>();

    void add(MemberIntakeResult result) {
        switch (result.outcome()) {
            case CREATED -> synced++;
            case LINKED -> linked++;
            case FAILED -> failed++;
        }
        if (result.outcome() == IntakeOutcome.FAILED || results.size() < MAX_RESULTS) {
            results.add(result);
        } else {
            truncated = true;
        }
    }

    public int synced() {
        return synced;
    }

    public int linked() {
        return linked;
    }

    public int failed() {
        return failed;
    }

    public boolean truncated() {
        return truncated;
    }

    public List<MemberIntakeResult> results() {
        return List.copyOf(results);
    }
}
