package org.sujarit.complaint.internal;

import static org.sujarit.complaint.CaseSeal.COMPLAINANT;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUser;
import org.sujarit.access.OrganizationScope;
import org.sujarit.access.Permission;
import org.sujarit.access.Role;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.account.UserAccount;
import org.sujarit.audit.AuditEvent;
import org.sujarit.common.FiscalYear;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;
import org.sujarit.common.ThaiDates;
import org.sujarit.complaint.CaseContent;
import org.sujarit.complaint.CaseNumber;
import org.sujarit.complaint.CaseSeal;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Complaint;
import org.sujarit.complaint.ComplaintClosed;
import org.sujarit.complaint.ComplaintReceived;
import org.sujarit.complaint.Deadline;
import org.sujarit.complaint.Forwarding;
import org.sujarit.complaint.Identity;
import org.sujarit.complaint.IntakeChannel;
import org.sujarit.complaint.Message;
import org.sujarit.complaint.Satisfaction;
import org.sujarit.complaint.Status;
import org.sujarit.complaint.Submission;
import org.sujarit.complaint.internal.ComplaintConfiguration.TrackingLimits;
import org.sujarit.complaint.internal.ComplaintRepository.ChannelSettings;
import org.sujarit.complaint.internal.ComplaintRepository.Row;
import org.sujarit.complaint.internal.ComplaintRepository.StoredAttachment;
import org.sujarit.complaint.internal.ComplaintRepository.StoredMessage;
import org.sujarit.complaint.internal.Views.AttachmentView;
import org.sujarit.complaint.internal.Views.CaseList;
import org.sujarit.complaint.internal.Views.CaseSummary;
import org.sujarit.complaint.internal.Views.CaseView;
import org.sujarit.complaint.internal.Views.ChannelSetup;
import org.sujarit.complaint.internal.Views.FileContent;
import org.sujarit.complaint.internal.Views.HistoryEntry;
import org.sujarit.complaint.internal.Views.MessageView;
import org.sujarit.complaint.internal.Views.PublicChannel;
import org.sujarit.complaint.internal.Views.Receipt;
import org.sujarit.complaint.internal.Views.TrackedCase;
import org.sujarit.complaint.protection.CaseKey;
import org.sujarit.complaint.protection.InstallationKey;
import org.sujarit.complaint.protection.MetadataStripper;
import org.sujarit.complaint.protection.Receipts;
import org.sujarit.complaint.protection.SubmissionLimits;
import org.sujarit.complaint.protection.SubmissionRefusedException;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.organization.Organization;
import org.sujarit.organization.OrganizationId;
import org.sujarit.organization.OrganizationNotFoundException;
import org.sujarit.organization.Organizations;
import org.sujarit.organization.lookup.OrganizationLookup;
import org.sujarit.organization.UnitId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaint use cases: public intake and tracking by receipt (no account), the officers' handling,
 * the channels' set-up and the statistics. Content, identity, messages and file names are sealed with
 * the case's key before they reach the repository. Officers read only the cases of the channels they
 * are assigned to (HANDLE_COMPLAINT plus the assignment); the organization's administrator assigns
 * them (MANAGE_COMPLAINTS) but reads no case. Audit entries and history name the case, its number,
 * channel and status, never what the complainant wrote or who they are; complainants appear as
 * "complainant".
 */
@Service
@Transactional
public class Complaints {
  public static final int MAX_FILES = 5;
  public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;
  /**
   * All files of one post together: with the longest texts (about 0.2 MB) a legal form stays under the
   * installation's 25 MB request limit ({@code spring.servlet.multipart.max-request-size}), so it is
   * always read and any problem answered in Thai with the typed text kept.
   */
  public static final int MAX_TOTAL_BYTES = 20 * 1024 * 1024;
  public static final int PAGE_SIZE = 50;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ComplaintRepository repository;
  private final AttachmentFiles files;
  private final Organizations organizations;
  private final OrganizationLookup lookup;
  private final AccountLookup accountLookup;
  private final InstallationKey installationKey;
  private final CaseSeal seal;
  private final SubmissionLimits limits;
  private final TrackingLimits lookups;
  private final ApplicationEventPublisher events;
  private final ComplaintMail mail;
  private final Clock clock;
  private volatile byte[] receiptSalt;

  Complaints(ComplaintRepository repository, AttachmentFiles files, Organizations organizations, OrganizationLookup lookup, AccountLookup accountLookup,
      InstallationKey installationKey, CaseSeal seal, SubmissionLimits limits, TrackingLimits lookups, ApplicationEventPublisher events, ComplaintMail mail,
      Clock clock) {
    this.repository = repository;
    this.files = files;
    this.organizations = organizations;
    this.lookup = lookup;
    this.accountLookup = accountLookup;
    this.installationKey = installationKey;
    this.seal = seal;
    this.limits = limits;
    this.lookups = lookups;
    this.events = events;
    this.mail = mail;
    this.clock = clock;
  }

