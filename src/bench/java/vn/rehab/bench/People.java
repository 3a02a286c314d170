package vn.rehab.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Synthetic people, reproducible from the seed: person {@code n} always gets the same name, commune
 * ({@link Communes}) and a citizen id unique to {@code n} that fits the birth year and sex (men born 1970-1999; a
 * case opening refuses a second open case of a procedure for one id, so ids never repeat within a run).
 */
final class People {

  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
  private static final String[] GIVEN = {"Văn An", "Văn Bình", "Minh Cường", "Đức Dũng", "Quốc Hùng", "Văn Long"};

  private final long seed;
  private final AtomicLong next;
  private final Communes communes;

  People(long seed, long first, Communes communes) {
    this.seed = seed;
    this.next = new AtomicLong(first);
    this.communes = communes;
  }

  long next() {
    return next.getAndIncrement();
  }

  /** Person {@code n} living in the given demo commune (index into {@link Communes#DEMO}). */
  Map<String, Object> person(long n, int commune) {
    return person(n, Communes.DEMO.get(commune));
  }

  private Map<String, Object> person(long n, Communes.Commune c) {
    Random random = new Random(seed * 31 + n);
    int year = 1970 + (int) ((n / 1_000_000) % 30);
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
    v.put("dateOfBirth", year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
    v.put("sex", "male");
    v.put("citizenId", c.citizenPrefix() + "0" + String.valueOf(year).substring(2) + String.format("%06d", n % 1_000_000));
    v.put("communeCode", c.code());
    v.put("provinceCode", c.province());
    v.put("residenceAddress", "Tổ " + (1 + random.nextInt(20)) + ", khu " + (1 + random.nextInt(9)));
    return v;
  }

  /** Person {@code n} in the commune {@link Communes#of(long)} gives. */
  Map<String, Object> person(long n) {
    return person(n, communes.of(n));
  }
}
