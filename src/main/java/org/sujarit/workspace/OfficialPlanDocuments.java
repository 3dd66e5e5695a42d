package org.sujarit.workspace;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.sujarit.account.People;
import org.sujarit.account.lookup.AccountLookup;
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.PlanDocuments;
import org.sujarit.document.RenderOptions;
import org.sujarit.framework.FrameworkCatalog;
import org.sujarit.interchange.PlanInterchange;
import org.sujarit.organization.Organization;
import org.sujarit.plan.Plan;
import org.sujarit.plan.WorkflowStamp;

/**
 * How a plan version becomes its official documents, for the signed-in pages and the public site
 * alike. A version always gives the same document: its issue date is the day it was published (or
 * approved, or created) and it is signed by the executive who approved it.
 */
@Service
public class OfficialPlanDocuments {
  private final AccountLookup accounts;
  private final PlanDocuments documents;

  OfficialPlanDocuments(AccountLookup accounts, FrameworkCatalog frameworks) {
    this.accounts = accounts;
    this.documents = new PlanDocuments(frameworks);
  }

  /** Everything needed to render, read beforehand (access checked by the caller); rendering needs nothing else. */
  public record Rendering(PlanInterchange plan, RenderOptions options, String fileName, DocumentFormat format, PlanDocuments documents) {
    public byte[] render() {
      return documents.render(plan, format, options);
    }
  }

  public Rendering prepare(Plan plan, PlanInterchange data, Organization org, DocumentFormat format, boolean thaiDigits) {
    WorkflowStamp issued = plan.published().or(plan::approved).orElse(plan.created());
    RenderOptions options = RenderOptions.issuedOn(LocalDate.ofInstant(issued.at(), RenderOptions.THAILAND)).withThaiDigits(thaiDigits);
    RenderOptions signed = plan.approved()
        .flatMap(a -> accounts.findByUsername(a.by()))
        .map(a -> options.withSigner(new RenderOptions.Signer(People.personal(a.displayName()), org.executiveTitle())))
        .orElse(options);
    String fileName = "แผนป้องกันการทุจริต-" + plan.period().first() + "-" + plan.period().last() + "-ฉบับที่" + plan.version()
        + (format == DocumentFormat.EPLAN_XLSX ? "-E-PlanNACC" : "") + "." + format.extension();
    return new Rendering(data, signed, fileName, format, documents);
  }
}