  /** A workflow step an officer takes; the fields each kind needs are checked by the domain. */
  public record Action(Kind kind, LocalDate on, String text, Forwarding.Body body, String bodyName, String reference) {
    public enum Kind {
      ACCEPT, NOT_IN_SCOPE, INVESTIGATE, RESULT, FORWARD, CLOSE, EXPLAIN_DELAY;

      /** The action that moves a case to {@code to}, as its history names it. */
      public static Kind moving(Status to) {
        return switch (to) {
          case ACCEPTED -> ACCEPT;
          case NOT_IN_SCOPE -> NOT_IN_SCOPE;
          case UNDER_INVESTIGATION -> INVESTIGATE;
          case RESULT -> RESULT;
          case FORWARDED -> FORWARD;
          case CLOSED -> CLOSE;
          case RECEIVED -> throw new IllegalArgumentException("no action moves a case to RECEIVED");
        };
      }
    }
  }

  // ---- public intake -------------------------------------------------------------------------

  /**
   * What the public form of a channel shows: open or not, and the handling time. A channel set open is
   * closed for now while none of its officers is left (disabled, or without the role): reports would
   * reach nobody.
   */
  @Transactional(readOnly = true)
  public PublicChannel publicChannel(OrganizationId org, Channel channel) {
    ChannelSettings s = repository.channels(org.value()).get(channel);
    boolean staffed = !staffedOfficers(org.value(), s).isEmpty();
    return new PublicChannel(channel, s.open() && staffed, s.open() && !staffed, s.deadlineDays());
  }

  /** The organizations whose channel {@link #publicChannel} finds open, in two reads for all (the oversight rebuild's ITA readiness). */
  @Transactional(readOnly = true)
  public Set<OrganizationId> openChannels(Channel channel) {
    Map<UUID, UserAccount> officers = accountLookup.holding(Role.COMPLAINT_OFFICER).stream().collect(Collectors.toMap(UserAccount::id, a -> a));
    Set<OrganizationId> out = new HashSet<>();
    repository.openChannels(channel).forEach((org, assigned) -> {
      if (assigned.stream().map(officers::get).anyMatch(a -> a != null && counts(a, org))) out.add(new OrganizationId(org));
    });
    return out;
  }

  /** The assigned officers who count: enabled members of the organization who still hold COMPLAINT_OFFICER. */
  List<UserAccount> staffedOfficers(UUID org, ChannelSettings s) {
    return s.officers().stream().map(accountLookup::find).flatMap(Optional::stream).filter(a -> counts(a, org)).toList();
  }

  private static boolean counts(UserAccount a, UUID org) {
    return a.enabled() && a.roles().contains(Role.COMPLAINT_OFFICER) && org.equals(a.organizationId());
  }

  /**
   * The units (สำนัก / กอง) of the officers assigned to a channel, for the public guideline's
   * "responsible unit": units only, never the officers' names.
   */
  @Transactional(readOnly = true)
  public List<String> responsibleUnits(OrganizationId org, Channel channel) {
    Map<UnitId, String> names = lookup.unitNames(org);
    return staffedOfficers(org.value(), repository.channels(org.value()).get(channel)).stream().map(UserAccount::unitId)
        .filter(Objects::nonNull).map(id -> names.get(new UnitId(id))).filter(Objects::nonNull).distinct().sorted().toList();
  }

  /**
   * Files a complaint from the public channel. {@code address} serves the rate limit only: counted as a
   * keyed hash for the limit's window, never stored otherwise or logged.
   *
   * @throws SubmissionRefusedException over the limit
   * @throws RuleViolation a problem of the form, a closed channel or a refused attachment
   */
  public Receipt submit(OrganizationId orgId, Submission s, List<Upload> uploads, String address) {
    Organization org = lookup.find(orgId).orElseThrow(() -> new OrganizationNotFoundException(orgId));
    if (s.channel() == null || !publicChannel(orgId, s.channel()).open()) throw RuleViolation.field("channel", "complaint.channel.closed");
    requireValid(s);
    List<MetadataStripper.Cleaned> cleaned = cleanWithinLimits(orgId.value(), uploads, address);
    if (!limits.tryAcquire(orgId.toString(), address)) throw new SubmissionRefusedException();
    return file(org, s, IntakeChannel.WEB, today(), cleaned, COMPLAINANT);
  }

