package retroshield.rom;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Typed access to one JSON object of a metadata file, with errors that name the file and the
 * field path ({@code roms/mint.json: serial.chip: ...}).
 */
final class JsonFields {

    private static final Logger LOG = LoggerFactory.getLogger(JsonFields.class);

    private final String fileLabel;
    private final String path;
    private final JsonObject object;

    JsonFields(String fileLabel, String path, JsonObject object) {
        this.fileLabel = fileLabel;
        this.path = path;
        this.object = object;
    }

    /** Logs a warning for every field not in {@code known} (most likely a typo). */
    void warnUnknown(Set<String> known) {
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                LOG.warn("{}: {}: unknown field ignored", fileLabel, fieldPath(key));
            }
        }
    }

    boolean has(String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    RomFormatException error(String key, String message) {
        return new RomFormatException(fileLabel + ": " + fieldPath(key) + ": " + message);
    }

    /** An error about this object as a whole (e.g. one element of an array). */
    RomFormatException selfError(String message) {
        return new RomFormatException(fileLabel + ": " + path + ": " + message);
    }

    String fieldPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A string field; {@code fallback} when absent. */
    String string(String key, String fallback) throws RomFormatException {
        if (!has(key)) {
            return fallback;
        }
        JsonElement element = object.get(key);
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw error(key, "expected a string, found " + describe(element));
        }
        return element.getAsString();
    }

    String requiredString(String key) throws RomFormatException {
        String value = string(key, null);
        if (value == null) {
            throw error(key, "missing (a string is required)");
        }
        return value;
    }

    boolean bool(String key, boolean fallback) throws RomFormatException {
        if (!has(key)) {
            return fallback;
        }
        JsonElement element = object.get(key);
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
            throw error(key, "expected true or false, found " + describe(element));
        }
        return element.getAsBoolean();
    }

    /**
     * A number given as a JSON integer or as a string "0x1F", "$1F" or "31", checked against
     * [min, max]; {@code fallback} when absent.
     */
    long number(String key, long fallback, long min, long max) throws RomFormatException {
        if (!has(key)) {
            return fallback;
        }
        long value = parseNumber(key, object.get(key));
        if (value < min || value > max) {
            throw error(key, object.get(key) + " is out of range, expected " + range(min, max));
        }
        return value;
    }

    long requiredNumber(String key, long min, long max) throws RomFormatException {
        if (!has(key)) {
            throw error(key, "missing (a number is required)");
        }
        return number(key, 0, min, max);
    }

    /** One of the given words (compared without case); {@code fallback} when absent. */
    String choice(String key, String fallback, String... allowed) throws RomFormatException {
        String value = string(key, null);
        if (value == null) {
            return fallback;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.trim())) {
                return candidate;
            }
        }
        throw error(key, "unknown value \"" + value + "\", expected " + String.join(" or ", allowed));
    }

    JsonFields object(String key) throws RomFormatException {
        if (!has(key)) {
            return null;
        }
        JsonElement element = object.get(key);
        if (!element.isJsonObject()) {
            throw error(key, "expected an object { ... }, found " + describe(element));
        }
        return new JsonFields(fileLabel, fieldPath(key), element.getAsJsonObject());
    }

    JsonArray array(String key) throws RomFormatException {
        if (!has(key)) {
            return null;
        }
        JsonElement element = object.get(key);
        if (!element.isJsonArray()) {
            throw error(key, "expected an array [ ... ], found " + describe(element));
        }
        return element.getAsJsonArray();
    }

    /** The element at {@code index} of an array field, as an object. */
    JsonFields arrayObject(String key, JsonArray array, int index) throws RomFormatException {
        JsonElement element = array.get(index);
        String elementPath = fieldPath(key) + "[" + index + "]";
        if (!element.isJsonObject()) {
            throw new RomFormatException(fileLabel + ": " + elementPath
                    + ": expected an object { ... }, found " + describe(element));
        }
        return new JsonFields(fileLabel, elementPath, element.getAsJsonObject());
    }

    private long parseNumber(String key, JsonElement element) throws RomFormatException {
        if (element.isJsonPrimitive()) {
            JsonPrimitive primitive = element.getAsJsonPrimitive();
            if (primitive.isNumber()) {
                java.math.BigDecimal d;
                try {
                    d = primitive.getAsBigDecimal();
                } catch (NumberFormatException e) {
                    throw error(key, "expected a whole number, found " + primitive);
                }
                if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                    throw error(key, "expected a whole number, found " + primitive);
                }
                if (d.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                    throw error(key, primitive + " is far too large");
                }
                return d.longValueExact();
            }
            if (primitive.isString()) {
                Long parsed = parseNumberText(primitive.getAsString());
                if (parsed == null) {
                    throw error(key, "\"" + primitive.getAsString()
                            + "\" is not a number, expected e.g. 4096, \"0x1000\", \"$1000\" or \"4096\"");
                }
                return parsed;
            }
        }
        throw error(key, "expected a number, found " + describe(element));
    }

    /** "0x1F", "$1F", "31" (and "1Fh") as a number, or null. */
    static Long parseNumberText(String text) {
        return NumberText.parse(text);
    }

    private static String range(long min, long max) {
        if (max == 0xFFFF) {
            return String.format("$%04X..$%04X", min, max);
        }
        if (max == 0xFF) {
            return String.format("%d..%d ($%02X..$%02X)", min, max, min, max);
        }
        return min + ".." + max;
    }

    static String describe(JsonElement element) {
        if (element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = element.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return "the boolean " + p;
        }
        if (p.isNumber()) {
            return "the number " + p;
        }
        return "the string " + p;
    }
}
