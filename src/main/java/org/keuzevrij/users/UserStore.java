package org.keuzevrij.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.keuzevrij.catalogue.CanonicalJson;
import org.keuzevrij.storage.DurableFiles;
import org.keuzevrij.users.UserStoreException.Reason;
import org.keuzevrij.web.Digest;
import org.keuzevrij.web.access.Identity;
import org.keuzevrij.web.access.Role;

/**
 * The embedded user store: {@code users.json} in the data folder, holding each user's role, PBKDF2
 * password hash and hashed API tokens; never a password or token in plain text. The file is written
 * durably and readable by the app's own user only. Changes are written first and take effect in
 * memory only once on disk.
 */
public final class UserStore {

  public static final String FILE = "users.json";
  public static final String FIRST_ADMIN = "admin";
  public static final int MIN_PASSWORD = 12;
  private static final int MAX_PASSWORD = 1024;
  private static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,63}$");
  private static final String TOKEN_PREFIX = "kzv_";

  /**
   * @param generatedPassword the first admin's password when the app made one up; shown once, then
   *     forgotten
   */
  public record Opened(UserStore store, boolean adminCreated, Optional<String> generatedPassword) {}

  /** A token just created: the whole token, shown to the admin once, and what is kept of it. */
  public record NewToken(String token, ApiToken stored) {}

  private final Path file;
  private final PasswordHasher hasher;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private volatile Map<String, User> users;

  private UserStore(Path file, PasswordHasher hasher, Clock clock, Map<String, User> users) {
    this.file = file;
    this.hasher = hasher;
    this.clock = clock;
    this.users = users;
  }

  /**
   * Opens the store in {@code dataFolder}. Without a store file, creates one with the user {@code
   * admin}, whose password is {@code adminPassword} or, when that is empty, a generated one
   * returned for printing once.
   */
  public static Opened open(
      Path dataFolder, PasswordHasher hasher, Clock clock, Optional<String> adminPassword)
      throws IOException {
    Path file = dataFolder.resolve(FILE);
    if (Files.exists(file)) {
      return new Opened(new UserStore(file, hasher, clock, read(file)), false, Optional.empty());
    }
    Optional<String> given = adminPassword.filter(password -> !password.isBlank());
    if (given.isPresent() && given.get().length() < MIN_PASSWORD) {
      throw new IllegalArgumentException(
          "KEUZEVRIJ_ADMIN_PASSWORD must have at least " + MIN_PASSWORD + " characters");
    }
    UserStore store = new UserStore(file, hasher, clock, Map.of());
    String password = given.orElseGet(store::randomPassword);
    Map<String, User> first = new TreeMap<>();
    first.put(FIRST_ADMIN, new User(FIRST_ADMIN, Role.ADMIN, hasher.hash(password), List.of()));
    Files.createDirectories(dataFolder);
    store.save(first);
    return new Opened(store, true, given.isPresent() ? Optional.empty() : Optional.of(password));
  }

  public List<User> all() {
    return List.copyOf(users.values());
  }

  public Optional<User> find(String name) {
    return Optional.ofNullable(name == null ? null : users.get(name));
  }

  /** The user's identity with the role they have now, if they still exist. */
  public Optional<Identity> identity(String name) {
    return find(name).map(user -> new Identity(user.name(), user.role()));
  }

  /**
   * Checks a password; slow on purpose, and as slow for a name that does not exist. Call it off the
   * event loop.
   */
  public Optional<Identity> login(String name, String password) {
    Optional<User> user = find(name);
    if (user.isEmpty() || password == null) {
      hasher.verifyNobody(password == null ? "" : password);
      return Optional.empty();
    }
    return hasher.verify(user.get().passwordHash(), password)
        ? Optional.of(new Identity(user.get().name(), user.get().role()))
        : Optional.empty();
  }

  /** The owner of an API token ({@code kzv_<id>_<secret>}), if the token is one the store holds. */
  public Optional<Identity> byToken(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX)) {
      return Optional.empty();
    }
    int separator = token.indexOf('_', TOKEN_PREFIX.length());
    if (separator < 0) {
      return Optional.empty();
    }
    String id = token.substring(TOKEN_PREFIX.length(), separator);
    byte[] hash = Digest.sha256(token.getBytes(StandardCharsets.UTF_8));
    for (User user : users.values()) {
      for (ApiToken stored : user.tokens()) {
        if (stored.id().equals(id)
            && MessageDigest.isEqual(HexFormat.of().parseHex(stored.hash()), hash)) {
          return Optional.of(new Identity(user.name(), user.role()));
        }
      }
    }
    return Optional.empty();
  }

  /** Adds a user. Hashes the password, so call it off the event loop. */
  public void add(String name, String password, Role role) throws UserStoreException, IOException {
    checkName(name);
    checkPassword(password);
    String hash = hasher.hash(password);
    synchronized (this) {
      if (users.containsKey(name)) {
        throw new UserStoreException(
            Reason.CONFLICT, "name", "There is already a user \"" + name + "\".");
      }
      Map<String, User> changed = new TreeMap<>(users);
      changed.put(name, new User(name, role, hash, List.of()));
      save(changed);
    }
  }

  public synchronized void remove(String name) throws UserStoreException, IOException {
    User user = existing(name);
    keepAnAdmin(user, null);
    Map<String, User> changed = new TreeMap<>(users);
    changed.remove(name);
    save(changed);
  }

  public synchronized void setRole(String name, Role role) throws UserStoreException, IOException {
    User user = existing(name);
    keepAnAdmin(user, role);
    replace(user.withRole(role));
  }

  /** Sets a new password. Hashes it, so call it off the event loop. */
  public void resetPassword(String name, String password) throws UserStoreException, IOException {
    existing(name);
    checkPassword(password);
    String hash = hasher.hash(password);
    synchronized (this) {
      replace(existing(name).withPasswordHash(hash));
    }
  }

  public synchronized NewToken createToken(String name, String label)
      throws UserStoreException, IOException {
    User user = existing(name);
    String text = label == null ? "" : label.strip();
    if (text.isEmpty() || text.length() > 100) {
      throw new UserStoreException(
          Reason.INVALID, "label", "Describe what the token is for in 1 to 100 characters.");
    }
    byte[] idBytes = new byte[6];
    byte[] secret = new byte[32];
    random.nextBytes(idBytes);
    random.nextBytes(secret);
    String id = HexFormat.of().formatHex(idBytes);
    String token =
        TOKEN_PREFIX + id + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    String hash = HexFormat.of().formatHex(Digest.sha256(token.getBytes(StandardCharsets.UTF_8)));
    ApiToken stored = new ApiToken(id, hash, text, clock.instant());
    List<ApiToken> tokens = new ArrayList<>(user.tokens());
    tokens.add(stored);
    replace(user.withTokens(tokens));
    return new NewToken(token, stored);
  }

  public synchronized void revokeToken(String name, String tokenId)
      throws UserStoreException, IOException {
    User user = existing(name);
    List<ApiToken> tokens = new ArrayList<>(user.tokens());
    if (!tokens.removeIf(token -> token.id().equals(tokenId))) {
      throw new UserStoreException(
          Reason.NOT_FOUND, "token", "User \"" + name + "\" has no token \"" + tokenId + "\".");
    }
    replace(user.withTokens(tokens));
  }

  private User existing(String name) throws UserStoreException {
    User user = users.get(name);
    if (user == null) {
      throw new UserStoreException(Reason.NOT_FOUND, "name", "There is no user \"" + name + "\".");
    }
    return user;
  }

  /**
   * Someone must always be able to manage users: the last admin can be neither removed nor demoted.
   */
  private void keepAnAdmin(User user, Role newRole) throws UserStoreException {
    if (user.role() != Role.ADMIN || newRole == Role.ADMIN) {
      return;
    }
    long admins = users.values().stream().filter(u -> u.role() == Role.ADMIN).count();
    if (admins <= 1) {
      throw new UserStoreException(
          Reason.CONFLICT,
          "role",
          "\"" + user.name() + "\" is the last admin; make someone else admin first.");
    }
  }

  private void replace(User user) throws IOException {
    Map<String, User> changed = new TreeMap<>(users);
    changed.put(user.name(), user);
    save(changed);
  }

  private static void checkName(String name) throws UserStoreException {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new UserStoreException(
          Reason.INVALID,
          "name",
          "A user name is 1 to 64 characters: lowercase letters, "
              + "digits, dots, hyphens and underscores, starting with a letter or digit.");
    }
  }

  private static void checkPassword(String password) throws UserStoreException {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
      throw new UserStoreException(
          Reason.INVALID,
          "password",
          "A password has at least "
              + MIN_PASSWORD
              + " and at most "
              + MAX_PASSWORD
              + " characters.");
    }
  }

  private String randomPassword() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private void save(Map<String, User> changed) throws IOException {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ArrayNode list = root.putArray("users");
    for (User user : changed.values()) {
      ObjectNode item =
          list.addObject()
              .put("name", user.name())
              .put("role", user.role().code())
              .put("passwordHash", user.passwordHash());
      ArrayNode tokens = item.putArray("tokens");
      for (ApiToken token : user.tokens()) {
        tokens
            .addObject()
            .put("id", token.id())
            .put("hash", token.hash())
            .put("label", token.label())
            .put("created", token.created().toString());
      }
    }
    DurableFiles.writePrivate(file, CanonicalJson.pretty(root));
    users = Collections.unmodifiableMap(changed);
  }

  private static Map<String, User> read(Path file) throws IOException {
    JsonNode root = CanonicalJson.read(Files.readAllBytes(file));
    Map<String, User> users = new TreeMap<>();
    for (JsonNode item : root.path("users")) {
      String name = item.path("name").asText();
      Role role =
          Role.fromCode(item.path("role").asText())
              .orElseThrow(
                  () ->
                      new IOException(
                          file
                              + ": user \""
                              + name
                              + "\" has an unknown role "
                              + item.path("role")));
      List<ApiToken> tokens = new ArrayList<>();
      for (JsonNode token : item.path("tokens")) {
        tokens.add(
            new ApiToken(
                token.path("id").asText(),
                token.path("hash").asText(),
                token.path("label").asText(),
                Instant.parse(token.path("created").asText())));
      }
      users.put(name, new User(name, role, item.path("passwordHash").asText(null), tokens));
    }
    return Collections.unmodifiableMap(users);
  }
}
