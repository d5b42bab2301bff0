package org.keuzevrij.checklist.clauses;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.keuzevrij.catalogue.ContentHash;
import org.keuzevrij.catalogue.DocumentFiles;
import org.keuzevrij.catalogue.Problem;
import org.keuzevrij.catalogue.SchemaValidator;

/**
 * Reads a clause library folder, one {@code <ID>.json} per clause, and checks all of it like the
 * catalogue: readable JSON, the schema next to the files, id equal to file name, no duplicate ids,
 * known conditions, templates that compile and use only known facts, and see-also links that lead
 * somewhere. It never stops at the first problem.
 */
public final class ClauseLibraryLoader {

  /**
   * Where the library lives in the source tree, beside the catalogue data it is read with, and,
   * copied by the build, on the classpath. The catalogue loader reads only its kinds' folders, so
   * it never takes this one for a kind.
   */
  public static final String BUNDLED = "catalogue/clauses";

  public static final String SCHEMA = "clause.schema.json";
  private static final String JSON = DocumentFiles.JSON;

  private final SchemaValidator schemas =
      new SchemaValidator("https://keuzevrij.example/clauses/", "classpath:" + BUNDLED + "/");
  private final ClauseTemplates templates = new ClauseTemplates();

  /** The outcome of loading: the library when it is clean, and every problem found. */
  public record Result(ClauseLibrary library, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * The bundled library, for callers that were not given one; a broken bundled library is a build
   * error.
   */
  public static ClauseLibrary bundled() {
    Result result = new ClauseLibraryLoader().loadBundled();
    if (!result.ok()) {
      throw new IllegalStateException(
          "the bundled clause library has problems: " + result.problems());
    }
    return result.library();
  }

  /** The library bundled in the jar (or in target/classes when run from the build). */
  public Result loadBundled() {
    URL url = ClauseLibraryLoader.class.getClassLoader().getResource(BUNDLED + "/" + SCHEMA);
    if (url == null) {
      return new Result(
          null, List.of(new Problem(BUNDLED, "", "the bundled clause library is missing")));
    }
    try {
      URI schema = url.toURI();
      return "jar".equals(url.getProtocol())
          ? loadFromJar(schema)
          : load(Path.of(schema.resolve(".")), BUNDLED);
    } catch (URISyntaxException | IOException e) {
      return new Result(
          null, List.of(new Problem(BUNDLED, "", "cannot read the bundled clause library: " + e)));
    }
  }

  /**
   * The library in {@code folder}, or the bundled one when it is null: what the --clauses option
   * means.
   */
  public Result load(Path folder) {
    return folder == null ? loadBundled() : load(folder, folder.toString());
  }

  /** A library folder; problems name files as {@code <label>/<file>}. */
  public Result load(Path folder, String label) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return new Result(
          null,
          List.of(
              new Problem(label, "", "clause library folder does not exist or is not a folder")));
    }
    SortedMap<String, JsonNode> documents = new TreeMap<>();
    Map<String, Clause> byId = new HashMap<>();
    Map<String, String> fileOfId = new HashMap<>();
    for (Path path : list(folder, label, problems)) {
      String name = path.getFileName().toString();
      String file = label + "/" + name;
      if (Files.isDirectory(path) || !name.endsWith(JSON)) {
        problems.add(
            new Problem(
                file,
                "",
                "unexpected entry; only <ID>.json clause files belong in " + label + "/"));
        continue;
      }
      JsonNode json = DocumentFiles.parse(path, file, problems);
      if (json == null) {
        continue;
      }
      List<Problem> schemaProblems = schemas.validate(SCHEMA, file, json);
      problems.addAll(schemaProblems);
      if (!json.path("id").isTextual()) {
        continue;
      }
      String id = json.get("id").textValue();
      if (!DocumentFiles.claimId(id, name, file, fileOfId, problems)) {
        continue;
      }
      documents.put(id, json);
      if (schemaProblems.isEmpty()) {
        new ClauseReader(file, templates, problems)
            .read(json)
            .ifPresent(clause -> byId.put(id, clause));
      }
    }
    checkSeeAlso(documents, fileOfId, problems);
    if (documents.isEmpty() && problems.isEmpty()) {
      problems.add(new Problem(label, "", "the clause library has no clauses"));
    }
    ClauseLibrary library =
        problems.isEmpty()
            ? new ClauseLibrary(new ArrayList<>(byId.values()), ContentHash.of(documents))
            : null;
    return new Result(library, List.copyOf(problems));
  }

  private static void checkSeeAlso(
      SortedMap<String, JsonNode> documents, Map<String, String> fileOfId, List<Problem> problems) {
    documents.forEach(
        (id, json) -> {
          JsonNode seeAlso = json.path("seeAlso");
          for (int i = 0; i < seeAlso.size(); i++) {
            String other = seeAlso.get(i).asText();
            if (other.equals(id)) {
              problems.add(
                  new Problem(
                      fileOfId.get(id), "/seeAlso/" + i, "a clause cannot refer to itself"));
            } else if (!documents.containsKey(other)) {
              problems.add(
                  new Problem(
                      fileOfId.get(id), "/seeAlso/" + i, "unknown clause \"" + other + "\""));
            }
          }
        });
  }

  private static List<Path> list(Path folder, String label, List<Problem> problems) {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".") && !name.equals(SCHEMA);
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      problems.add(new Problem(label, "", "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private Result loadFromJar(URI uri) throws IOException {
    FileSystem jar;
    boolean opened;
    try {
      jar = FileSystems.newFileSystem(uri, Map.of());
      opened = true;
    } catch (FileSystemAlreadyExistsException e) {
      // Another reader holds the jar open; read through it and leave closing to that reader.
      jar = FileSystems.getFileSystem(uri);
      opened = false;
    }
    try {
      return load(jar.getPath("/" + BUNDLED), BUNDLED);
    } finally {
      if (opened) {
        jar.close();
      }
    }
  }
}
