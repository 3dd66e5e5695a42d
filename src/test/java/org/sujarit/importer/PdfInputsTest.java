package org.sujarit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.sujarit.document.DocumentFormat;
import org.sujarit.document.PlanDocuments;
import org.sujarit.document.RenderOptions;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportLimits;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;
import org.sujarit.importer.pipeline.SourceFormat;
import org.sujarit.interchange.PlanInterchange;

/** PDFs that cannot be read are refused with a Thai message, within the limits, never a crash. */
class PdfInputsTest {
  private final PlanImporter importer = PlanImporter.withBuiltInFrameworks();

  private static byte[] renderedPlan() throws IOException {
    PlanInterchange plan;
    try (InputStream in = PdfInputsTest.class.getResourceAsStream("/importer/clean-plan.txt")) {
      plan = PlanImporter.withBuiltInFrameworks().read("clean-plan.txt", in).plan();
    }
    return new PlanDocuments().render(plan, DocumentFormat.PDF, RenderOptions.issuedOn(LocalDate.of(2025, 10, 1)));
  }

  @Test
  void aPlanPdfIsReadDirectly() throws IOException {
    ImportResult result = importer.read("plan.pdf", renderedPlan());
    assertThat(result.format()).isEqualTo(SourceFormat.PDF);
    assertThat(result.plan().organization().name()).isEqualTo("องค์การบริหารส่วนตำบลทดสอบดี");
  }

  @Test
  void aPasswordProtectedPdfIsRefused() throws IOException {
    byte[] pdf;
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(renderedPlan())) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      pdf = save(doc);
    }
    assertReason(pdf, ImportException.Reason.ENCRYPTED_PDF);
  }

  @Test
  void aPdfOnlyRestrictedByItsOwnerIsRead() throws IOException {
    byte[] pdf;
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(renderedPlan())) {
      doc.protect(new StandardProtectionPolicy("owner", "", new AccessPermission()));
      pdf = save(doc);
    }
    assertThat(importer.read("plan.pdf", pdf).plan().dimensions()).isNotEmpty();
  }

  @Test
  void aScannedPdfIsRefusedSayingSo() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i < 3; i++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        BufferedImage scan = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.drawImage(LosslessFactory.createFromImage(doc, scan), 0, 0, 612, 792);
        }
      }
      pdf = save(doc);
    }
    assertReason(pdf, ImportException.Reason.SCANNED_PDF);
    assertThat(messageOf(pdf)).contains("สแกน");
  }

  @Test
  void aDamagedPdfIsRefused() throws IOException {
    byte[] whole = renderedPlan();
    assertReason(Arrays.copyOf(whole, 600), ImportException.Reason.BAD_PDF);
    assertReason("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(), ImportException.Reason.BAD_PDF);
  }

  /** A page whose content stream inflates to far more drawing than any plan: stopped at the operator limit. */
  @Test
  void aPdfBombStopsAtTheLimits() throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDStream stream = new PDStream(doc);
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] line = "0 0 m 1 1 l S\n".getBytes();
        for (int i = 0; i < 400_000; i++) out.write(line);
      }
      page.setContents(stream);
      pdf = save(doc);
    }
    ImportLimits d = ImportLimits.DEFAULT;
    ImportLimits tight = new ImportLimits(d.maxBytes(), d.maxDocxEntryBytes(), d.minDocxInflateRatio(), d.maxDocxEntries(), d.maxLines(),
        d.maxPdfPages(), d.maxPdfMillis(), 100_000, d.maxPdfMemoryBytes(), d.maxSheetRows());
    PlanImporter bounded = new PlanImporter(org.sujarit.framework.FrameworkCatalog.builtIn(), tight);
    long start = System.nanoTime();
    assertThatThrownBy(() -> bounded.read("bomb.pdf", pdf)).isInstanceOfSatisfying(ImportException.class,
        e -> assertThat(e.reason()).isEqualTo(ImportException.Reason.PDF_BOMB));
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(10_000);
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  private String messageOf(byte[] input) {
    try {
      importer.read("input.pdf", input);
      return "";
    } catch (ImportException e) {
      return e.getMessage();
    }
  }

  private void assertReason(byte[] input, ImportException.Reason reason) {
    assertThatThrownBy(() -> importer.read("input.pdf", input)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.reason()).isEqualTo(reason);
      assertThat(e.getMessage()).containsPattern("[ก-๙]");
    });
  }
}