  /** An officer registers a complaint received in person, by letter, telephone, LINE, Traffy Fondue, …; the receipt is for the complainant. */
  public Receipt register(CurrentUser user, OrganizationId orgId, Submission s, IntakeChannel intake, LocalDate receivedOn,
      List<Upload> uploads) {
    Organization org = lookup.find(orgId).orElseThrow(() -> new OrganizationNotFoundException(orgId));
    if (s.channel() == null) throw RuleViolation.field("channel", "complaint.channel.required");
    requireOfficer(user, org.scope(), s.channel());
    if (intake == null) throw RuleViolation.field("intake", "complaint.intake.required");
    if (receivedOn == null) throw RuleViolation.field("receivedOn", "complaint.received.required");
    if (receivedOn.isAfter(today())) throw RuleViolation.field("receivedOn", "complaint.received.future");
    requireValid(s);
    return file(org, s, intake, receivedOn, clean(uploads), user.username());
  }

  private Receipt file(Organization org, Submission s, IntakeChannel intake, LocalDate receivedOn, List<MetadataStripper.Cleaned> cleaned,
      String actor) {
    UUID id = UUID.randomUUID();
    FiscalYear year = FiscalYear.containing(receivedOn);
    int days = repository.channels(org.id().value()).get(s.channel()).deadlineDays();
    Complaint c = new Complaint(id, org.id().value(), new CaseNumber(repository.nextSequence(org.id().value(), year), year), s.channel(),
        intake, s.category(), receivedOn, Deadline.ofDays(days));
    CaseSeal.Sealed sealed = seal.seal(c, s.content(), s.anonymous() ? null : new Identity(s.name(), s.contact(), s.wantsUpdates()));
    CaseKey key = CaseKey.unwrap(sealed.wrappedKey(), installationKey, id);
    Instant now = now();
    repository.insert(new Row(id, org.id().value(), c.number(), c.channel(), intake, c.category(), receivedOn, c.dueOn(), c.status(), null, 0,
        s.anonymous(), s.wantsUpdates(), sealed.keyId(), sealed.wrappedKey(), sealed.content(), sealed.identity(), sealed.outcome()), now);
    String code = Receipts.newCode();
    repository.insertReceipt(Receipts.hash(code, salt()), id);
    repository.event(id, now, actor, "RECEIVED", Status.RECEIVED, receivedOn);
    for (MetadataStripper.Cleaned f : cleaned) store(key, id, f, Message.Author.COMPLAINANT, now, numberedName(f, cleaned.indexOf(f)));
    audit(actor, c.organizationId(), id, "received", null, facts(c.number(), c.channel(), c.status(), intake));
    events.publishEvent(new ComplaintReceived(org.id(), year.value(), c.channel(), receivedOn));
    return new Receipt(code, s.channel(), org.name(), org.code(), receivedOn);
  }

  /**
   * The case of a receipt, as its complainant sees it. With {@code org} (the organization the page or
   * the request names) a receipt of another organization is not found, and the look-up counts against
   * that organization's limit; without it, against the limit of look-ups that name none.
   */
  @Transactional(readOnly = true)
  public TrackedCase track(OrganizationId org, String receipt, String address) {
    Row r = byReceipt(org, receipt, address);
    CaseKey key = key(r);
    Complaint c = restore(r, key);
    Organization owner = lookup.find(new OrganizationId(r.organizationId())).orElseThrow();
    List<String> names = repository.attachments(r.id()).stream().filter(a -> a.author() == Message.Author.COMPLAINANT)
        .map(a -> key.openText(a.sealedName())).toList();
    return new TrackedCase(owner.name(), owner.code(), r.channel(), r.receivedOn(), r.dueOn(), c.status(), c.delayExplanation(), c.reason(),
        c.result(), c.forwarding(), messages(r, key), names, c.status() == Status.CLOSED && c.satisfaction() == null, c.satisfaction());
  }

  /** The complainant answers the officer or adds information and files. */
  public void reply(OrganizationId org, String receipt, String text, List<Upload> uploads, String address) {
    Row r = byReceipt(org, receipt, address);
    List<MetadataStripper.Cleaned> cleaned = cleanWithinLimits(r.organizationId(), uploads, address);
    boolean hasText = text != null && !text.isBlank();
    if (!hasText && cleaned.isEmpty()) throw RuleViolation.field("text", "complaint.message.required");
    if (!limits.tryAcquire(r.organizationId().toString(), address)) throw new SubmissionRefusedException();
    CaseKey key = key(r);
    Complaint c = restore(r, key);
    if (c.status() == Status.CLOSED) throw new RuleViolation("complaint.message.closed");
    Instant now = now();
    if (hasText) addMessage(r, key, c, new Message(Message.Author.COMPLAINANT, text, now));
    for (int i = 0; i < cleaned.size(); i++) store(key, r.id(), cleaned.get(i), Message.Author.COMPLAINANT, now, numberedName(cleaned.get(i), i));
    repository.event(r.id(), now, COMPLAINANT, "REPLIED", null, null);
    audit(COMPLAINANT, r.organizationId(), r.id(), "replied", null, facts(r.number(), r.channel(), c.status(), r.intake()));
  }

