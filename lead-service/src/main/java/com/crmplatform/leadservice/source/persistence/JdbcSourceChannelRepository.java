package com.crmplatform.leadservice.source.persistence;

import com.crmplatform.contracts.lead.LeadSource;
import com.crmplatform.leadservice.source.domain.SourceChannel;
import com.crmplatform.leadservice.source.domain.SourceChannelRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code lead_source_channel} table: one row per tenant and code. */
@Repository
class JdbcSourceChannelRepository implements SourceChannelRepository {

    private final JdbcClient jdbc;

    JdbcSourceChannelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SourceChannel> findAll(String tenant) {
        return jdbc.sql("SELECT * FROM lead_source_channel WHERE tenant = :tenant ORDER BY code")
                .param("tenant", tenant)
                .query(JdbcSourceChannelRepository::toChannel)
                .list();
    }

    @Override
    public Optional<SourceChannel> find(String tenant, String code) {
        return jdbc.sql("SELECT * FROM lead_source_channel WHERE tenant = :tenant AND code = :code")
                .param("tenant", tenant)
                .param("code", code)
                .query(JdbcSourceChannelRepository::toChannel)
                .optional();
    }

    @Override
    public boolean insert(String tenant, SourceChannel channel, String createdBy, Instant createdAt) {
        // ON CONFLICT rather than check-then-insert: two admins adding the same code at once get one 201, one 409.
        return jdbc.sql("""
                        INSERT INTO lead_source_channel
                               (tenant, code, label, source, active, created_by, created_at, updated_at)
                        VALUES (:tenant, :code, :label, :source, :active, :createdBy, :createdAt, :createdAt)
                        ON CONFLICT (tenant, code) DO NOTHING
                        """)
                        .param("tenant", tenant)
                        .param("code", channel.code())
                        .param("label", channel.label())
                        .param("source", channel.source().name())
                        .param("active", channel.active())
                        .param("createdBy", createdBy)
                        .param("createdAt", Timestamp.from(createdAt))
                        .update()
                == 1;
    }

    @Override
    public boolean update(String tenant, SourceChannel channel, Instant updatedAt) {
        return jdbc.sql("""
                        UPDATE lead_source_channel
                           SET label = :label, source = :source, active = :active, updated_at = :updatedAt
                         WHERE tenant = :tenant AND code = :code
                        """)
                        .param("tenant", tenant)
                        .param("code", channel.code())
                        .param("label", channel.label())
                        .param("source", channel.source().name())
                        .param("active", channel.active())
                        .param("updatedAt", Timestamp.from(updatedAt))
                        .update()
                == 1;
    }

    private static SourceChannel toChannel(ResultSet rs, int row) throws SQLException {
        return new SourceChannel(
                rs.getString("code"),
                rs.getString("label"),
                LeadSource.valueOf(rs.getString("source")),
                rs.getBoolean("active"));
    }
}
