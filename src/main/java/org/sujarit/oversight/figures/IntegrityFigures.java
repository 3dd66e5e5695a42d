package org.sujarit.oversight.figures;

import java.math.BigDecimal;

/**
 * Complaints, the corruption-risk assessment and ITA evidence of a group of organizations for a fiscal
 * year: cases received in the year, answered ({@code finished}), closed, and not answered past their due
 * date; organizations with an approved or draft assessment (acknowledged by the executive), their risks
 * and those needing a measure that have none; OIT items of the ITA year and those with published evidence;
 * organizations whose signed No Gift announcement of the year is public ({@code noGiftAnnounced}).
 */
public record IntegrityFigures(int complaintsReceived, int complaintsFinished, int complaintsClosed, int complaintsOverdue,
    int riskApproved, int riskDraft, int riskAcknowledged, int risks, int untreatedRisks, int withUntreatedRisks,
    int itaOrganizations, long itaItems, long itaReady, int noGiftAnnounced) {

  public static final IntegrityFigures EMPTY = new IntegrityFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public IntegrityFigures plus(IntegrityFigures o) {
    return new IntegrityFigures(complaintsReceived + o.complaintsReceived, complaintsFinished + o.complaintsFinished,
        complaintsClosed + o.complaintsClosed, complaintsOverdue + o.complaintsOverdue, riskApproved + o.riskApproved,
        riskDraft + o.riskDraft, riskAcknowledged + o.riskAcknowledged, risks + o.risks, untreatedRisks + o.untreatedRisks,
        withUntreatedRisks + o.withUntreatedRisks, itaOrganizations + o.itaOrganizations, itaItems + o.itaItems, itaReady + o.itaReady,
        noGiftAnnounced + o.noGiftAnnounced);
  }

  /** Percent of the year's complaints answered; null when none was received. */
  public BigDecimal complaintsFinishedShare() {
    return RoundFigures.share(BigDecimal.valueOf(complaintsFinished), BigDecimal.valueOf(complaintsReceived));
  }

  /** Percent of OIT items with published evidence; null without an OIT list for the year. */
  public BigDecimal itaReadyShare() {
    return RoundFigures.share(BigDecimal.valueOf(itaReady), BigDecimal.valueOf(itaItems));
  }
}