  /** The complainant rates the handling once the case is closed. */
  public void rate(OrganizationId org, String receipt, int score, String comment, String address) {
    Row r = byReceipt(org, receipt, address);
    CaseKey key = key(r);
    Complaint c = restore(r, key);
    c.rate(new Satisfaction(score, comment));
    save(r, key, c);
    repository.event(r.id(), now(), COMPLAINANT, "RATED", null, null);
    audit(COMPLAINANT, r.organizationId(), r.id(), "rated", null, "{\"score\":" + score + "}");
  }

  private Row byReceipt(OrganizationId org, String receipt, String address) {
    if (!lookups.tryAcquire(org == null ? TrackingLimits.UNNAMED : org.toString(), address)) throw new SubmissionRefusedException();
    String code = Receipts.normalize(receipt);
    if (code == null) throw new NotFoundException("complaint.receipt.unknown");
    byte[] salt = receiptSalt != null ? receiptSalt : repository.existingReceiptSalt().orElse(null);
    if (salt == null) throw new NotFoundException("complaint.receipt.unknown"); // no receipt was ever issued
    UUID id = repository.caseOfReceipt(Receipts.hash(code, salt)).orElseThrow(() -> new NotFoundException("complaint.receipt.unknown"));
    Row r = repository.find(id).orElseThrow();
    // the same answer as an unknown receipt: a page of one organization confirms nothing of another's cases
    if (org != null && !org.value().equals(r.organizationId())) throw new NotFoundException("complaint.receipt.unknown");
    return r;
  }

  /**
   * The submission limit is checked before the attachments are read (PDF and DOCX cleaning is the costly
   * part), and refused files count against the address so that broken files cannot be sent for ever.
   */
  private List<MetadataStripper.Cleaned> cleanWithinLimits(UUID org, List<Upload> uploads, String address) {
    if (!limits.wouldAllow(org.toString(), address)) throw new SubmissionRefusedException();
    try {
      return clean(uploads);
    } catch (RuleViolation e) {
      limits.charge(address);
      throw e;
    }
  }

  // ---- officers ------------------------------------------------------------------------------

  /**
   * The cases of the channels the officer is assigned to that pass the filter: newest first, or by due
   * date for the deadline filters. Corruption cases are listed without their subject, so that each
   * reading of one is a recorded view of the case.
   */
  @Transactional(readOnly = true)
  public CaseList list(CurrentUser user, OrganizationId orgId, CaseFilter filter, int page) {
    OrganizationScope scope = organizations.scopeOf(orgId);
    user.require(Permission.HANDLE_COMPLAINT, scope);
    CaseFilter f = filter == null ? CaseFilter.ALL : filter;
    Set<Channel> channels = repository.assignedChannels(orgId.value(), user.userId());
    int p = Math.max(1, page);
    List<CaseSummary> rows = new ArrayList<>();
    LocalDate today = today();
    for (Row r : repository.list(orgId.value(), channels, f, today, PAGE_SIZE, (p - 1) * PAGE_SIZE)) {
      String subject = r.channel() == Channel.CORRUPTION ? null : JSON.readValue(key(r).open(r.sealedContent()), CaseContent.class).subject();
      rows.add(new CaseSummary(r.id(), r.number(), r.channel(), r.intake(), r.category(), subject, r.receivedOn(), r.dueOn(),
          r.status(), Deadline.state(r.dueOn(), r.answeredOn(), today, Deadline.DEFAULT.warningDays())));
    }
    int total = repository.count(orgId.value(), channels, f, today);
    return new CaseList(rows, total, p, PAGE_SIZE, channels, f, repository.count(orgId.value(), channels, CaseFilter.DUE_SOON, today),
        repository.count(orgId.value(), channels, CaseFilter.OVERDUE, today), notices(user, orgId, channels));
  }

  /** How long the other officers of the corruption channel see that someone new was assigned to it. */
  static final int NOTICE_DAYS = 30;

  private List<Views.AssignmentNotice> notices(CurrentUser user, OrganizationId orgId, Set<Channel> channels) {
    if (!channels.contains(Channel.CORRUPTION)) return List.of();
    return repository.assignmentsSince(orgId.value(), now().minus(NOTICE_DAYS, ChronoUnit.DAYS)).stream()
        .filter(a -> a.channel() == Channel.CORRUPTION && !a.accountId().equals(user.userId()))
        .map(a -> new Views.AssignmentNotice(a.channel(), accountLookup.find(a.accountId()).map(x -> x.displayName() + " (" + x.username() + ")")
            .orElse("-"), a.by(), a.at()))
        .toList();
  }

