package org.sujarit.importer.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.sujarit.importer.pipeline.ImportException;
import org.sujarit.importer.pipeline.ImportException.Reason;
import org.sujarit.importer.pipeline.ImportLimits;
import org.sujarit.importer.model.Findings;
import org.sujarit.importer.model.SourceDocument;

/**
 * A PDF into the same lines and rows the other readers make. Words come with their positions; the
 * ruling lines a table is drawn with give its cells, so a cell wrapped over several lines, a cell
 * merged over rows (its text goes to its first row, the rows below get an empty cell, as in DOCX) or
 * over columns comes out whole. Text outside ruled tables becomes lines by baseline, and a line
 * whose words stand apart in three or more columns a row, as in {@code pdftotext -layout} text.
 * Each page is read within the time and operator limits, so a PDF bomb stops early.
 */
public final class PdfSourceReader {
  /** A page with fewer letters than this has no text layer worth reading (a scan). */
  private static final int MIN_LETTERS = 40;
  /** Rulings closer than this (points) are one line; a cell's text must lie this far inside. */
  private static final float SNAP = 2f;

  private PdfSourceReader() {}

  /** A word and where it stands, top-left origin, y down. */
  record Word(String text, float x0, float x1, float top, float bottom, float size) {
    float middleY() {
      return (top + bottom) / 2;
    }
  }

  /** A ruling: horizontal when y0 == y1, vertical when x0 == x1 (top-left origin). */
  record Rule(float x0, float y0, float x1, float y1) {
    boolean horizontal() {
      return Math.abs(y1 - y0) < SNAP;
    }
  }

  public static SourceDocument read(byte[] bytes, ImportLimits limits, Findings findings) {
    long deadline = System.nanoTime() + limits.maxPdfMillis() * 1_000_000L;
    try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxPdfMemoryBytes()).streamCache)) {
      int pages = doc.getNumberOfPages();
      if (pages == 0) throw new ImportException(Reason.BAD_PDF);
      if (pages > limits.maxPdfPages()) {
        throw new ImportException(Reason.PDF_TOO_LONG, Reason.PDF_TOO_LONG.message() + " (ไม่เกิน " + limits.maxPdfPages() + " หน้า)", null);
      }
      Budget budget = new Budget(deadline, limits.maxPdfOperators());
      LineCleaner cleaner = new LineCleaner(findings);
      int[] number = {0};
      int letters = 0;
      for (int i = 0; i < pages && number[0] < limits.maxLines(); i++) {
        PDPage page = doc.getPage(i);
        List<Word> words = words(doc, i + 1, budget);
        for (Word w : words) letters += letterCount(w.text());
        new PageLayout(words, rules(page, budget), page.getCropBox().getHeight()).emit(cleaner, number);
      }
      if (letters < MIN_LETTERS * Math.min(pages, 3)) throw new ImportException(Reason.SCANNED_PDF);
      return new SourceDocument(cleaner.lines());
    } catch (InvalidPasswordException e) {
      throw new ImportException(Reason.ENCRYPTED_PDF, Reason.ENCRYPTED_PDF.message(), e);
    } catch (ImportException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new ImportException(Reason.BAD_PDF, Reason.BAD_PDF.message(), e);
    } catch (OutOfMemoryError e) {
      throw new ImportException(Reason.PDF_BOMB, Reason.PDF_BOMB.message(), null);
    }
  }

  private static int letterCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) n++;
    }
    return n;
  }

  /** Time and content-stream operators left for the whole document. */
  static final class Budget {
    private final long deadline;
    private long operators;

    Budget(long deadline, long operators) {
      this.deadline = deadline;
      this.operators = operators;
    }

    void spend() {
      if (--operators < 0 || (operators & 1023) == 0 && System.nanoTime() > deadline) {
        throw new ImportException(Reason.PDF_BOMB);
      }
    }
  }

  private static List<Word> words(PDDocument doc, int page, Budget budget) throws IOException {
    List<Word> out = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.spend();
        super.processOperator(operator, operands);
      }

      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) return;
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = 0;
        for (TextPosition p : positions) {
          x0 = Math.min(x0, p.getXDirAdj());
          x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
          bottom = Math.max(bottom, p.getYDirAdj());
          top = Math.min(top, p.getYDirAdj() - Math.max(p.getHeightDir(), 1f));
          size = Math.max(size, p.getFontSizeInPt());
        }
        out.add(new Word(PdfText.fix(text), x0, x1, top, bottom, size > 0 ? size : bottom - top));
      }
    };
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.setSuppressDuplicateOverlappingText(true);
    stripper.getText(doc);
    return out;
  }

  /** The straight lines and thin rectangles a page draws: a table's rulings. */
  private static List<Rule> rules(PDPage page, Budget budget) throws IOException {
    PDRectangle box = page.getCropBox();
    float height = box.getHeight() + box.getLowerLeftY();
    float left = box.getLowerLeftX();
    List<Rule> out = new ArrayList<>();
    List<float[]> path = new ArrayList<>();
    PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
      private Point2D current = new Point2D.Float();

      @Override
      protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        budget.spend();
        super.processOperator(operator, operands);
      }

      @Override
      public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(p0.getX(), p2.getX());
        float x1 = (float) Math.max(p0.getX(), p2.getX());
        float y0 = (float) Math.min(p0.getY(), p2.getY());
        float y1 = (float) Math.max(p0.getY(), p2.getY());
        if (y1 - y0 < SNAP) path.add(new float[] {x0, y0, x1, y0});
        else if (x1 - x0 < SNAP) path.add(new float[] {x0, y0, x0, y1});
        else {
          path.add(new float[] {x0, y0, x1, y0});
          path.add(new float[] {x0, y1, x1, y1});
          path.add(new float[] {x0, y0, x0, y1});
          path.add(new float[] {x1, y0, x1, y1});
        }
        current = p0;
      }

      @Override
      public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
      }

      @Override
      public void lineTo(float x, float y) {
        path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
        current = new Point2D.Float(x, y);
      }

      @Override
      public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
      }

      @Override
      public Point2D getCurrentPoint() {
        return current;
      }

      @Override
      public void closePath() {}

      @Override
      public void endPath() {
        path.clear();
      }

      @Override
      public void strokePath() {
        flush();
      }

      @Override
      public void fillPath(int windingRule) {
        flush();
      }

      @Override
      public void fillAndStrokePath(int windingRule) {
        flush();
      }

      private void flush() {
        for (float[] s : path) {
          float ax = s[0] - left;
          float ay = height - s[1];
          float bx = s[2] - left;
          float by = height - s[3];
          if (Math.abs(ay - by) < SNAP && Math.abs(ax - bx) >= SNAP) {
            out.add(new Rule(Math.min(ax, bx), ay, Math.max(ax, bx), ay));
          } else if (Math.abs(ax - bx) < SNAP && Math.abs(ay - by) >= SNAP) {
            out.add(new Rule(ax, Math.min(ay, by), ax, Math.max(ay, by)));
          }
        }
        path.clear();
      }

      @Override
      public void drawImage(PDImage pdImage) {}

      @Override
      public void clip(int windingRule) {}

      @Override
      public void shadingFill(COSName shadingName) {}

      @Override
      public void showTextString(byte[] string) {}

      @Override
      public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {}
    };
    engine.processPage(page);
    out.sort(Comparator.comparingDouble(Rule::y0).thenComparingDouble(Rule::x0));
    return out;
  }
}
