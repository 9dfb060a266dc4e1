package com.crmplatform.campaignservice.link.web;

import com.crmplatform.campaignservice.link.domain.PromotionLink;
import com.crmplatform.campaignservice.link.domain.PromotionLinkService;
import com.crmplatform.platform.security.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An online campaign's promotion link and its QR code: everyone who reads campaigns gets them, admins and marketing
 * regenerate the link. Answers carry the secret token, so none is cached.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
@PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing', 'crm-sales', 'crm-finance')")
class PromotionLinkController {

    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final PromotionLinkService links;

    PromotionLinkController(PromotionLinkService links) {
        this.links = links;
    }

    @GetMapping("/link")
    ResponseEntity<PromotionLink> link(@PathVariable UUID id, CurrentUser user) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(links.link(id, user));
    }

    @PostMapping("/link")
    @PreAuthorize("hasAnyRole('crm-admin', 'crm-marketing')")
    ResponseEntity<PromotionLink> regenerate(@PathVariable UUID id, CurrentUser user) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(links.regenerate(id, user));
    }

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> png(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "" + QrCodes.DEFAULT_SIZE) @Min(QrCodes.MIN_SIZE) @Max(QrCodes.MAX_SIZE)
                    int size,
            CurrentUser user) {
        byte[] image = QrCodes.png(links.link(id, user).url(), size);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(image);
    }

    @GetMapping("/qr.svg")
    ResponseEntity<String> svg(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "" + QrCodes.DEFAULT_SIZE) @Min(QrCodes.MIN_SIZE) @Max(QrCodes.MAX_SIZE)
                    int size,
            CurrentUser user) {
        String image = QrCodes.svg(links.link(id, user).url(), size);
        return ResponseEntity.ok()
                .contentType(SVG)
                .cacheControl(CacheControl.noStore())
                .body(image);
    }
}
