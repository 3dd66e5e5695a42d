package org.sujarit.complaint.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.common.FiscalYear;
import org.sujarit.complaint.CaseFacts;
import org.sujarit.complaint.CaseNumber;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Deadline;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Message;
import org.sujarit.complaint.Status;

/**
 * Stores cases, their history, messages, attachment metadata, receipts and the channels' settings.
 * It sees only sealed bytes for everything a complainant wrote; sealing and opening is the service's.
 */
@Repository
class ComplaintRepository {
  private final JdbcClient jdbc;

  ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A case row as stored: plain facts and sealed parts. */
  record Row(UUID id, UUID organizationId, CaseNumber number, Channel channel, IntakeChannel intake, String category,
      LocalDate receivedOn, LocalDate dueOn, Status status, LocalDate answeredOn, int satisfaction, boolean anonymous,
      boolean wantsUpdates, String keyId, byte[] wrappedKey, byte[] sealedContent, byte[] sealedIdentity, byte[] sealedOutcome) {

    CaseFacts facts() {
      return new CaseFacts(channel, intake, category, receivedOn, dueOn, status, answeredOn, satisfaction);
    }
  }

  record Event(long id, Instant at, String actor, String action, Status toStatus, LocalDate onDate) {}

  record StoredMessage(UUID id, Message.Author author, Instant at, byte[] sealedText) {}

  record StoredAttachment(UUID id, UUID caseId, Message.Author author, Instant at, String kind, long size, byte[] sealedName) {}

  record ChannelSettings(Channel channel, boolean open, int deadlineDays, List<UUID> officers) {}

  // ---- receipts ----------------------------------------------------------------------------

  byte[] receiptSalt(byte[] fresh) {
    jdbc.sql("insert into complaint_receipt_salt (id, salt) values (1, ?) on conflict (id) do nothing").param(fresh).update();
    return jdbc.sql("select salt from complaint_receipt_salt where id = 1").query(byte[].class).single();
  }

  /** The salt if any receipt was ever issued: a look-up runs read-only and must not create it. */
  Optional<byte[]> existingReceiptSalt() {
    return jdbc.sql("select salt from complaint_receipt_salt where id = 1").query(byte[].class).optional();
  }

  void insertReceipt(String hash, UUID caseId) {
    jdbc.sql("insert into complaint_receipt (hash, case_id) values (?, ?)").params(hash, caseId).update();
  }

  Optional<UUID> caseOfReceipt(String hash) {
    return jdbc.sql("select case_id from complaint_receipt where hash = ?").param(hash).query(UUID.class).optional();
  }

  // ---- channels ----------------------------------------------------------------------------