  /** The officer's own address for reminders and notices (set by the officer: see V41). */
  @Transactional(readOnly = true)
  public Optional<String> officerMail(CurrentUser user, OrganizationId orgId) {
    user.require(Permission.HANDLE_COMPLAINT, organizations.scopeOf(orgId));
    return repository.officerMail(user.userId());
  }

  /** Sets or (blank) removes the officer's own address for reminders. */
  public void setOfficerMail(CurrentUser user, OrganizationId orgId, String address) {
    user.require(Permission.HANDLE_COMPLAINT, organizations.scopeOf(orgId));
    String a = address == null ? "" : address.strip();
    if (!a.isEmpty() && !ComplaintMail.isAddress(a)) throw RuleViolation.field("address", "complaint.mail.invalid");
    repository.saveOfficerMail(user.userId(), a.isEmpty() ? null : a);
    audit(user.username(), orgId.value(), user.userId().toString(), "complaint-officer-mail", a.isEmpty() ? "removed" : "set", null, null);
  }

  /** Whether a mail server is configured: the pages say so when reminders cannot be sent. */
  public boolean mailConfigured() {
    return mail.configured();
  }

  /** A case for its officers; every view of a corruption case is recorded in its history. */
  public CaseView view(CurrentUser user, UUID caseId) {
    Row r = officerRow(user, caseId);
    if (r.channel() == Channel.CORRUPTION) repository.event(r.id(), now(), user.username(), "VIEWED", null, null);
    return caseView(r);
  }

  /** The identity of an identified complainant, on an explicit step that is recorded in the history and the audit trail. */
  public Identity reveal(CurrentUser user, UUID caseId) {
    Row r = officerRow(user, caseId);
    if (r.sealedIdentity() == null) throw new RuleViolation("complaint.identity.anonymous");
    Identity identity = JSON.readValue(key(r).open(r.sealedIdentity()), Identity.class);
    repository.event(r.id(), now(), user.username(), "IDENTITY_REVEALED", null, null);
    audit(user.username(), r.organizationId(), r.id(), "identity-revealed", null, facts(r.number(), r.channel(), r.status(), r.intake()));
    return identity;
  }

  public CaseView act(CurrentUser user, UUID caseId, Action a) {
    Row r = officerRow(user, caseId);
    CaseKey key = key(r);
    Complaint c = restore(r, key);
    Status before = c.status();
    if (a.kind() == null) throw RuleViolation.field("action", "complaint.action.unknown");
    LocalDate on = a.on() == null ? today() : a.on();
    if (on.isAfter(today())) throw RuleViolation.field("on", "complaint.date.future");
    switch (a.kind()) {
      case ACCEPT -> c.accept(on);
      case NOT_IN_SCOPE -> c.rejectAsNotInScope(a.text(), on);
      case INVESTIGATE -> c.startInvestigation(on);
      case RESULT -> c.recordResult(a.text(), on);
      case FORWARD -> c.forward(new Forwarding(a.body(), a.bodyName(), on, a.reference()));
      case CLOSE -> c.close(on);
      case EXPLAIN_DELAY -> c.explainDelay(a.text());
    }
    save(r, key, c);
    boolean moved = c.status() != before;
    repository.event(r.id(), now(), user.username(), a.kind().name(), moved ? c.status() : null, moved ? on : null);
    audit(user.username(), r.organizationId(), r.id(), a.kind().name().toLowerCase().replace('_', '-'),
        facts(r.number(), r.channel(), before, r.intake()), facts(r.number(), r.channel(), c.status(), r.intake()));
    tellComplainant(r, key);
    if (moved && c.status() == Status.CLOSED) {
      events.publishEvent(new ComplaintClosed(new OrganizationId(r.organizationId()), r.number().year().value(), r.channel(), on));
    }
    return caseView(repository.find(caseId).orElseThrow());
  }

  /** A message to the complainant, read with the receipt; a complainant who asked for updates is mailed that there is news. */
  public void message(CurrentUser user, UUID caseId, String text) {
    Row r = officerRow(user, caseId);
    CaseKey key = key(r);
    Complaint c = restore(r, key);
    Instant now = now();
    addMessage(r, key, c, new Message(Message.Author.OFFICER, text, now));
    repository.event(r.id(), now, user.username(), "MESSAGE", null, null);
    audit(user.username(), r.organizationId(), r.id(), "message", null, facts(r.number(), r.channel(), c.status(), r.intake()));
    tellComplainant(r, key);
  }

