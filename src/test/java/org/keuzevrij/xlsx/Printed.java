package org.keuzevrij.xlsx;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A workbook as LibreOffice prints it: converted headless to PDF and read back with PDFBox, word by
 * word with each word's box. Without LibreOffice the calling test is skipped on a developer's
 * machine and fails when {@code CI=true}, like the browser tests.
 */
public final class Printed {

  private static final List<Path> SOFFICE =
      List.of(Path.of("/usr/bin/soffice"), Path.of("/usr/local/bin/soffice"));

  /** One printed word: its text, page (from 1), box in points from the top left, font size. */
  public record Word(
      String text, int page, float left, float top, float right, float bottom, float size) {

    /** True when the boxes share more than a hair (half a point) in both directions. */
    boolean overlaps(Word other) {
      float width = Math.min(right, other.right) - Math.max(left, other.left);
      float height = Math.min(bottom, other.bottom) - Math.max(top, other.top);
      return width > 0.5f && height > 0.5f;
    }
  }

  private final int pages;
  private final List<Word> words;
  private final List<String> pageTexts;

  private Printed(int pages, List<Word> words, List<String> pageTexts) {
    this.pages = pages;
    this.words = words;
    this.pageTexts = pageTexts;
  }

  public int pages() {
    return pages;
  }

  public List<Word> words() {
    return words;
  }

  /** The text of page {@code page} (from 1), as PDFBox extracts it. */
  public String pageText(int page) {
    return pageTexts.get(page - 1);
  }

  /** Pairs of words on the same page whose boxes overlap: text printed over text. */
  public List<Word[]> overlaps() {
    List<Word[]> pairs = new ArrayList<>();
    for (int page = 1; page <= pages; page++) {
      int p = page;
      List<Word> on = words.stream().filter(w -> w.page() == p).toList();
      for (int i = 0; i < on.size(); i++) {
        for (int j = i + 1; j < on.size(); j++) {
          if (on.get(i).overlaps(on.get(j))) {
            pairs.add(new Word[] {on.get(i), on.get(j)});
          }
        }
      }
    }
    return pairs;
  }

  /** The smallest font size any word is printed in. */
  public float smallestFont() {
    return (float) words.stream().mapToDouble(Word::size).min().orElse(0);
  }

  /**
   * The pages of sheet {@code name}: those whose page header (their first line) ends with it, as
   * {@link PageSetup} puts each sheet's name on the header's right.
   */
  public int pagesOf(String name) {
    int count = 0;
    for (int page = 1; page <= pages; page++) {
      if (pageText(page).lines().findFirst().orElse("").strip().endsWith(name)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Prints the figures and the first overlapping pairs, for the issue notes, and fails unless every
   * page carries {@code header}. Returns the overlapping pairs.
   */
  public List<Word[]> report(String name, String header) {
    List<Word[]> overlaps = overlaps();
    System.out.printf(
        "%s: %d pages, %d overlapping word pairs, smallest font %.1f pt%n",
        name, pages(), overlaps.size(), smallestFont());
    String last = null;
    for (int page = 1; page <= pages(); page++) {
      String first = pageText(page).lines().findFirst().orElse("").strip();
      if (!first.equals(last)) {
        System.out.println("  from page " + page + ": " + first);
        last = first;
      }
    }
    overlaps.stream()
        .limit(10)
        .forEach(pair -> System.out.println("  overlap: " + pair[0] + " / " + pair[1]));
    for (int page = 1; page <= pages(); page++) {
      assertTrue(pageText(page).contains(header), "page " + page + " has no header");
    }
    return overlaps;
  }

  /** LibreOffice's setting "recalculation on file load" for Excel files: always (0). */
  private static final String ALWAYS_RECALCULATE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
          + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
          + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
          + "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
          + "</oor:items>\n";

  /** Why LibreOffice cannot print here, or empty when it can. */
  public static Optional<String> missing() {
    return soffice().isPresent()
        ? Optional.empty()
        : Optional.of("Print tests need LibreOffice (apt-get install libreoffice-calc-nogui)");
  }

  /** Skips the calling test without LibreOffice, or fails it when {@code CI=true}. */
  public static void assumeAvailable() {
    Optional<String> missing = missing();
    if (missing.isPresent() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(missing.get() + "; CI=true, so this is a failure, not a skip");
    }
    assumeTrue(missing.isEmpty(), missing.orElse(""));
  }

  /**
   * Prints {@code xlsx} to PDF with LibreOffice headless in {@code dir}, using a fresh profile so
   * that parallel runs do not share one, and reads the PDF back.
   */
  public static Printed print(byte[] xlsx, Path dir, String name) {
    return print(xlsx, dir, name, false);
  }

  /**
   * As {@link #print(byte[], Path, String)}; with {@code recalculate}, LibreOffice first computes
   * every formula itself instead of printing the values cached in the file, as it does when someone
   * edits a cell.
   */
  public static Printed print(byte[] xlsx, Path dir, String name, boolean recalculate) {
    try {
      Path input = dir.resolve(name + ".xlsx");
      Files.write(input, xlsx);
      Path profile = Files.createTempDirectory("lo-" + UUID.randomUUID());
      if (recalculate) {
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), ALWAYS_RECALCULATE);
      }
      try {
        Process process =
            new ProcessBuilder(
                    soffice().orElseThrow().toString(),
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    dir.toString(),
                    input.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError("LibreOffice did not convert " + name + " within 5 minutes");
        }
        Path pdf = dir.resolve(name + ".pdf");
        if (process.exitValue() != 0 || !Files.exists(pdf)) {
          throw new AssertionError(
              "LibreOffice could not convert "
                  + name
                  + ": "
                  + Files.readString(dir.resolve(name + ".log")));
        }
        return read(pdf);
      } finally {
        deleteQuietly(profile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Reads a PDF's words with their boxes, page by page. */
  public static Printed read(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<Word> words = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              List<TextPosition> word = new ArrayList<>();
              for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                  add(word);
                  continue;
                }
                if (!word.isEmpty() && !follows(word.get(word.size() - 1), position)) {
                  add(word);
                }
                word.add(position);
              }
              add(word);
              super.writeString(text, positions);
            }

            /**
             * Whether {@code next} continues the word on the same line, right after {@code last}.
             */
            private boolean follows(TextPosition last, TextPosition next) {
              float gap = next.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
              return Math.abs(next.getYDirAdj() - last.getYDirAdj()) < 1
                  && gap > -1
                  && gap < next.getFontSizeInPt() * 0.2f;
            }

            private void add(List<TextPosition> word) {
              if (word.isEmpty()) {
                return;
              }
              StringBuilder text = new StringBuilder();
              float left = Float.MAX_VALUE;
              float top = Float.MAX_VALUE;
              float right = -Float.MAX_VALUE;
              float bottom = -Float.MAX_VALUE;
              float size = Float.MAX_VALUE;
              for (TextPosition p : word) {
                text.append(p.getUnicode());
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
                // getFontSizeInPt() is truncated to whole points (7.9 pt reads as 7); the text
                // rendering matrix's vertical scale is the size as printed.
                size = Math.min(size, Math.round(p.getYScale() * 10) / 10f);
              }
              words.add(
                  new Word(text.toString(), getCurrentPageNo(), left, top, right, bottom, size));
              word.clear();
            }
          };
      List<String> texts = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        texts.add(stripper.getText(document));
      }
      return new Printed(document.getNumberOfPages(), words, texts);
    }
  }

  private static Optional<Path> soffice() {
    return SOFFICE.stream().filter(Files::isExecutable).findFirst();
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover profile in /tmp does no harm
    }
  }
}
