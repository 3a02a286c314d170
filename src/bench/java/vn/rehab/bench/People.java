package vn.rehab.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Synthetic people, reproducible from the seed: person {@code n} always gets the same name, commune and a citizen
 * id unique to {@code n} that fits the birth year and sex (men born 1970-1999; a case opening refuses a second
 * open case of a procedure for one id, so ids never repeat within a run).
 */
final class People {

  /** The demo communes (identity/localities.yaml) and their provinces; the demo users work there. */
  static final List<String[]> COMMUNES = List.of(new String[] {"06658", "22", "022"},
      new String[] {"06700", "22", "022"}, new String[] {"23281", "51", "062"});

  private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
  private static final String[] GIVEN = {"Văn An", "Văn Bình", "Minh Cường", "Đức Dũng", "Quốc Hùng", "Văn Long"};

  private final long seed;
  private final AtomicLong next;

  People(long seed, long first) {
    this.seed = seed;
    this.next = new AtomicLong(first);
  }

  long next() {
    return next.getAndIncrement();
  }

  /** Person {@code n} living in the given commune (index into {@link #COMMUNES}). */
  Map<String, Object> person(long n, int commune) {
    Random random = new Random(seed * 31 + n);
    String[] c = COMMUNES.get(commune);
    int year = 1970 + (int) ((n / 1_000_000) % 30);
    Map<String, Object> v = new HashMap<>();
    v.put("fullName", FAMILY[random.nextInt(FAMILY.length)] + " " + GIVEN[random.nextInt(GIVEN.length)]);
    v.put("dateOfBirth", year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
    v.put("sex", "male");
    v.put("citizenId", c[2] + "0" + String.valueOf(year).substring(2) + String.format("%06d", n % 1_000_000));
    v.put("communeCode", c[0]);
    v.put("provinceCode", c[1]);
    v.put("residenceAddress", "Tổ " + (1 + random.nextInt(20)) + ", khu " + (1 + random.nextInt(9)));
    return v;
  }

  /** Person {@code n} in a commune chosen by {@code n} (spread evenly). */
  Map<String, Object> person(long n) {
    return person(n, (int) (n % COMMUNES.size()));
  }
}