  /**
   * Mails a complainant who gave an e-mail address and asked for updates that their case has news, to be
   * read on the tracking page with the receipt. The mail holds neither the content nor the receipt, nor
   * the channel: an inbox read by someone else must not tell that its owner reported corruption.
   */
  private void tellComplainant(Row r, CaseKey key) {
    if (!r.wantsUpdates() || r.sealedIdentity() == null || !mail.configured()) return;
    Identity who = JSON.readValue(key.open(r.sealedIdentity()), Identity.class);
    if (!who.wantsUpdates() || !ComplaintMail.isAddress(who.contact())) return;
    Organization org = lookup.find(new OrganizationId(r.organizationId())).orElseThrow();
    String link = mail.link("/o/" + org.code() + "/complaints/track");
    if (mail.send(who.contact(), mail.text("complaint.mail.update.subject", org.name()),
        mail.text("complaint.mail.update.body", org.name(), link.isEmpty() ? mail.text("complaint.mail.update.page") : link))) {
      repository.event(r.id(), now(), "system", "COMPLAINANT_NOTIFIED", null, null);
    }
  }

  /** An attachment's cleaned content (its metadata stripped on upload), for the case's officers. */
  public FileContent attachment(CurrentUser user, UUID attachmentId) {
    StoredAttachment a = repository.attachment(attachmentId).orElseThrow(() -> new NotFoundException("complaint.file.not-found"));
    Row r = officerRow(user, a.caseId());
    CaseKey key = key(r);
    repository.event(r.id(), now(), user.username(), "FILE_DOWNLOADED", null, null);
    return new FileContent(key.openText(a.sealedName()), MetadataStripper.Kind.valueOf(a.kind()).mediaType(), files.read(key, a.id()));
  }

  // ---- set-up --------------------------------------------------------------------------------

  /** The channels' settings, with whether each still has an officer who counts (see {@link #publicChannel}). */
  @Transactional(readOnly = true)
  public List<Views.ChannelState> channels(CurrentUser user, OrganizationId orgId) {
    user.require(Permission.MANAGE_COMPLAINTS, organizations.scopeOf(orgId));
    return repository.channels(orgId.value()).values().stream().map(s -> {
      List<UserAccount> staffed = staffedOfficers(orgId.value(), s);
      List<String> inactive = s.officers().stream().map(accountLookup::find).flatMap(Optional::stream).filter(a -> !counts(a, orgId.value()))
          .map(a -> a.displayName() + " (" + a.username() + ")").toList();
      return new Views.ChannelState(s.channel(), s.open(), s.deadlineDays(), s.officers(), !staffed.isEmpty(), inactive);
    }).toList();
  }

  /** The organization's members who hold the complaint officer role: those a channel may be assigned to. */
  @Transactional(readOnly = true)
  public List<UserAccount> officerCandidates(CurrentUser user, OrganizationId orgId) {
    user.require(Permission.MANAGE_COMPLAINTS, organizations.scopeOf(orgId));
    return accountLookup.holding(orgId, Role.COMPLAINT_OFFICER).stream().filter(UserAccount::enabled).toList();
  }

  /**
   * Sets a channel up; it opens to the public only with at least one assigned officer who counts. Each
   * new officer of the corruption channel is audited, and the channel's other officers are told (on
   * their case list and, with a mail server, by mail): a new officer reads every past case, and the
   * administrator who assigns may be the person a report is about.
   */
  public void configure(CurrentUser user, OrganizationId orgId, ChannelSetup setup) {
    OrganizationScope scope = organizations.scopeOf(orgId);
    user.require(Permission.MANAGE_COMPLAINTS, scope);
    new Deadline(setup.deadlineDays(), 0); // refuses a handling time out of range
    Map<UUID, UserAccount> allowed = new java.util.HashMap<>();
    accountLookup.holding(orgId, Role.COMPLAINT_OFFICER).forEach(a -> allowed.put(a.id(), a));
    List<UUID> officers = setup.officers() == null ? List.of() : setup.officers().stream().distinct().toList();
    if (!allowed.keySet().containsAll(officers)) throw RuleViolation.field("officers", "complaint.setup.not-officer");
    if (setup.open() && officers.stream().noneMatch(id -> counts(allowed.get(id), orgId.value())))
      throw RuleViolation.field("open", "complaint.setup.no-officer");
    ChannelSettings before = repository.channels(orgId.value()).get(setup.channel());
    ChannelSettings after = new ChannelSettings(setup.channel(), setup.open(), setup.deadlineDays(), officers);
    Instant now = now();
    repository.saveChannel(orgId.value(), after, now, user.username());
    audit(user.username(), orgId.value(), setup.channel().name(), "complaint-channel", "channel", setupJson(before), setupJson(after));
    if (setup.channel() != Channel.CORRUPTION) return;
    // those assigned before, kept or not: an administrator who replaces them by someone cannot do it unseen
    List<UserAccount> others = staffedOfficers(orgId.value(), before);
    for (UUID id : officers) {
      if (before.officers().contains(id)) continue;
      UserAccount added = allowed.get(id);
      audit(user.username(), orgId.value(), setup.channel().name(), "complaint-channel", "officer-assigned", null,
          JSON.writeValueAsString(Map.of("channel", setup.channel().name(), "officer", added.username())));
      tellOfficers(orgId, others.stream().filter(o -> !o.id().equals(id)).toList(), added, user, now);
    }
  }

