package org.keuzevrij.editing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.catalogue.Kind;
import org.keuzevrij.storage.DurableFiles;

/**
 * The audit trail: one JSON object per line in {@code audit.jsonl} in the data folder, appended and
 * forced to disk for every accepted change. It doubles as a write-ahead log: a change is appended
 * before its file is written, so a crash in between is completed at the next start (see {@code
 * CatalogueRecovery}) and the log and the files always agree. An index of where each entity's lines
 * start is kept in memory, so a history reads only its own lines.
 */
public final class AuditLog implements AutoCloseable {

  public static final String FILE = "audit.jsonl";
  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());
  private static final byte NEWLINE = '\n';

  private record Line(long offset, int length) {}

  private final Path file;
  private final FileChannel channel;
  private final Map<String, List<Line>> index = new HashMap<>();
  private long size;

  /**
   * The last line of the log, for recovery after a crash and for taking back an append whose write
   * failed.
   */
  private Line last;

  private AuditLog(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /**
   * Opens (or creates) the log in {@code dataFolder}. A last line without its newline is an append
   * that a crash cut short; it was never confirmed to anyone, so it is cut off.
   */
  public static AuditLog open(Path dataFolder) throws IOException {
    Files.createDirectories(dataFolder);
    Path file = dataFolder.resolve(FILE);
    boolean created = !Files.exists(file);
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    if (created) {
      DurableFiles.syncFolder(dataFolder);
    }
    AuditLog log = new AuditLog(file, channel);
    try {
      log.scan();
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    return log;
  }

  public Path file() {
    return file;
  }

  /** Appends the entry and forces it to disk before returning. */
  public synchronized void append(AuditEntry entry) throws IOException {
    byte[] json = CanonicalJson.compact(entry.toJson());
    ByteBuffer buffer = ByteBuffer.allocate(json.length + 1).put(json).put(NEWLINE).flip();
    long offset = size;
    while (buffer.hasRemaining()) {
      offset += channel.write(buffer, offset);
    }
    channel.force(false);
    Line line = new Line(size, json.length);
    index.computeIfAbsent(key(entry.kind(), entry.id()), k -> new ArrayList<>()).add(line);
    size = offset;
    last = line;
  }

  /** The last entry in the log, if any. */
  public synchronized Optional<AuditEntry> last() throws IOException {
    return last == null
        ? Optional.empty()
        : Optional.of(AuditEntry.fromJson(CanonicalJson.read(read(last))));
  }

  /**
   * Takes back the entry just appended, when the write it announced failed: the log must not claim
   * a change that is not on disk. Only the last entry can be taken back.
   */
  public synchronized void retract(AuditEntry entry) throws IOException {
    List<Line> lines = index.get(key(entry.kind(), entry.id()));
    if (last == null || lines == null || lines.isEmpty() || lines.get(lines.size() - 1) != last) {
      throw new IllegalStateException("only the entry appended last can be taken back");
    }
    lines.remove(lines.size() - 1);
    channel.truncate(last.offset());
    channel.force(true);
    size = last.offset();
    last = null;
  }

  /** The changes to one entity, newest first. Reads the disk; call it off the event loop. */
  public List<AuditEntry> history(Kind kind, String id) throws IOException {
    List<Line> lines;
    synchronized (this) {
      lines = new ArrayList<>(index.getOrDefault(key(kind, id), List.of()));
    }
    Collections.reverse(lines);
    List<AuditEntry> entries = new ArrayList<>(lines.size());
    for (Line line : lines) {
      entries.add(AuditEntry.fromJson(CanonicalJson.read(read(line))));
    }
    return entries;
  }

  private byte[] read(Line line) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(line.length());
    long position = line.offset();
    while (buffer.hasRemaining()) {
      int read = channel.read(buffer, position);
      if (read < 0) {
        throw new IOException(file + " is shorter than its index: it was changed outside the app");
      }
      position += read;
    }
    return buffer.array();
  }

  /**
   * Builds the index and cuts off a torn last line. Lines that do not parse are logged and left out
   * of histories.
   */
  private void scan() throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == NEWLINE) {
        if (indexLine(bytes, start, i - start)) {
          last = new Line(start, i - start);
        }
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      LOG.warning(
          file
              + ": removing an incomplete last line of "
              + (bytes.length - start)
              + " bytes, left by a write that was cut short");
      channel.truncate(start);
      channel.force(true);
    }
    size = start;
  }

  private boolean indexLine(byte[] bytes, int offset, int length) {
    if (length == 0) {
      return false;
    }
    try {
      JsonNode json = CanonicalJson.MAPPER.readTree(bytes, offset, length);
      Kind kind = Kind.fromFolder(json.path("kind").asText()).orElseThrow();
      index
          .computeIfAbsent(key(kind, json.path("id").asText()), k -> new ArrayList<>())
          .add(new Line(offset, length));
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, file + ": skipping an unreadable line at byte " + offset, e);
      return false;
    }
  }

  private static String key(Kind kind, String id) {
    return kind.folder() + "/" + id;
  }

  @Override
  public synchronized void close() throws IOException {
    channel.close();
  }
}
