package com.crmplatform.campaignservice.pageview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.crmplatform.campaignservice.CampaignFixtures;
import com.crmplatform.campaignservice.CampaignFixtures.Campaign;
import com.crmplatform.campaignservice.CampaignServiceIT;
import com.crmplatform.campaignservice.pageview.domain.DailyViews;
import com.crmplatform.campaignservice.pageview.domain.PageViewService;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/** Views of the public page and form, exact under concurrency; unique visitors per day, without their addresses. */
class PageViewIT extends CampaignServiceIT {

    @Autowired
    PageViewService views;

    @Test
    void fiveHundredConcurrentViewsCountFiveHundred() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String path =
                    i % 2 == 0 ? "/p/" + campaign.token() : "/api/v1/public/campaigns/" + campaign.token() + "/form";
            String address = "10.0." + (i % 5) + ".1";
            calls.add(() -> mvc.perform(get(path)
                            .header("X-Forwarded-For", address + ", 172.16.0.1")
                            .header(HttpHeaders.USER_AGENT, "Mozilla/5.0 (iPhone)"))
                    .andReturn()
                    .getResponse()
                    .getStatus());
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Integer> status : threads.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }

        List<DailyViews> daily = views.daily(campaign.id(), views.today().minusDays(1), views.today());
        assertThat(daily).containsExactly(new DailyViews(views.today(), 500, 5));
        assertThat(jdbc.sql("SELECT count(*) FROM campaign_view WHERE campaign_id = ?")
                        .param(campaign.id())
                        .query(Long.class)
                        .single())
                .isBetween(1L, 16L);
    }

    @Test
    void aVisitorCountsOncePerDayByAddressAndBrowserAndNoAddressIsStored() throws Exception {
        Campaign campaign = fixtures().published(CampaignFixtures.newTenant());
        view(campaign, "203.0.113.7", "Browser A");
        view(campaign, "203.0.113.7", "Browser A");
        view(campaign, "203.0.113.7, 10.0.0.1", "Browser A"); // same first hop
        view(campaign, "203.0.113.7", "Browser B");
        view(campaign, null, "Browser A"); // the connection's address (MockMvc: 127.0.0.1)
        view(campaign, null, "Browser A");

        assertThat(views.daily(campaign.id(), views.today(), views.today()))
                .containsExactly(new DailyViews(views.today(), 6, 3));

        List<byte[]> stored = jdbc.sql("SELECT visitor FROM campaign_visitor WHERE campaign_id = ?")
                .param(campaign.id())
                .query(byte[].class)
                .list();
        assertThat(stored).hasSize(3).allSatisfy(visitor -> {
            assertThat(visitor).hasSize(16);
            String hex = HexFormat.of().formatHex(visitor);
            assertThat(hex).doesNotContain(HexFormat.of().formatHex("203.0.113.7".getBytes()));
            assertThat(new String(visitor, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .doesNotContain("203.0.113");
        });
    }

    @Test
    void refusedPagesCountNoView() throws Exception {
        Campaign draft = fixtures()
                .campaign(
                        CampaignFixtures.newTenant(),
                        "DRAFT",
                        "ONLINE",
                        java.time.Instant.now().minusSeconds(60),
                        3,
                        CampaignFixtures.FORM);
        view(draft, "203.0.113.9", "A");
        assertThat(views.daily(draft.id(), views.today(), views.today())).isEmpty();
    }

    private void view(Campaign campaign, String forwardedFor, String userAgent) throws Exception {
        var request = get("/p/" + campaign.token()).header(HttpHeaders.USER_AGENT, userAgent);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        mvc.perform(request);
    }
}
