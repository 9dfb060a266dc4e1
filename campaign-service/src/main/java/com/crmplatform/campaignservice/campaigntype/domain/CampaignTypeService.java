package com.crmplatform.campaignservice.campaigntype.domain;

import com.crmplatform.contracts.common.ErrorCode;
import com.crmplatform.platform.error.ConflictException;
import com.crmplatform.platform.error.CrmException;
import com.crmplatform.platform.error.InvalidRequestException;
import com.crmplatform.platform.security.CurrentUser;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's catalogue of campaign types (as lead-service keeps its source channels): the built-in types, then the
 * tenant's own, which admins and marketing add, rename and deactivate (the controller checks the role).
 */
@Service
public class CampaignTypeService {

    private final CampaignTypeRepository types;
    private final Clock clock;

    CampaignTypeService(CampaignTypeRepository types, Clock clock) {
        this.types = types;
        this.clock = clock;
    }

    /** The built-in types in their order, then the tenant's own by code (inactive ones included). */
    @Transactional(readOnly = true)
    public List<CampaignType> catalogue(String tenant) {
        return Stream.concat(
                        Arrays.stream(BuiltInCampaignType.values()).map(BuiltInCampaignType::asType),
                        types.findAll(tenant).stream())
                .toList();
    }

    /**
     * Adds a type: 400 with {@code field: code} for a built-in code, 409 {@code CAMPAIGN_TYPE_EXISTS} when the tenant
     * already has the code (active or not: codes are never reused, campaigns keep theirs).
     */
    @Transactional
    public CampaignType create(CampaignType type, CurrentUser user) {
        if (BuiltInCampaignType.byCode(type.code()).isPresent()) {
            throw new InvalidRequestException("code", "BuiltInType", "code must not be a built-in campaign type");
        }
        if (!types.insert(user.tenant(), type, user.id(), clock.instant())) {
            throw new ConflictException(
                    "CAMPAIGN_TYPE_EXISTS",
                    "Your tenant already has a campaign type " + type.code(),
                    Map.of("code", type.code()));
        }
        return type;
    }

    /**
     * Renames or (de)activates one of the tenant's own types: 409 {@code CAMPAIGN_TYPE_BUILT_IN} for a built-in one,
     * 404 {@code CAMPAIGN_TYPE_NOT_FOUND} for a code the tenant does not have.
     */
    @Transactional
    public CampaignType update(CampaignType type, CurrentUser user) {
        if (BuiltInCampaignType.byCode(type.code()).isPresent()) {
            throw new ConflictException(
                    "CAMPAIGN_TYPE_BUILT_IN",
                    "The built-in campaign type " + type.code() + " cannot be changed",
                    Map.of("code", type.code()));
        }
        if (!types.update(user.tenant(), type, clock.instant())) {
            throw new CrmException(
                    ErrorCode.NOT_FOUND, "CAMPAIGN_TYPE_NOT_FOUND", "Campaign type " + type.code() + " was not found");
        }
        return type;
    }

    /**
     * Checks the type a campaign is given: a built-in type, or an active own type of the tenant (400
     * {@code VALIDATION_FAILED}, {@code field: type}, code {@code ActiveType} otherwise). A campaign may keep its
     * {@code currentType} after that type was deactivated.
     */
    @Transactional(readOnly = true)
    public void requireUsable(String tenant, String code, String currentType) {
        if (BuiltInCampaignType.byCode(code).isPresent() || code.equals(currentType)) {
            return;
        }
        boolean active = types.find(tenant, code).map(CampaignType::active).orElse(false);
        if (!active) {
            throw new InvalidRequestException(
                    "type", "ActiveType", "'" + code + "' is not an active campaign type of your tenant");
        }
    }
}
