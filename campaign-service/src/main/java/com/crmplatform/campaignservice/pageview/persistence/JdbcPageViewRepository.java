package com.crmplatform.campaignservice.pageview.persistence;

import com.crmplatform.campaignservice.pageview.domain.DailyViews;
import com.crmplatform.campaignservice.pageview.domain.PageViewRepository;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPageViewRepository implements PageViewRepository {

    private final JdbcClient jdbc;

    JdbcPageViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addView(UUID campaignId, LocalDate day, int shard) {
        jdbc.sql("""
                        INSERT INTO campaign_view (campaign_id, day, shard, views) VALUES (:campaignId, :day, :shard, 1)
                        ON CONFLICT (campaign_id, day, shard) DO UPDATE SET views = campaign_view.views + 1
                        """)
                .param("campaignId", campaignId)
                .param("day", Date.valueOf(day))
                .param("shard", shard)
                .update();
    }

    @Override
    public void addVisitor(UUID campaignId, LocalDate day, byte[] visitor) {
        jdbc.sql("""
                        INSERT INTO campaign_visitor (campaign_id, day, visitor) VALUES (:campaignId, :day, :visitor)
                        ON CONFLICT DO NOTHING
                        """)
                .param("campaignId", campaignId)
                .param("day", Date.valueOf(day))
                .param("visitor", visitor)
                .update();
    }

    @Override
    public List<DailyViews> daily(UUID campaignId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT COALESCE(v.day, u.day) AS day, COALESCE(v.views, 0) AS views,
                               COALESCE(u.visitors, 0) AS visitors
                          FROM (SELECT day, sum(views) AS views FROM campaign_view
                                 WHERE campaign_id = :campaignId AND day BETWEEN :from AND :to GROUP BY day) v
                          FULL JOIN (SELECT day, count(*) AS visitors FROM campaign_visitor
                                      WHERE campaign_id = :campaignId AND day BETWEEN :from AND :to GROUP BY day) u
                            ON u.day = v.day
                         ORDER BY 1
                        """)
                .param("campaignId", campaignId)
                .param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, row) ->
                        new DailyViews(rs.getDate("day").toLocalDate(), rs.getLong("views"), rs.getLong("visitors")))
                .list();
    }
}