  private void tellOfficers(OrganizationId orgId, List<UserAccount> officers, UserAccount added, CurrentUser by, Instant at) {
    if (officers.isEmpty() || !mail.configured()) return;
    Organization org = lookup.find(orgId).orElseThrow();
    String subject = mail.text("complaint.mail.assigned.subject", org.name());
    String body = mail.text("complaint.mail.assigned.body", org.name(), added.displayName() + " (" + added.username() + ")",
        by.displayName() + " (" + by.username() + ")", ThaiDates.longDate(LocalDate.ofInstant(at, ThaiDates.BANGKOK)));
    for (UserAccount o : officers) repository.officerMail(o.id()).ifPresent(to -> mail.send(to, subject, body));
  }

  // ---- statistics ----------------------------------------------------------------------------

  /** The year, its halves, quarters and months: public figures (no content), for the public page, the officers and the reports. */
  @Transactional(readOnly = true)
  public List<ComplaintStatistics> statistics(OrganizationId orgId, FiscalYear year) {
    return ComplaintStatistics.yearInDetail(year, repository.facts(orgId.value(), year.firstDay(), year.lastDay()));
  }

  /** The same figures, for a signed-in reader of the organization (the officers' page and API). */
  @Transactional(readOnly = true)
  public List<ComplaintStatistics> statistics(CurrentUser user, OrganizationId orgId, FiscalYear year) {
    user.require(Permission.READ, organizations.scopeOf(orgId));
    return statistics(orgId, year);
  }

  // ---- key rotation --------------------------------------------------------------------------

  /** Re-wraps every case key wrapped by {@code previous} with the current installation key; the sealed data stays as it is. */
  int rewrapKeysOf(InstallationKey previous) {
    int n = 0;
    for (ComplaintRepository.WrappedKey k : repository.keysWrappedBy(previous.id())) {
      repository.rewrap(k.caseId(), installationKey.id(), CaseKey.rewrap(k.wrapped(), k.caseId(), previous, installationKey));
      n++;
    }
    return n;
  }

  // ---- internals -----------------------------------------------------------------------------

  private Row officerRow(CurrentUser user, UUID caseId) {
    Row r = repository.find(caseId).orElseThrow(() -> new NotFoundException("complaint.not-found"));
    requireOfficer(user, organizations.scopeOf(new OrganizationId(r.organizationId())), r.channel());
    return r;
  }

  private void requireOfficer(CurrentUser user, OrganizationScope scope, Channel channel) {
    user.require(Permission.HANDLE_COMPLAINT, scope);
    if (!repository.assignedChannels(scope.organizationId(), user.userId()).contains(channel))
      throw new AccessRefusedException(Permission.HANDLE_COMPLAINT);
  }

  private CaseView caseView(Row r) {
    CaseKey key = key(r);
    Complaint c = restore(r, key);
    List<AttachmentView> attachments = repository.attachments(r.id()).stream()
        .map(a -> new AttachmentView(a.id(), key.openText(a.sealedName()), a.kind(), a.size(), a.author(), a.at())).toList();
    List<HistoryEntry> history = repository.events(r.id()).stream()
        .map(e -> new HistoryEntry(e.at(), e.actor(), e.action(), e.toStatus(), e.onDate())).toList();
    Set<Status> next = c.status().next().isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(c.status().next());
    return new CaseView(r.id(), r.organizationId(), r.number(), r.channel(), r.intake(), r.category(), r.receivedOn(), r.dueOn(),
        c.status(), c.deadlineState(today(), Deadline.DEFAULT.warningDays()), r.anonymous(),
        JSON.readValue(key.open(r.sealedContent()), CaseContent.class), c.reason(), c.result(), c.delayExplanation(), c.forwarding(),
        c.satisfaction(), messages(r, key), attachments, history, next);
  }

  /** The case's domain object, rebuilt from its stored steps so that its rules decide what may happen next. */
  private Complaint restore(Row r, CaseKey key) {
    Outcome o = r.sealedOutcome() == null ? Outcome.NONE : JSON.readValue(key.open(r.sealedOutcome()), Outcome.class);
    Complaint c = new Complaint(r.id(), r.organizationId(), r.number(), r.channel(), r.intake(), r.category(), r.receivedOn(),
        Deadline.ofDays((int) ChronoUnit.DAYS.between(r.receivedOn(), r.dueOn())));
    if (!o.delayExplanation().isEmpty()) c.explainDelay(o.delayExplanation());
    for (ComplaintRepository.Event e : repository.events(r.id())) {
      if (e.toStatus() == null || e.toStatus() == Status.RECEIVED) continue;
      switch (e.toStatus()) {
        case ACCEPTED -> c.accept(e.onDate());
        case NOT_IN_SCOPE -> c.rejectAsNotInScope(o.reason(), e.onDate());
        case UNDER_INVESTIGATION -> c.startInvestigation(e.onDate());
        case RESULT -> c.recordResult(o.result(), e.onDate());
        case FORWARDED -> c.forward(o.forwarding());
        case CLOSED -> c.close(e.onDate());
        default -> throw new IllegalStateException("unexpected step " + e.toStatus());
      }
    }
    if (o.score() > 0) c.rate(new Satisfaction(o.score(), o.comment()));
    return c;
  }

