package org.sujarit.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.sujarit.common.BahtText;

/**
 * How a plan is rendered. The issue date is printed on the cover and the foreword, and also stamped
 * as the files' creation date, so the same plan and options always give the same bytes.
 *
 * @param thaiDigits    Thai digits (๐–๙) everywhere in the text instead of Arabic ones
 * @param amountsInWords also spell out sums stated in running text: "10,000 บาท (หนึ่งหมื่นบาทถ้วน)"
 * @param bahtConvention when a final 1 is read "เอ็ด" in amounts in words
 * @param issueDate     the date of issue (month and B.E. year on the cover)
 * @param signer        who signs the foreword; null: the organization's name stands instead
 */
public record RenderOptions(
    boolean thaiDigits,
    boolean amountsInWords,
    BahtText.Convention bahtConvention,
    LocalDate issueDate,
    Signer signer) {

  /** The one Bangkok zone, {@link org.sujarit.common.ThaiDates#BANGKOK}, under the name callers use. */
  public static final ZoneId THAILAND = org.sujarit.common.ThaiDates.BANGKOK;

  /** The executive who signs, e.g. "นายสมชาย ใจดี", "นายกองค์การบริหารส่วนตำบลบึงปรือ". */
  public record Signer(String name, String position) {
    public Signer {
      Objects.requireNonNull(name, "name");
      position = position == null ? "" : position;
    }
  }

  public RenderOptions {
    Objects.requireNonNull(bahtConvention, "bahtConvention");
    Objects.requireNonNull(issueDate, "issueDate");
  }

  /** Arabic digits, amounts in words, Excel's เอ็ด convention, issued on the given day, unsigned. */
  public static RenderOptions issuedOn(LocalDate issueDate) {
    return new RenderOptions(false, true, BahtText.Convention.EXCEL, issueDate, null);
  }

  /** The defaults, issued today (Thai time). */
  public static RenderOptions defaults() {
    return issuedOn(LocalDate.now(THAILAND));
  }

  public RenderOptions withThaiDigits(boolean thai) {
    return new RenderOptions(thai, amountsInWords, bahtConvention, issueDate, signer);
  }

  public RenderOptions withAmountsInWords(boolean words) {
    return new RenderOptions(thaiDigits, words, bahtConvention, issueDate, signer);
  }

  public RenderOptions withBahtConvention(BahtText.Convention convention) {
    return new RenderOptions(thaiDigits, amountsInWords, convention, issueDate, signer);
  }

  public RenderOptions withIssueDate(LocalDate date) {
    return new RenderOptions(thaiDigits, amountsInWords, bahtConvention, date, signer);
  }

  public RenderOptions withSigner(Signer newSigner) {
    return new RenderOptions(thaiDigits, amountsInWords, bahtConvention, issueDate, newSigner);
  }
}
