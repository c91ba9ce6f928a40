package retroshield.cpu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile a method whose bytecode exceeds 8,000 bytes (HugeMethodLimit),
 * which would leave a decoder interpreted. This reads the compiled class files of the cpu
 * package with a minimal class-file parser and checks every method's code length, with a
 * margin.
 */
class MethodSizeTest {

    /** Half of HotSpot's HugeMethodLimit of 8,000 bytes. */
    private static final int MAX_CODE_BYTES = 4_000;

    record MethodSize(String owner, String name, int codeLength) {
    }

    @Test
    void everyCpuMethodStaysWellUnderTheJitLimit() throws IOException, URISyntaxException {
        Path folder = Path.of(Z80.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("retroshield/cpu");
        assertTrue(Files.isDirectory(folder), "compiled classes expected in " + folder);
        List<MethodSize> sizes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                sizes.addAll(codeLengths(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        assertFalse(sizes.isEmpty());
        sizes.sort(Comparator.comparingInt(MethodSize::codeLength).reversed());
        System.out.println("largest cpu methods (bytecode bytes): " + sizes.subList(0, Math.min(5, sizes.size())));
        assertTrue(sizes.stream().anyMatch(m -> m.name().equals("execMain")), "the decoder was found");
        for (MethodSize m : sizes) {
            assertTrue(m.codeLength() < MAX_CODE_BYTES, m + " is too close to HotSpot's 8,000-byte limit");
        }
    }

    @Test
    void parserMeasuresThisClassToo() throws IOException {
        byte[] bytes;
        try (var in = MethodSizeTest.class.getResourceAsStream("MethodSizeTest.class")) {
            bytes = in.readAllBytes();
        }
        List<MethodSize> sizes = codeLengths("MethodSizeTest.class", bytes);
        assertTrue(sizes.stream().anyMatch(m -> m.name().equals("codeLengths") && m.codeLength() > 50), sizes.toString());
    }

    /** The code length of every method with a Code attribute in one class file. */
    static List<MethodSize> codeLengths(String owner, byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException(owner + ": not a class file (bad magic)");
        }
        in.readUnsignedShort();                                   // minor version
        in.readUnsignedShort();                                   // major version
        int poolCount = in.readUnsignedShort();
        String[] utf8 = new String[poolCount];
        for (int k = 1; k < poolCount; k++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[k] = in.readUTF();                    // Utf8
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // int, float, refs, NameAndType, (Invoke)Dynamic
                case 5, 6 -> {                                      // long, double: two slots
                    in.skipBytes(8);
                    k++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);           // class, string, method type, module, package
                case 15 -> in.skipBytes(3);                         // method handle
                default -> throw new IOException(owner + ": unknown constant pool tag " + tag + " at entry " + k);
            }
        }
        in.skipBytes(6);                                          // access, this, super
        in.skipBytes(2 * in.readUnsignedShort());                 // interfaces
        int fields = in.readUnsignedShort();
        for (int k = 0; k < fields; k++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        List<MethodSize> out = new ArrayList<>();
        int methods = in.readUnsignedShort();
        for (int k = 0; k < methods; k++) {
            in.skipBytes(2);                                      // access flags
            String name = utf8[in.readUnsignedShort()];
            in.skipBytes(2);                                      // descriptor
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("Code".equals(attribute)) {
                    in.skipBytes(4);                              // max stack, max locals
                    int codeLength = in.readInt();
                    out.add(new MethodSize(owner, name, codeLength));
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
        return out;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        for (int k = 0; k < count; k++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
