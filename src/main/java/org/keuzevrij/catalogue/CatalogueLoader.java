package org.keuzevrij.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a catalogue folder and checks all of it: readable JSON, schema, id equal to file name,
 * duplicate ids and cross-references. It never stops at the first problem, so an editor sees
 * everything wrong in one run.
 */
public final class CatalogueLoader {

  private static final String JSON = DocumentFiles.JSON;

  private final DocumentRules rules;

  public CatalogueLoader() {
    this(SchemaValidator.catalogue());
  }

  public CatalogueLoader(SchemaValidator schemas) {
    this.rules = new DocumentRules(schemas);
  }

  public LoadResult load(Path root) {
    List<Problem> problems = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      problems.add(
          new Problem(root.toString(), "", "catalogue folder does not exist or is not a folder"));
      return new LoadResult(null, problems);
    }
    Map<Kind, SortedMap<String, Entity>> entities = new EnumMap<>(Kind.class);
    ObjectReader reader = CanonicalJson.MAPPER.reader();
    for (Kind kind : Kind.values()) {
      entities.put(kind, readKind(reader, root, kind, problems));
    }
    problems.addAll(new CrossReferences(entities).check());
    return new LoadResult(
        problems.isEmpty() ? new Catalogue(entities) : null, List.copyOf(problems));
  }

  private SortedMap<String, Entity> readKind(
      ObjectReader reader, Path root, Kind kind, List<Problem> problems) {
    SortedMap<String, Entity> byId = new TreeMap<>();
    Map<String, String> fileOfId = new HashMap<>();
    Path folder = root.resolve(kind.folder());
    if (!Files.isDirectory(folder)) {
      return byId;
    }
    // Reading, parsing and checking a file against its schema needs no other file, and is most of
    // the work: files are
    // read in parallel, then taken in name order, so problems come in the same order every time.
    List<Read> reads =
        list(folder, kind, problems).parallelStream()
            .map(path -> read(reader, kind, path))
            .toList();
    for (Read read : reads) {
      problems.addAll(read.problems());
      read.entity()
          .ifPresent(
              entity -> {
                if (DocumentFiles.claimUnique(entity.id(), read.file(), fileOfId, problems)) {
                  byId.put(entity.id(), entity);
                }
              });
    }
    return byId;
  }

  /** One file as read and checked on its own. */
  private record Read(String file, List<Problem> problems, Optional<Entity> entity) {}

  private Read read(ObjectReader reader, Kind kind, Path path) {
    String file = kind.folder() + "/" + path.getFileName();
    String name = path.getFileName().toString();
    List<Problem> problems = new ArrayList<>();
    if (Files.isDirectory(path)) {
      problems.add(
          new Problem(
              file,
              "",
              "unexpected folder; only <id>.json files belong in " + kind.folder() + "/"));
      return new Read(file, problems, Optional.empty());
    }
    if (!name.endsWith(JSON)) {
      problems.add(
          new Problem(
              file, "", "not a .json file; only <id>.json files belong in " + kind.folder() + "/"));
      return new Read(file, problems, Optional.empty());
    }
    JsonNode json = DocumentFiles.parse(reader, path, file, problems);
    if (json == null) {
      return new Read(file, problems, Optional.empty());
    }
    DocumentRules.Checked checked =
        rules.check(kind, file, name.substring(0, name.length() - JSON.length()), json);
    problems.addAll(checked.problems());
    return new Read(file, problems, checked.entity());
  }

  /**
   * Hidden files are skipped: editors' swap files, and the temporary files a write goes through
   * before its rename.
   */
  private static List<Path> list(Path folder, Kind kind, List<Problem> problems) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      problems.add(new Problem(kind.folder(), "", "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }
}
