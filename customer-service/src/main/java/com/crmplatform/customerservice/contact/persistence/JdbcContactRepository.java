package com.crmplatform.customerservice.contact.persistence;

import com.crmplatform.contracts.common.PageResponse;
import com.crmplatform.customerservice.contact.domain.Contact;
import com.crmplatform.customerservice.contact.domain.ContactDetails;
import com.crmplatform.customerservice.contact.domain.ContactRepository;
import com.crmplatform.customerservice.contact.domain.DecisionRole;
import com.crmplatform.customerservice.customer.domain.CustomerContacts;
import com.crmplatform.customerservice.customer.domain.CustomerVisibility;
import com.crmplatform.customerservice.customer.persistence.CustomerScopeSql;
import com.crmplatform.platform.jdbc.JdbcBatches;
import com.crmplatform.platform.jdbc.TenantQuery;
import com.crmplatform.platform.paging.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts in PostgreSQL; every query is scoped by tenant first. Also serves the customer's detail view. */
@Repository
class JdbcContactRepository implements ContactRepository, CustomerContacts {

    static final Map<String, String> SORT_COLUMNS =
            Map.of("name", "k.name", "createdAt", "k.created_at", "updatedAt", "k.updated_at");

    private static final String INSERT = """
            INSERT INTO contact (id, tenant, customer_id, name, title, department, phone, email, other_contact,
                                 decision_role, is_primary, notes, created_at, updated_at, version)
            VALUES (:id, :tenant, :customerId, :name, :title, :department, :phone, :email, :otherContact,
                    :decisionRole, :primary, :notes, :createdAt, :updatedAt, :version)
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    JdbcContactRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void insert(Contact contact) {
        jdbc.sql(INSERT).paramSource(insertParameters(contact)).update();
    }

    @Override
    public void insertAll(List<Contact> contacts) {
        JdbcBatches.update(batch, INSERT, contacts, JdbcContactRepository::insertParameters);
    }

    private static MapSqlParameterSource insertParameters(Contact contact) {
        return parameters(contact)
                .addValue("customerId", contact.customerId())
                .addValue("createdAt", Timestamp.from(contact.createdAt()));
    }

    @Override
    public void update(Contact contact) {
        jdbc.sql("""
                UPDATE contact SET name = :name, title = :title, department = :department, phone = :phone,
                       email = :email, other_contact = :otherContact, decision_role = :decisionRole,
                       is_primary = :primary, notes = :notes, updated_at = :updatedAt, version = :version
                WHERE tenant = :tenant AND id = :id
                """).paramSource(parameters(contact)).update();
    }

    /** The contact's identity, details, primary flag, {@code updatedAt} and version: what insert and update write. */
    private static MapSqlParameterSource parameters(Contact contact) {
        ContactDetails d = contact.details();
        return new MapSqlParameterSource()
                .addValue("id", contact.id())
                .addValue("tenant", contact.tenant())
                .addValue("name", d.name())
                .addValue("title", d.title())
                .addValue("department", d.department())
                .addValue("phone", d.phone())
                .addValue("email", d.email())
                .addValue("otherContact", d.otherContact())
                .addValue(
                        "decisionRole",
                        d.decisionRole() == null ? null : d.decisionRole().name())
                .addValue("primary", contact.primary())
                .addValue("notes", d.notes())
                .addValue("updatedAt", Timestamp.from(contact.updatedAt()))
                .addValue("version", contact.version());
    }

    @Override
    public void delete(String tenant, UUID id) {
        jdbc.sql("DELETE FROM contact WHERE tenant = :tenant AND id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .update();
    }

    @Override
    public Optional<Contact> find(String tenant, UUID customerId, UUID id) {
        return jdbc.sql(
                        "SELECT * FROM contact k WHERE k.tenant = :tenant AND k.customer_id = :customerId AND k.id = :id")
                .param("tenant", tenant)
                .param("customerId", customerId)
                .param("id", id)
                .query(JdbcContactRepository::toContact)
                .optional();
    }

    @Override
    public List<Contact> ofCustomer(String tenant, UUID customerId) {
        return jdbc.sql("""
                        SELECT * FROM contact k WHERE k.tenant = :tenant AND k.customer_id = :customerId
                        ORDER BY k.is_primary DESC, k.name, k.id
                        """)
                .param("tenant", tenant)
                .param("customerId", customerId)
                .query(JdbcContactRepository::toContact)
                .list();
    }

    @Override
    public List<CustomerContact> of(String tenant, UUID customerId) {
        return ofCustomer(tenant, customerId).stream()
                .map(c -> new CustomerContact(
                        c.id(),
                        c.details().name(),
                        c.details().title(),
                        c.details().phone(),
                        c.details().email(),
                        c.details().decisionRole() == null
                                ? null
                                : c.details().decisionRole().name(),
                        c.primary()))
                .toList();
    }

    @Override
    public void demotePrimary(String tenant, UUID customerId) {
        jdbc.sql("""
                UPDATE contact SET is_primary = FALSE, version = version + 1
                WHERE tenant = :tenant AND customer_id = :customerId AND is_primary
                """).param("tenant", tenant).param("customerId", customerId).update();
    }

    @Override
    public PageResponse<Contact> search(String tenant, CustomerVisibility visibility, String keyword, PageQuery page) {
        TenantQuery query = TenantQuery.of("k", tenant)
                .where(CustomerScopeSql.visible(visibility))
                .when(true, "c.deleted_at IS NULL")
                .when(
                        keyword == null ? null : CustomerScopeSql.contains(keyword.toLowerCase(java.util.Locale.ROOT)),
                        "(lower(k.name) LIKE :keyword OR k.phone LIKE :keyword OR lower(k.email) LIKE :keyword)",
                        "keyword");
        String where = query.sql();
        Map<String, Object> params = query.params();
        String from = " FROM contact k JOIN customer c ON c.tenant = k.tenant AND c.id = k.customer_id WHERE ";
        long total = jdbc.sql("SELECT count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<Contact> items = jdbc.sql("SELECT k.*" + from + where + " ORDER BY " + page.orderBy(SORT_COLUMNS, "k.id")
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcContactRepository::toContact)
                .list();
        return PageResponse.of(items, page.page(), page.size(), total);
    }

    private static Contact toContact(ResultSet rs, int row) throws SQLException {
        String role = rs.getString("decision_role");
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getString("tenant"),
                rs.getObject("customer_id", UUID.class),
                new ContactDetails(
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getString("department"),
                        rs.getString("phone"),
                        rs.getString("email"),
                        rs.getString("other_contact"),
                        role == null ? null : DecisionRole.valueOf(role),
                        rs.getString("notes")),
                rs.getBoolean("is_primary"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
