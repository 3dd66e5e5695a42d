package org.sujarit.oversight;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.ComplaintClosed;
import org.sujarit.complaint.ComplaintReceived;
import org.sujarit.monitoring.ProgressRecordAccepted;
import org.sujarit.monitoring.ProgressRecordReturned;
import org.sujarit.monitoring.ProgressRecordSubmitted;
import org.sujarit.monitoring.RoundAcknowledged;
import org.sujarit.organization.OrganizationRegistered;
import org.sujarit.oversight.readmodel.OversightReadModel;
import org.sujarit.plan.PlanAmended;
import org.sujarit.plan.PlanApproved;
import org.sujarit.plan.PlanDrafted;
import org.sujarit.plan.PlanPublished;
import org.sujarit.plan.PlanReturned;
import org.sujarit.plan.PlanSubmitted;
import org.sujarit.risk.NoGiftAnnouncementSigned;
import org.sujarit.risk.RiskAssessmentApproved;

/**
 * Refreshes the organization an event concerns, after its transaction committed (figures lag by
 * seconds): plans count by status from their first draft, records count as reported once submitted;
 * complaints when received and closed, risk assessments once approved (drafts show after a rebuild), No Gift
 * announcements once signed.
 */
@Component
class OversightListeners {
  private final OversightReadModel model;

  OversightListeners(OversightReadModel model) {
    this.model = model;
  }

  @ApplicationModuleListener
  void on(OrganizationRegistered e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(PlanApproved e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(PlanPublished e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(PlanAmended e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(ProgressRecordAccepted e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(RoundAcknowledged e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(PlanDrafted e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(PlanSubmitted e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(PlanReturned e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(ProgressRecordSubmitted e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(ProgressRecordReturned e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(ComplaintReceived e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(ComplaintClosed e) {
    model.refresh(e.organizationId().value());
  }

  @ApplicationModuleListener
  void on(RiskAssessmentApproved e) {
    model.refresh(e.organizationId().value());
  }

  /** The announcement counts, and is the OIT evidence of No Gift, from the day it is dated (which may be ahead). */
  @ApplicationModuleListener
  void on(NoGiftAnnouncementSigned e) {
    model.refresh(e.organizationId().value());
  }
}
