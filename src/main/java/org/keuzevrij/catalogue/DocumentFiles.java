package org.keuzevrij.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The checks every folder of one-document-per-file JSON shares (the catalogue, the clause library):
 * the file reads as JSON, and its id matches the file name and is not taken by another file.
 * Problems are recorded, never thrown.
 */
public final class DocumentFiles {

  public static final String JSON = ".json";

  private DocumentFiles() {}

  /**
   * The document in {@code path}, or null when it cannot be read as JSON (the reason is then in
   * problems).
   */
  public static JsonNode parse(Path path, String file, List<Problem> problems) {
    return parse(CanonicalJson.MAPPER.reader(), path, file, problems);
  }

  /**
   * The same, read with {@code reader}, such as one that shares texts among the documents of a
   * load.
   */
  public static JsonNode parse(
      ObjectReader reader, Path path, String file, List<Problem> problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      problems.add(new Problem(file, "", "cannot read file: " + e.getMessage()));
      return null;
    }
    try {
      JsonNode json = reader.readTree(bytes);
      if (json == null || json.isMissingNode()) {
        problems.add(new Problem(file, "", "file is empty; expected a JSON object"));
        return null;
      }
      return json;
    } catch (JsonProcessingException e) {
      problems.add(
          new Problem(file, "", "not valid JSON: " + e.getOriginalMessage() + locationOf(e)));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(file, "", "cannot read file: " + e.getMessage()));
      return null;
    }
  }

  /**
   * Records the problems with an id read from {@code fileName}: not the file name without {@code
   * .json}, or already used by another file in {@code fileOfId}. False for a duplicate, which the
   * caller must then leave out.
   */
  public static boolean claimId(
      String id,
      String fileName,
      String file,
      Map<String, String> fileOfId,
      List<Problem> problems) {
    checkIdIsFileName(id, fileName.substring(0, fileName.length() - JSON.length()), file, problems);
    return claimUnique(id, file, fileOfId, problems);
  }

  /**
   * Records a problem when {@code id} is not {@code expected}, the file name without {@code .json}.
   */
  public static void checkIdIsFileName(
      String id, String expected, String file, List<Problem> problems) {
    if (!id.equals(expected)) {
      problems.add(
          new Problem(
              file,
              "/id",
              "id \"" + id + "\" does not match the file name; expected \"" + expected + "\""));
    }
  }

  /**
   * Records a problem when another file already uses {@code id}; false then, and the caller must
   * leave it out.
   */
  public static boolean claimUnique(
      String id, String file, Map<String, String> fileOfId, List<Problem> problems) {
    String other = fileOfId.putIfAbsent(id, file);
    if (other != null) {
      problems.add(new Problem(file, "/id", "duplicate id \"" + id + "\", also used by " + other));
      return false;
    }
    return true;
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }
}
