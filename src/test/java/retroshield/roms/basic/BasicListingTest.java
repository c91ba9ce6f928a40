package retroshield.roms.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A listing of more than 30 KB pasted in one go (RTS flow control must hold the sender back
 * while lines are stored) and LISTed back byte for byte identical.
 */
class BasicListingTest {

    static String listing(int minBytes) {
        Random random = new Random(1977);
        String[] templates = {
            "PRINT \"%s\";A;B1;TAB(%d);\"%s\"",
            "FOR I=1 TO %d STEP 2:A=A+I*%d:NEXT I",
            "IF A>%d THEN B1=B1-1:GOTO %d",
            "GOSUB %d:REM %s",
            "DATA %d,\"%s\",-%d.5",
            "X$=LEFT$(\"%s\",%d)+MID$(\"%s\",2)",
            "ON A GOTO %d,%d,%d",
            "C(%d)=SQR(ABS(A-%d))/(1+B1*B1)",
            "REM  %s  %s",
        };
        StringBuilder out = new StringBuilder();
        int line = 10;
        while (out.length() < minBytes) {
            String t = templates[random.nextInt(templates.length)];
            String body = format(t, random);
            out.append(line).append(' ').append(body).append("\r\n");
            line += 10;
        }
        return out.toString();
    }

    private static String format(String template, Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char k = template.charAt(++i);
                b.append(k == 'd' ? String.valueOf(1 + random.nextInt(60)) : words(random));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String words(Random random) {
        String[] w = {"HELLO", "WORLD", "THE QUICK", "BROWN", "FOX, JUMPS", "OVER", "LAZY DOGS", "12345", "A-B"};
        return w[random.nextInt(w.length)] + " " + w[random.nextInt(w.length)];
    }

    @Test
    void pastedListingOf30KbListsBackIdentical() throws Exception {
        BasicSession basic = BasicSession.boot();
        String text = listing(30 * 1024);
        assertTrue(text.length() >= 30 * 1024);
        basic.type(text.replace("\r\n", "\r"));
        String lastLine = text.substring(text.lastIndexOf("\r\n", text.length() - 3) + 2);
        String echo = basic.expect(lastLine);
        assertEquals(text, echo, "the echo of the pasted text");
        String listed = basic.list("LIST");
        assertEquals(text, listed);
        String free = basic.run("PRINT FRE(0)");
        assertTrue(Integer.parseInt(free.trim()) > 0, free);
    }
}
