/* token.c - keywords to one-byte tokens and back (LIST). Keywords are recognised in
 * upper or lower case and without spaces around them, as Microsoft BASIC does; text in
 * quotes, after REM and after DATA (to the next ':') is kept as typed. Other letters
 * are stored in upper case. */
#include <string.h>
#include "basic.h"
#pragma opt_code_size   /* off the speed-critical paths: smaller code */

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
            while (tok == T_GOTO && *q == ' ') {
                q++;    /* "GO TO" is GOTO, as in Microsoft's */
            }
        }
        while (!(*k & 0x80)) {
            k++;
        }
        k++;
        tok++;
    }
    return 0;
}

/* num_token is in fast.s */

static const char *lit_src;

/* Stores v as a number token at d; returns the byte after it. */
uint8_t *put_num_token(uint8_t *d, uint16_t v)
{
    uint8_t len = v < 64 ? 1 : v < 4096 ? 2 : 3;
    *d++ = len;
    if (len == 3) {
        *d++ = 0x40 | (uint8_t)(v >> 12);
    }
    if (len >= 2) {
        *d++ = 0x40 | ((uint8_t)(v >> 6) & 0x3F);
    }
    *d++ = 0x40 | ((uint8_t)v & 0x3F);
    return d;
}

/* A number literal at lit_src, stored at d (room for 6 more bytes is guaranteed by
 * the caller; a long literal stops at `end`): whole numbers in canonical form become a
 * token (see basic.h), anything else is copied as typed. Advances lit_src. */
static uint8_t *number_literal(uint8_t *d, uint8_t *end)
{
    const char *p = lit_src;
    uint16_t v = 0;
    uint8_t plain = 1;
    char c;
    while ((c = *p) >= '0' && c <= '9') {
        if (v > 6553 || (v == 6553 && c > '5')) {
            plain = 0;
        }
        v = (v << 3) + (v << 1) + (c - '0');
        p++;
    }
    if (c == '.' || c == 'E' || c == 'e' || (lit_src[0] == '0' && p - lit_src > 1)) {
        plain = 0;
    } else {
        const char *q = p;
        while (*q == ' ') {
            q++;
        }
        if (q != p && ((*q >= '0' && *q <= '9') || *q == '.')) {
            plain = 0;
        }
    }
    if (plain) {
        lit_src = p;
        return put_num_token(d, v);
    }
    p = lit_src;
    for (;;) {
        const char *q = p;
        while (*q == ' ') {
            q++;
        }
        /* spaces inside a number belong to it, as Microsoft's parser skips them */
        if (!((*q >= '0' && *q <= '9') || *q == '.') || d + (q - p) >= end) {
            break;
        }
        while (p <= q) {
            *d++ = *p++;
        }
    }
    if ((*p == 'E' || *p == 'e')
            && ((p[1] >= '0' && p[1] <= '9') || ((p[1] == '-' || p[1] == '+') && p[2] >= '0' && p[2] <= '9'))) {
        *d++ = 'E';
        p++;
        if (*p == '-' || *p == '+') {
            *d++ = *p++;
        }
        while (*p >= '0' && *p <= '9' && d < end) {
            *d++ = *p++;
        }
    }
    lit_src = p;
    return d;
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
        if (n < 244 && ((c >= '0' && c <= '9') || (c == '.' && src[1] >= '0' && src[1] <= '9'))) {
            lit_src = src;
            n = (uint8_t)(number_literal(dst + n, dst + 250) - dst);
            src = lit_src;
            continue;
        }
        if (c == '&' && (src[1] == 'H' || src[1] == 'h')) {
            dst[n++] = '&';
            dst[n++] = 'H';
            src += 2;
            while ((*src >= '0' && *src <= '9') || (upper(*src) >= 'A' && upper(*src) <= 'F')) {
                dst[n++] = upper(*src++);
            }
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
        if ((c >= 'A' && c <= 'Z') || c == '$') {
            while (c != '$' && *src >= '0' && *src <= '9') {
                dst[n++] = *src++;
            }
            /* Microsoft's reader skips spaces between a variable name and its subscript:
             * B (2) is an element; the spaces are dropped here */
            {
                const char *q = src;
                while (*q == ' ') {
                    q++;
                }
                if (*q == '(') {
                    src = q;
                }
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
        if (c >= T_NUM6 && c <= T_NUM16 && !quote) {
            p--;
            out_str(format_number((float)num_token(&p)) + 1);
        } else if (c >= 0x80 && !quote && c < T_LAST) {
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
