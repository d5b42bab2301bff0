package org.keuzevrij.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes and deletes files so that a crash or power cut at any moment leaves either the old or the
 * new content, never a mix: the bytes go to a hidden temporary file in the same folder, are forced
 * to disk, renamed over the target in one atomic step, and the folder itself is forced so the
 * rename survives too.
 */
public final class DurableFiles {

  /**
   * Temporary files start with a dot, which every reader of these folders skips, and end with this
   * suffix.
   */
  public static final String TEMP_SUFFIX = ".tmp";

  private DurableFiles() {}

  /**
   * Readable by all, like a file made by hand or by git; an existing file keeps the permissions it
   * has.
   */
  private static final String SHARED = "rw-r--r--";

  /** For secrets such as password hashes: readable by the app's own user only. */
  private static final String PRIVATE = "rw-------";

  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, bytes, SHARED);
  }

  /** Like {@link #write(Path, byte[])}, for files only the app's own user may read. */
  public static void writePrivate(Path target, byte[] bytes) throws IOException {
    write(target, bytes, PRIVATE);
  }

  private static void write(Path target, byte[] bytes, String permissions) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    boolean newFolder = !Files.isDirectory(folder);
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", TEMP_SUFFIX);
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      setPermissions(temp, target, permissions);
      // On POSIX systems an atomic move is rename(2), which replaces the target in one step.
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    syncFolder(folder);
    if (newFolder) {
      syncFolder(folder.getParent());
    }
  }

  /**
   * A temporary file is private to its owner; the file it becomes gets the target's permissions, or
   * the given ones.
   */
  private static void setPermissions(Path temp, Path target, String permissions)
      throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> wanted =
        PRIVATE.equals(permissions) || !Files.exists(target)
            ? PosixFilePermissions.fromString(permissions)
            : Files.getPosixFilePermissions(target);
    Files.setPosixFilePermissions(temp, wanted);
  }

  /** Deletes {@code target} durably; false when there was nothing to delete. */
  public static boolean delete(Path target) throws IOException {
    try {
      Files.delete(target);
    } catch (NoSuchFileException e) {
      return false;
    }
    syncFolder(target.toAbsolutePath().getParent());
    return true;
  }

  /**
   * Removes the temporary files a killed writer left behind in {@code folder}; the files they were
   * meant to replace are intact, since a rename is the only step that changes them. Returns the
   * files removed.
   */
  public static List<Path> removeLeftovers(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> leftovers;
    try (Stream<Path> files = Files.list(folder)) {
      leftovers = files.filter(DurableFiles::isTemporary).toList();
    }
    for (Path leftover : leftovers) {
      Files.deleteIfExists(leftover);
    }
    if (!leftovers.isEmpty()) {
      syncFolder(folder);
    }
    return leftovers;
  }

  public static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
  }

  /**
   * Makes a rename or delete in {@code folder} durable; opening a folder for reading and forcing it
   * works on Linux.
   */
  public static void syncFolder(Path folder) throws IOException {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a folder as a channel; there the rename is as durable
      // as it gets.
      if (!System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
        throw e;
      }
    }
  }
}
