package org.keuzevrij.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Durable, atomic file writes")
class DurableFilesTest {

  @TempDir Path folder;

  @Test
  @DisplayName("a write replaces the file whole and leaves no temporary file behind")
  void replacesWhole() throws IOException {
    Path file = folder.resolve("sub/a.json");
    DurableFiles.write(file, "one\n".getBytes(StandardCharsets.UTF_8));
    DurableFiles.write(file, "two\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("two\n", Files.readString(file));
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  @DisplayName(
      "catalogue files are readable by all (or keep their permissions); private files by their owner only")
  void permissions() throws IOException {
    Path shared = folder.resolve("shared.json");
    DurableFiles.write(shared, new byte[] {1});
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
    DurableFiles.write(shared, new byte[] {2});
    assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
    Path secret = folder.resolve("users.json");
    DurableFiles.writePrivate(secret, new byte[] {3});
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
  }

  @Test
  @DisplayName("leftover temporary files are removed; other hidden files and real files stay")
  void leftovers() throws IOException {
    Path leftover = Files.writeString(folder.resolve(".a.json.123.tmp"), "half");
    Path real = Files.writeString(folder.resolve("a.json"), "{}");
    Path swap = Files.writeString(folder.resolve(".a.json.swp"), "editor");
    assertEquals(List.of(leftover), DurableFiles.removeLeftovers(folder));
    assertFalse(Files.exists(leftover));
    assertTrue(Files.exists(real));
    assertTrue(Files.exists(swap));
  }

  @Test
  @DisplayName("deleting is durable and says whether there was something to delete")
  void deletes() throws IOException {
    Path file = Files.writeString(folder.resolve("a.json"), "{}");
    assertTrue(DurableFiles.delete(file));
    assertFalse(DurableFiles.delete(file));
  }
}