  private void save(Row r, CaseKey key, Complaint c) {
    repository.updateState(r.id(), c.status(), c.answeredOn(), c.satisfaction() == null ? 0 : c.satisfaction().score(),
        key.seal(json(Outcome.of(c))));
  }

  private void addMessage(Row r, CaseKey key, Complaint c, Message m) {
    c.addMessage(m);
    repository.insertMessage(r.id(), new StoredMessage(UUID.randomUUID(), m.author(), m.at(), key.seal(m.text())));
  }

  private List<MessageView> messages(Row r, CaseKey key) {
    return repository.messages(r.id()).stream().map(m -> new MessageView(m.author(), key.openText(m.sealedText()), m.at())).toList();
  }

  private void store(CaseKey key, UUID caseId, MetadataStripper.Cleaned f, Message.Author author, Instant at, String name) {
    UUID id = UUID.randomUUID();
    files.write(key, id, f.content());
    repository.insertAttachment(new StoredAttachment(id, caseId, author, at, f.kind().name(), f.content().length, key.seal(name)));
  }

  /** Files are named by their order and kind only: a complainant's own file name may identify them. */
  private static String numberedName(MetadataStripper.Cleaned f, int index) {
    return "file-" + (index + 1) + "." + f.kind().extension();
  }

  private static List<MetadataStripper.Cleaned> clean(List<Upload> uploads) {
    List<Upload> present = uploads == null ? List.of() : uploads.stream().filter(u -> u != null && !u.empty()).toList();
    if (present.size() > MAX_FILES) throw RuleViolation.field("files", "complaint.file.too-many", MAX_FILES);
    long total = 0;
    for (Upload u : present) {
      if (u.content().length > MAX_FILE_BYTES) throw RuleViolation.field("files", "complaint.file.too-large", MAX_FILE_BYTES / (1024 * 1024));
      total += u.content().length;
    }
    if (total > MAX_TOTAL_BYTES) throw RuleViolation.field("files", "complaint.file.total-too-large", MAX_TOTAL_BYTES / (1024 * 1024));
    List<MetadataStripper.Cleaned> out = new ArrayList<>();
    for (Upload u : present) out.add(MetadataStripper.clean(u.fileName(), u.content()));
    return out;
  }

  private static void requireValid(Submission s) {
    Map<String, String> problems = s.problems();
    if (!problems.isEmpty()) {
      var first = problems.entrySet().iterator().next();
      throw RuleViolation.field(first.getKey(), first.getValue());
    }
  }

  private CaseKey key(Row r) {
    if (!r.keyId().equals(installationKey.id())) throw new IllegalStateException("case key wrapped by key " + r.keyId() + ", not the installed one");
    return CaseKey.unwrap(r.wrappedKey(), installationKey, r.id());
  }

  private byte[] salt() {
    byte[] s = receiptSalt;
    if (s == null) receiptSalt = s = repository.receiptSalt(Receipts.newSalt());
    return s;
  }

  private void audit(String actor, UUID org, UUID caseId, String action, String before, String after) {
    events.publishEvent(new AuditEvent(actor, org, "complaint", caseId.toString(), action, before, after));
  }

  private void audit(String actor, UUID org, String entityId, String entityType, String action, String before, String after) {
    events.publishEvent(new AuditEvent(actor, org, entityType, entityId, action, before, after));
  }

  /** The facts of a case an audit entry may carry: no content, no identity. */
  private static String facts(CaseNumber number, Channel channel, Status status, IntakeChannel intake) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("number", number.toString());
    m.put("channel", channel.name());
    m.put("status", status.name());
    m.put("intake", intake.name());
    return JSON.writeValueAsString(m);
  }

  private static String setupJson(ChannelSettings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("channel", s.channel().name());
    m.put("open", s.open());
    m.put("deadlineDays", s.deadlineDays());
    m.put("officers", s.officers().stream().map(UUID::toString).sorted().toList());
    return JSON.writeValueAsString(m);
  }

  private static byte[] json(Object o) {
    return JSON.writeValueAsString(o).getBytes(StandardCharsets.UTF_8);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ThaiDates.BANGKOK));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
