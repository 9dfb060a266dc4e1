package com.crmplatform.campaignservice.form.domain;

import com.crmplatform.campaignservice.campaign.domain.Campaign;
import com.crmplatform.campaignservice.campaign.domain.CampaignService;
import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's form (step 2 of the wizard): every change is a new version, which becomes the campaign's
 * {@code formVersion}; earlier versions stay readable, since members keep the version they answered.
 */
@Service
public class FormService {

    private final FormRepository forms;
    private final CampaignService campaigns;
    private final Clock clock;

    FormService(FormRepository forms, CampaignService campaigns, Clock clock) {
        this.forms = forms;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /**
     * The campaign's current form, or the given earlier {@code version}: 404 {@code CAMPAIGN_NOT_FOUND} for a campaign
     * the tenant does not have, 404 {@code FORM_NOT_FOUND} before a form was saved or for a version that never was.
     */
    @Transactional(readOnly = true)
    public CampaignForm get(UUID campaignId, Integer version, CurrentUser user) {
        Campaign campaign = campaigns.get(campaignId, user);
        Integer wanted = version != null ? version : campaign.formVersion();
        return Optional.ofNullable(wanted)
                .flatMap(v -> forms.find(campaign.id(), v))
                .orElseThrow(() -> formNotFound(campaignId, wanted));
    }

    /**
     * Saves the form as the campaign's next version and publishes the campaign's {@code updated.v1}, unless it equals
     * the current form (then the current form is answered and nothing changes). 400 as {@link FormRules} says; 409
     * {@code CAMPAIGN_NOT_EDITABLE} for a CLOSED or CANCELLED campaign.
     */
    @Transactional
    public CampaignForm save(UUID campaignId, List<FormFieldDraft> drafts, CurrentUser user) {
        List<FormField> fields = FormRules.check(drafts);
        Campaign campaign = campaigns.lock(campaignId, user);
        campaign.requireFormEditable();
        Optional<CampaignForm> current = current(campaign);
        if (current.isPresent() && current.get().fields().equals(fields)) {
            return current.get();
        }
        CampaignForm form = new CampaignForm(campaign.id(), forms.latestVersion(campaign.id()) + 1, fields);
        forms.insert(form, user.id(), clock.instant());
        campaigns.formChanged(campaign, form.version(), user);
        return form;
    }

    /** The campaign's current form; empty before one was saved (for the member and public page features). */
    @Transactional(readOnly = true)
    public Optional<CampaignForm> current(Campaign campaign) {
        return campaign.formVersion() == null ? Optional.empty() : forms.find(campaign.id(), campaign.formVersion());
    }

    /**
     * One version of a campaign's form (the one a member answered). The caller has checked the campaign is the
     * tenant's.
     */
    @Transactional(readOnly = true)
    public Optional<CampaignForm> version(UUID campaignId, int version) {
        return forms.find(campaignId, version);
    }

    private static CrmException formNotFound(UUID campaignId, Integer version) {
        return new CrmException(
                ErrorCode.NOT_FOUND,
                "FORM_NOT_FOUND",
                version == null
                        ? "Campaign " + campaignId + " has no form yet"
                        : "Campaign " + campaignId + " has no form version " + version);
    }
}
