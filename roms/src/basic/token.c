/* token.c - keywords to one-byte tokens and back (LIST). Keywords are recognised in
 * upper or lower case and without spaces around them, as Microsoft BASIC does; text in
 * quotes, after REM and after DATA (to the next ':') is kept as typed. Other letters
 * are stored in upper case. */
#include <string.h>
#include "basic.h"

/* keyword names in token order, each ending with the last character | 0x80 */
static const char keywords[] =
    "EN\xC4" "FO\xD2" "NEX\xD4" "DAT\xC1" "INPU\xD4" "DI\xCD" "REA\xC4" "LE\xD4"
    "GOT\xCF" "RU\xCE" "I\xC6" "RESTOR\xC5" "GOSU\xC2" "RETUR\xCE" "RE\xCD" "STO\xD0"
    "OU\xD4" "O\xCE" "NUL\xCC" "WAI\xD4" "DE\xC6" "POK\xC5" "PRIN\xD4" "CON\xD4"
    "LIS\xD4" "CLEA\xD2" "NE\xD7" "WIDT\xC8" "ELS\xC5" "TRO\xCE" "TROF\xC6" "RENU\xCD"
    "SAV\xC5" "LOA\xC4" "MERG\xC5" "FILE\xD3" "DI\xD2" "KIL\xCC"
    "TAB\xA8" "T\xCF" "F\xCE" "SPC\xA8" "THE\xCE" "NO\xD4" "STE\xD0" "AN\xC4" "O\xD2"
    "SG\xCE" "IN\xD4" "AB\xD3" "US\xD2" "FR\xC5" "IN\xD0" "PO\xD3" "SQ\xD2" "RN\xC4"
    "LO\xC7" "EX\xD0" "CO\xD3" "SI\xCE" "TA\xCE" "AT\xCE" "PEE\xCB" "LE\xCE" "STR\xA4"
    "VA\xCC" "AS\xC3" "CHR\xA4" "LEFT\xA4" "RIGHT\xA4" "MID\xA4" "INST\xD2" "HEX\xA4";

static uint8_t upper(uint8_t c)
{
    return (c >= 'a' && c <= 'z') ? c - 32 : c;
}

const char *keyword_name(uint8_t tok)
{
    const char *k = keywords;
    tok -= 0x80;
    while (tok) {
        while (!(*k & 0x80)) {
            k++;
        }
        k++;
        tok--;
    }
    return k;
}

/* Matches a keyword at s; returns its token and sets *len, or 0. */
static uint8_t match_keyword(const char *s, uint8_t *len)
{
    const char *k = keywords;
    uint8_t tok = 0x80;
    while (tok < T_LAST) {
        const char *q = s;
        for (;;) {
            uint8_t kc = *k & 0x7F;
            if (upper(*q) != kc) {
                break;
            }
            q++;
            if (*k & 0x80) {
                *len = (uint8_t)(q - s);
                return tok;
            }
            k++;
        }
        while (!(*k & 0x80)) {
            k++;
        }
        k++;
        tok++;
    }
    return 0;
}

/* Tokenises the NUL-terminated line src into dst (at most 250 bytes); returns the
 * length including the final 0. */
uint8_t tokenize(const char *src, uint8_t *dst)
{
    uint8_t n = 0, tok, len, in_data = 0;
    uint8_t c;
    while ((c = (uint8_t)*src) != 0 && n < 250) {
        if (c == '"') {
            dst[n++] = *src++;
            while (*src && *src != '"' && n < 250) {
                dst[n++] = *src++;
            }
            if (*src == '"') {
                dst[n++] = *src++;
            }
            continue;
        }
        if (in_data) {
            if (c == ':') {
                in_data = 0;
            }
            dst[n++] = c;
            src++;
            continue;
        }
        if (c == '?') {
            dst[n++] = T_PRINT;
            src++;
            continue;
        }
        if (c >= 'A' && upper(c) <= 'Z' && (tok = match_keyword(src, &len)) != 0) {
            dst[n++] = tok;
            src += len;
            if (tok == T_REM) {
                while (*src && n < 250) {
                    dst[n++] = *src++;
                }
            } else if (tok == T_DATA) {
                in_data = 1;
            }
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c -= 32;
        }
        /* letters of a variable name followed by digits stay one name, as in FOR I1 */
        dst[n++] = c;
        src++;
        if (c >= 'A' && c <= 'Z') {
            while ((*src >= '0' && *src <= '9')) {
                dst[n++] = *src++;
            }
        }
    }
    dst[n++] = 0;
    return n;
}

static void list_keyword(uint8_t tok)
{
    const char *k = keyword_name(tok);
    do {
        out_char(*k & 0x7F);
    } while (!(*k++ & 0x80));
}

void list_line(uint8_t *line)
{
    uint8_t *p = LINE_TEXT(line), c, quote = 0;
    char *s = format_number((float)LINE_NUM(line));
    out_str(s + 1);
    out_char(' ');
    while ((c = *p++) != 0) {
        if (c == '"') {
            quote ^= 1;
        }
        if (c >= 0x80 && !quote && c < T_LAST) {
            list_keyword(c);
            if (c == T_REM) {
                while (*p) {
                    out_char(*p++);
                }
            }
        } else {
            out_char(c);
        }
    }
    out_newline();
}
