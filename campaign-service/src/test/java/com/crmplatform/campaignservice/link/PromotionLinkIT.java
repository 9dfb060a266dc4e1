package com.crmplatform.campaignservice.link;

import static com.crmplatform.platform.test.TestUsers.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.crmplatform.campaignservice.CampaignServiceIT;
import com.crmplatform.campaignservice.campaign.domain.CampaignService;
import com.crmplatform.campaignservice.form.domain.FormService;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/** Promotion links from publishing on: the token, regenerating it, and the QR codes that carry the link. */
class PromotionLinkIT extends CampaignServiceIT {

    @Autowired
    CampaignService campaigns;

    @Autowired
    FormService forms;

    @Test
    void aPublishedOnlineCampaignHasAnUnguessableLinkThatRegeneratingReplaces() throws Exception {
        String tenant = newTenant();
        UUID id = published(tenant, "Linked");
        JsonNode link =
                body(mvc.perform(get("/api/v1/campaigns/{id}/link", id).with(user(tenant, "sales1", "crm-sales")))
                        .andExpect(status().isOk())
                        .andExpect(header().string("Cache-Control", "no-store")));
        String token = link.get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{24}");
        assertThat(link.get("url").asString()).isEqualTo("http://localhost:8080/p/" + token);
        assertThat(jdbc.sql("SELECT link_token FROM campaign WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(token);

        // what the public page does: the campaign behind the token, and its current form
        var campaign = campaigns.findByLinkToken(token).orElseThrow();
        assertThat(campaign.id()).isEqualTo(id);
        assertThat(campaign.acceptsSubmissions(Instant.now())).isTrue();
        assertThat(forms.current(campaign).orElseThrow().fields()).hasSize(4);

        String renewed = body(mvc.perform(
                                post("/api/v1/campaigns/{id}/link", id).with(user(tenant, "marketing", MARKETING)))
                        .andExpect(status().isOk()))
                .get("token")
                .asString();
        assertThat(renewed).isNotEqualTo(token).matches("[A-Za-z0-9_-]{24}");
        assertThat(campaigns.findByLinkToken(token)).isEmpty();
        assertThat(campaigns.findByLinkToken(renewed)).isPresent();
        assertThat(campaigns.findByLinkToken("../../etc")).isEmpty();
        mvc.perform(get("/api/v1/campaigns/{id}/link", id).with(user(tenant, "finance", "crm-finance")))
                .andExpect(jsonPath("$.token").value(renewed));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(jsonPath("$.version").value(2)) // the link is no change of the campaign
                .andExpect(jsonPath("$.linkToken").doesNotExist());
    }

    @Test
    void aDraftOrOfflineCampaignHasNoLinkAndAClosedOneKeepsButCannotRenewIt() throws Exception {
        String tenant = newTenant();
        UUID draft = create(tenant, campaign("Draft"));
        for (String path : new String[] {"link", "qr.png", "qr.svg"}) {
            mvc.perform(get("/api/v1/campaigns/{id}/" + path, draft).with(user(tenant, "marketing", MARKETING)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_PUBLISHED"));
        }
        mvc.perform(post("/api/v1/campaigns/{id}/link", draft).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_PUBLISHED"));
        // an image client asking only for a PNG still gets the refusal, not a 500
        mvc.perform(get("/api/v1/campaigns/{id}/qr.png", draft)
                        .accept("image/png")
                        .with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isConflict());

        UUID offline = create(tenant, campaign("Offline", "OFFLINE", Instant.now(), 3));
        saveForm(tenant, offline, FORM);
        action(tenant, offline, "publish").andExpect(status().isOk());
        mvc.perform(get("/api/v1/campaigns/{id}/link", offline).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_OFFLINE"));
        mvc.perform(post("/api/v1/campaigns/{id}/link", offline).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_OFFLINE"));

        UUID closed = published(tenant, "Closed");
        action(tenant, closed, "close").andExpect(status().isOk());
        mvc.perform(get("/api/v1/campaigns/{id}/link", closed).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/campaigns/{id}/link", closed).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CAMPAIGN_NOT_PUBLISHED"));
        assertThat(campaigns
                        .findByLinkToken(linkToken(tenant, closed))
                        .orElseThrow()
                        .acceptsSubmissions(Instant.now().plus(1, ChronoUnit.MINUTES)))
                .isFalse();
    }

    @Test
    void theQrCodesCarryTheLink() throws Exception {
        String tenant = newTenant();
        UUID id = published(tenant, "QR");
        String url = "http://localhost:8080/p/" + linkToken(tenant, id);

        byte[] png = mvc.perform(
                        get("/api/v1/campaigns/{id}/qr.png?size=300", id).with(user(tenant, "sales1", "crm-sales")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(decode(image)).isEqualTo(url);

        String svg = mvc.perform(get("/api/v1/campaigns/{id}/qr.svg", id).with(user(tenant, "marketing", MARKETING)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("256");
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(1);

        for (String size : new String[] {"10", "5000", "big"}) {
            mvc.perform(get("/api/v1/campaigns/{id}/qr.png?size=" + size, id)
                            .with(user(tenant, "marketing", MARKETING)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("size"));
        }
    }

    private String linkToken(String tenant, UUID id) throws Exception {
        return body(mvc.perform(get("/api/v1/campaigns/{id}/link", id).with(user(tenant, "marketing", MARKETING))))
                .get("token")
                .asString();
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        // PURE_BARCODE: the image is the generated code itself. Without the hint, zxing's finder-pattern search
        // misses about 1 code in 130 (measured over 400 random links), which made this test fail at random.
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
