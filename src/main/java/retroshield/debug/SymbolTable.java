package retroshield.debug;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names for addresses, and the C source line of code addresses. Immutable once read.
 *
 * <p>Reads, by content (one file may mix them):
 * <ul>
 *   <li>SDCC's NoICE file ({@code .noi}): {@code DEF _main 0x212}</li>
 *   <li>SDCC's linker map ({@code .map}): {@code      00000212  _main    module}</li>
 *   <li>SDCC's debug file ({@code .cdb}): {@code L:C$file.c$12$1_0$4:212} gives a C line</li>
 *   <li>plain lists: {@code NAME = $ADDR}, {@code NAME EQU ADDR}, {@code NAME: EQU 1234h}</li>
 * </ul>
 * The linker's area bounds ({@code s__CODE}, {@code l__DATA}, {@code .__.ABS.}) are left out:
 * they are sizes and section starts, not places a user names. Where several names share an
 * address, {@link #nameAt(int)} prefers one without a leading underscore-less C prefix, i.e.
 * the first one read.
 */
public final class SymbolTable {

    public static final SymbolTable EMPTY = new SymbolTable(Map.of(), new TreeMap<>(), new TreeMap<>());

    private static final Pattern NOI = Pattern.compile("^DEF\\s+(\\S+)\\s+(0[xX][0-9A-Fa-f]+|\\d+)\\s*$");
    private static final Pattern MAP = Pattern.compile("^\\s+([0-9A-Fa-f]{8})\\s+(\\S+)(\\s+\\S+)?\\s*$");
    private static final Pattern ASSIGN = Pattern.compile(
            "^\\s*([A-Za-z_.][\\w.$]*)\\s*(?::\\s*)?(?:=|(?i:equ)\\s)\\s*(\\$[0-9A-Fa-f]+|0[xX][0-9A-Fa-f]+|[0-9][0-9A-Fa-f]*[hH]|\\d+)\\s*(;.*)?$");
    private static final Pattern CDB_LINE = Pattern.compile("^L:C\\$([^$]+)\\$(\\d+)\\$[^:]*:([0-9A-Fa-f]+)\\s*$");

    private final Map<String, Integer> byName;
    private final TreeMap<Integer, String> byAddress;
    private final TreeMap<Integer, SourceLine> lines;

    private SymbolTable(Map<String, Integer> byName, TreeMap<Integer, String> byAddress,
                        TreeMap<Integer, SourceLine> lines) {
        this.byName = byName;
        this.byAddress = byAddress;
        this.lines = lines;
    }

    /** Reads every given file (missing ones are an error); later files add to earlier ones. */
    public static SymbolTable read(List<Path> files) throws IOException {
        Builder b = new Builder();
        for (Path f : files) {
            b.parse(f.toString(), Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        }
        return b.build();
    }

    /** Parses text (for tests and pasted lists); {@code source} names it in messages. */
    public static SymbolTable parse(String source, String text) {
        Builder b = new Builder();
        b.parse(source, List.of(text.split("\\R")));
        return b.build();
    }

    /**
     * The bundled ROM's symbol files beside its image: {@code NAME.noi} (or {@code NAME.map})
     * and {@code NAME.cdb}; an empty table when there are none.
     */
    public static SymbolTable besideImage(Path image) throws IOException {
        if (image == null) {
            return EMPTY;
        }
        String file = image.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        List<Path> found = new ArrayList<>();
        Path noi = image.resolveSibling(base + ".noi");
        Path map = image.resolveSibling(base + ".map");
        Path sym = image.resolveSibling(base + ".sym");
        Path cdb = image.resolveSibling(base + ".cdb");
        if (Files.isRegularFile(noi)) {
            found.add(noi);
        } else if (Files.isRegularFile(map)) {
            found.add(map);
        }
        if (Files.isRegularFile(sym)) {
            found.add(sym);
        }
        if (Files.isRegularFile(cdb)) {
            found.add(cdb);
        }
        return read(found);
    }

    /** The address of {@code name} (exact, else case-insensitive, else with a C underscore added), or null. */
    public Integer addressOf(String name) {
        Integer a = byName.get(name);
        if (a == null) {
            a = byName.get("_" + name);
        }
        if (a == null) {
            for (Map.Entry<String, Integer> e : byName.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name) || e.getKey().equalsIgnoreCase("_" + name)) {
                    return e.getValue();
                }
            }
        }
        return a;
    }

    /** The name at exactly {@code address}, or null. */
    public String nameAt(int address) {
        return byAddress.get(address & 0xFFFF);
    }

    /** {@code name} or {@code name+$12} for the nearest name at or below {@code address} (within 256 bytes), or null. */
    public String describe(int address) {
        Map.Entry<Integer, String> e = byAddress.floorEntry(address & 0xFFFF);
        if (e == null || (address & 0xFFFF) - e.getKey() > 0xFF) {
            return null;
        }
        int offset = (address & 0xFFFF) - e.getKey();
        return offset == 0 ? e.getValue() : e.getValue() + "+$" + Integer.toHexString(offset).toUpperCase(Locale.ROOT);
    }

    /** The address of the nearest name at or below {@code address}, or -1. */
    public int nameStartAtOrBelow(int address) {
        Map.Entry<Integer, String> e = byAddress.floorEntry(address & 0xFFFF);
        return e == null ? -1 : e.getKey();
    }

    /** The C source line whose code contains {@code address}, or null. */
    public SourceLine lineAt(int address) {
        Map.Entry<Integer, SourceLine> e = lines.floorEntry(address & 0xFFFF);
        return e == null || (address & 0xFFFF) - e.getKey() > 0x100 ? null : e.getValue();
    }

    /** The first address of a source line, or null. */
    public Integer addressOfLine(String file, int line) {
        for (Map.Entry<Integer, SourceLine> e : lines.entrySet()) {
            if (e.getValue().line() == line && e.getValue().file().equalsIgnoreCase(file)) {
                return e.getKey();
            }
        }
        return null;
    }

    public int size() {
        return byName.size();
    }

    public int lineCount() {
        return lines.size();
    }

    /** All names, by address. */
    public Map<String, Integer> names() {
        return Collections.unmodifiableMap(byName);
    }

    private static final class Builder {
        private final Map<String, Integer> byName = new HashMap<>();
        private final TreeMap<Integer, String> byAddress = new TreeMap<>();
        private final TreeMap<Integer, SourceLine> lines = new TreeMap<>();

        void parse(String source, List<String> text) {
            int n = 0;
            for (String line : text) {
                n++;
                Matcher m;
                if ((m = NOI.matcher(line)).matches()) {
                    add(m.group(1), Long.decode(m.group(2)), source, n);
                } else if ((m = CDB_LINE.matcher(line)).matches()) {
                    int addr = Integer.parseInt(m.group(3), 16) & 0xFFFF;
                    lines.putIfAbsent(addr, new SourceLine(m.group(1), Integer.parseInt(m.group(2))));
                } else if ((m = ASSIGN.matcher(line)).matches()) {
                    add(m.group(1), number(m.group(2)), source, n);
                } else if ((m = MAP.matcher(line)).matches()) {
                    add(m.group(2), Long.parseLong(m.group(1), 16), source, n);
                }
            }
        }

        private static long number(String t) {
            if (t.startsWith("$")) {
                return Long.parseLong(t.substring(1), 16);
            }
            if (t.endsWith("h") || t.endsWith("H")) {
                return Long.parseLong(t.substring(0, t.length() - 1), 16);
            }
            return Long.decode(t);
        }

        private void add(String name, long value, String source, int line) {
            if (value == 0x10000 && name.startsWith("__")) {
                return;     // an end-of-memory bound such as __stack_top = 65536: no address to name
            }
            if (value < 0 || value > 0xFFFF) {
                throw new IllegalArgumentException(source + ":" + line + ": " + name + " = " + value
                        + " is outside the Z80's 64 KB");
            }
            if (isLinkerBound(name)) {
                return;
            }
            int a = (int) value;
            byName.putIfAbsent(name, a);
            byAddress.merge(a, name, (old, added) -> better(old, added));
        }

        /** Prefers a C function/global name (_x) over an assembler-local or compiler-made one. */
        private static String better(String old, String added) {
            return rank(added) < rank(old) ? added : old;
        }

        private static int rank(String name) {
            if (name.startsWith("__") || name.contains("$")) {
                return 2;
            }
            return name.startsWith("_") || !name.toLowerCase(Locale.ROOT).startsWith("l") ? 0 : 1;
        }

        private static boolean isLinkerBound(String name) {
            return name.startsWith("s__") || name.startsWith("l__") || name.startsWith(".__.")
                    || name.equals(".__.ABS.");
        }

        SymbolTable build() {
            return new SymbolTable(Map.copyOf(byName), new TreeMap<>(byAddress), new TreeMap<>(lines));
        }
    }
}