  Map<Channel, ChannelSettings> channels(UUID org) {
    Map<Channel, ChannelSettings> m = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) m.put(c, new ChannelSettings(c, false, Deadline.DEFAULT_DAYS, List.of()));
    jdbc.sql("select channel, open, deadline_days from complaint_channel where organization_id = ?").param(org)
        .query((rs, n) -> new ChannelSettings(Channel.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3), List.of()))
        .list().forEach(s -> m.put(s.channel(), s));
    Map<Channel, List<UUID>> officers = new EnumMap<>(Channel.class);
    jdbc.sql("select channel, account_id from complaint_officer where organization_id = ?").param(org)
        .query((rs, n) -> Map.entry(Channel.valueOf(rs.getString(1)), rs.getObject(2, UUID.class)))
        .list().forEach(e -> officers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    m.replaceAll((c, s) -> new ChannelSettings(c, s.open(), s.deadlineDays(), List.copyOf(officers.getOrDefault(c, List.of()))));
    return m;
  }

  /** Of every organization whose channel is open (without regard to its officers), the officers assigned to it. */
  Map<UUID, List<UUID>> openChannels(Channel channel) {
    Map<UUID, List<UUID>> out = new HashMap<>();
    jdbc.sql("select c.organization_id, o.account_id from complaint_channel c left join complaint_officer o"
            + " on o.organization_id = c.organization_id and o.channel = c.channel where c.channel = ? and c.open")
        .param(channel.name())
        .query((ResultSet rs) -> {
          List<UUID> officers = out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>());
          UUID officer = rs.getObject(2, UUID.class);
          if (officer != null) officers.add(officer);
        });
    return out;
  }

  /** Saves a channel's settings; officers already assigned keep their assignment's date, new ones get {@code at} and {@code by}. */
  void saveChannel(UUID org, ChannelSettings s, Instant at, String by) {
    jdbc.sql("""
        insert into complaint_channel (organization_id, channel, open, deadline_days) values (?, ?, ?, ?)
        on conflict (organization_id, channel) do update set open = excluded.open, deadline_days = excluded.deadline_days""")
        .params(org, s.channel().name(), s.open(), s.deadlineDays()).update();
    jdbc.sql("delete from complaint_officer where organization_id = :org and channel = :channel"
            + (s.officers().isEmpty() ? "" : " and account_id not in (:officers)"))
        .param("org", org).param("channel", s.channel().name()).param("officers", s.officers().isEmpty() ? List.of(new UUID(0, 0)) : s.officers())
        .update();
    for (UUID officer : s.officers()) {
      jdbc.sql("""
          insert into complaint_officer (organization_id, channel, account_id, assigned_at, assigned_by) values (?, ?, ?, ?, ?)
          on conflict do nothing""")
          .params(org, s.channel().name(), officer, Timestamp.from(at), by).update();
    }
  }

  /** An officer's assignment to a channel since {@code since}: what the channel's other officers are told of. */
  record Assignment(Channel channel, UUID accountId, Instant at, String by) {}

  List<Assignment> assignmentsSince(UUID org, Instant since) {
    return jdbc.sql("""
        select channel, account_id, assigned_at, assigned_by from complaint_officer
        where organization_id = ? and assigned_at >= ? order by assigned_at desc""")
        .params(org, Timestamp.from(since))
        .query((rs, n) -> new Assignment(Channel.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
            rs.getString(4)))
        .list();
  }

  // ---- officers' mail addresses ------------------------------------------------------------

  Optional<String> officerMail(UUID account) {
    return jdbc.sql("select address from complaint_officer_mail where account_id = ?").param(account).query(String.class).optional();
  }

  void saveOfficerMail(UUID account, String address) {
    if (address == null) {
      jdbc.sql("delete from complaint_officer_mail where account_id = ?").param(account).update();
      return;
    }
    jdbc.sql("insert into complaint_officer_mail (account_id, address) values (?, ?) on conflict (account_id) do update set address = excluded.address")
        .params(account, address).update();
  }

  Set<Channel> assignedChannels(UUID org, UUID account) {
    List<Channel> l = jdbc.sql("select channel from complaint_officer where organization_id = ? and account_id = ?")
        .params(org, account).query((rs, n) -> Channel.valueOf(rs.getString(1))).list();
    return l.isEmpty() ? Set.of() : Set.copyOf(l);
  }

  // ---- cases -------------------------------------------------------------------------------

  int nextSequence(UUID org, FiscalYear year) {
    return jdbc.sql("""
        insert into complaint_counter (organization_id, fiscal_year, last) values (?, ?, 1)
        on conflict (organization_id, fiscal_year) do update set last = complaint_counter.last + 1 returning last""")
        .params(org, year.value()).query(Integer.class).single();
  }

  void insert(Row r, Instant at) {
    jdbc.sql("""
        insert into complaint_case (id, organization_id, fiscal_year, sequence, channel, intake, category, received_on, due_on,
          status, answered_on, satisfaction, anonymous, wants_updates, key_id, wrapped_key, sealed_content, sealed_identity,
          sealed_outcome, created_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(r.id(), r.organizationId(), r.number().year().value(), r.number().sequence(), r.channel().name(), r.intake().name(),
            r.category(), Date.valueOf(r.receivedOn()), Date.valueOf(r.dueOn()), r.status().name(), date(r.answeredOn()),
            r.satisfaction(), r.anonymous(), r.wantsUpdates(), r.keyId(), r.wrappedKey(), r.sealedContent(), r.sealedIdentity(),
            r.sealedOutcome(), Timestamp.from(at))
        .update();
  }

  void updateState(UUID id, Status status, LocalDate answeredOn, int satisfaction, byte[] sealedOutcome) {
    jdbc.sql("update complaint_case set status = ?, answered_on = ?, satisfaction = ?, sealed_outcome = ? where id = ?")
        .params(status.name(), date(answeredOn), satisfaction, sealedOutcome, id).update();
  }

  Optional<Row> find(UUID id) {
    return jdbc.sql("select * from complaint_case where id = ?").param(id).query(ComplaintRepository::row).optional();
  }

  /**
   * The cases of some channels of an organization that pass a filter, a page at a time: newest first, or
   * for the deadline filters the most pressing due date first.
   */
  List<Row> list(UUID org, Collection<Channel> channels, CaseFilter filter, LocalDate today, int limit, int offset) {
    if (channels.isEmpty()) return List.of();
    String order = filter.byDueDate() ? " order by due_on, fiscal_year, sequence" : " order by received_on desc, fiscal_year desc, sequence desc";
    return filtered("select * from complaint_case", org, channels, filter, today, order + " limit :limit offset :offset")
        .param("limit", limit).param("offset", offset).query(ComplaintRepository::row).list();
  }

  int count(UUID org, Collection<Channel> channels, CaseFilter filter, LocalDate today) {
    if (channels.isEmpty()) return 0;
    return filtered("select count(*) from complaint_case", org, channels, filter, today, "").query(Integer.class).single();
  }

  private JdbcClient.StatementSpec filtered(String select, UUID org, Collection<Channel> channels, CaseFilter filter, LocalDate today,
      String tail) {
    String where = switch (filter) {
      case ALL -> "";
      case AWAITING -> " and answered_on is null";
      case DUE_SOON -> " and answered_on is null and due_on between :today and :soon";
      case OVERDUE -> " and answered_on is null and due_on < :today";
    };
    return jdbc.sql(select + " where organization_id = :org and channel in (:channels)" + where + tail)
        .param("org", org).param("channels", channels.stream().map(Enum::name).toList())
        .param("today", Date.valueOf(today)).param("soon", Date.valueOf(today.plusDays(Deadline.DEFAULT.warningDays())));
  }

  /** A case still awaiting its answer whose due date is near or past: the facts a reminder may carry. */
  record DueCase(UUID organizationId, CaseNumber number, Channel channel, LocalDate dueOn) {}

  /** Every organization's cases awaiting an answer and due by {@code until}, most pressing first. */
  List<DueCase> dueBy(LocalDate until) {
    return jdbc.sql("""
        select organization_id, sequence, fiscal_year, channel, due_on from complaint_case
        where answered_on is null and due_on <= ? order by organization_id, due_on, fiscal_year, sequence""")
        .param(Date.valueOf(until))
        .query((rs, n) -> new DueCase(rs.getObject(1, UUID.class), new CaseNumber(rs.getInt(2), FiscalYear.of(rs.getInt(3))),
            Channel.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate()))
        .list();
  }

  /** The facts of the cases received between two days: what the statistics count. */
  List<CaseFacts> facts(UUID org, LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select channel, intake, category, received_on, due_on, status, answered_on, satisfaction
        from complaint_case where organization_id = ? and received_on between ? and ?""")
        .params(org, Date.valueOf(from), Date.valueOf(to))
        .query((rs, n) -> new CaseFacts(Channel.valueOf(rs.getString(1)), IntakeChannel.valueOf(rs.getString(2)), rs.getString(3),
            rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), Status.valueOf(rs.getString(6)), localDate(rs.getDate(7)),
            rs.getInt(8)))
        .list();
  }

  boolean anyCase(UUID org) {
    return jdbc.sql("select exists (select 1 from complaint_case where organization_id = ?)").param(org).query(Boolean.class).single();
  }

  // ---- history, messages, attachments ----------------------------------------------------

  void event(UUID caseId, Instant at, String actor, String action, Status toStatus, LocalDate onDate) {
    jdbc.sql("insert into complaint_event (case_id, at, actor, action, to_status, on_date) values (?, ?, ?, ?, ?, ?)")
        .params(caseId, Timestamp.from(at), actor, action, toStatus == null ? null : toStatus.name(), date(onDate)).update();
  }

  List<Event> events(UUID caseId) {
    return jdbc.sql("select * from complaint_event where case_id = ? order by id").param(caseId)
        .query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
            rs.getString("to_status") == null ? null : Status.valueOf(rs.getString("to_status")), localDate(rs.getDate("on_date"))))
        .list();
  }

  void insertMessage(UUID caseId, StoredMessage m) {
    jdbc.sql("insert into complaint_message (id, case_id, author, at, sealed_text) values (?, ?, ?, ?, ?)")
        .params(m.id(), caseId, m.author().name(), Timestamp.from(m.at()), m.sealedText()).update();
  }

  List<StoredMessage> messages(UUID caseId) {
    return jdbc.sql("select * from complaint_message where case_id = ? order by at, id").param(caseId)
        .query((rs, n) -> new StoredMessage(rs.getObject("id", UUID.class), Message.Author.valueOf(rs.getString("author")),
            rs.getTimestamp("at").toInstant(), rs.getBytes("sealed_text")))
        .list();
  }

  void insertAttachment(StoredAttachment a) {
    jdbc.sql("insert into complaint_attachment (id, case_id, author, at, kind, size, sealed_name) values (?, ?, ?, ?, ?, ?, ?)")
        .params(a.id(), a.caseId(), a.author().name(), Timestamp.from(a.at()), a.kind(), a.size(), a.sealedName()).update();
  }

  List<StoredAttachment> attachments(UUID caseId) {
    return jdbc.sql("select * from complaint_attachment where case_id = ? order by at, id").param(caseId)
        .query(ComplaintRepository::attachment).list();
  }

  Optional<StoredAttachment> attachment(UUID id) {
    return jdbc.sql("select * from complaint_attachment where id = ?").param(id).query(ComplaintRepository::attachment).optional();
  }

  // ---- key rotation ------------------------------------------------------------------------

  record WrappedKey(UUID caseId, byte[] wrapped) {}

  List<WrappedKey> keysWrappedBy(String keyId) {
    return jdbc.sql("select id, wrapped_key from complaint_case where key_id = ?").param(keyId)
        .query((rs, n) -> new WrappedKey(rs.getObject(1, UUID.class), rs.getBytes(2))).list();
  }

  void rewrap(UUID caseId, String keyId, byte[] wrapped) {
    jdbc.sql("update complaint_case set key_id = ?, wrapped_key = ? where id = ?").params(keyId, wrapped, caseId).update();
  }

  // ---- mapping -----------------------------------------------------------------------------

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
        new CaseNumber(rs.getInt("sequence"), FiscalYear.of(rs.getInt("fiscal_year"))), Channel.valueOf(rs.getString("channel")),
        IntakeChannel.valueOf(rs.getString("intake")), rs.getString("category"), rs.getDate("received_on").toLocalDate(),
        rs.getDate("due_on").toLocalDate(), Status.valueOf(rs.getString("status")), localDate(rs.getDate("answered_on")),
        rs.getInt("satisfaction"), rs.getBoolean("anonymous"), rs.getBoolean("wants_updates"), rs.getString("key_id"),
        rs.getBytes("wrapped_key"), rs.getBytes("sealed_content"), rs.getBytes("sealed_identity"), rs.getBytes("sealed_outcome"));
  }

  private static StoredAttachment attachment(ResultSet rs, int n) throws SQLException {
    return new StoredAttachment(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
        Message.Author.valueOf(rs.getString("author")), rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getLong("size"),
        rs.getBytes("sealed_name"));
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static LocalDate localDate(Date d) {
    return d == null ? null : d.toLocalDate();
  }
}
