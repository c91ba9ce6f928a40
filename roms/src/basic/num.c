/* num.c - numbers: parsing constants, printing them as Microsoft BASIC does
 * (sign or space, at most 6 significant digits, E notation outside 0.01..999999),
 * conversion to integers. */
#include "basic.h"

static const float pow10[] = { 1.0f, 10.0f, 100.0f, 1000.0f, 1e4f, 1e5f, 1e6f, 1e7f,
                               1e8f, 1e9f, 1e10f };

static float scale10(float x, int8_t e)
{
    while (e > 10) {
        x *= 1e10f;
        e -= 10;
    }
    while (e < -10) {
        x /= 1e10f;
        e += 10;
    }
    if (e >= 0) {
        return x * pow10[e];
    }
    return x / pow10[-e];
}

/* Parses digits [. digits] [E [+-] digits] at p (spaces allowed between, as in
 * Microsoft's tokenised text); returns the byte after the number. */
uint8_t *parse_number(uint8_t *p, float *out)
{
    uint16_t m16 = 0;
    uint32_t mant = 0;
    int8_t exp = 0, dot = 0, esign = 1;
    int16_t e = 0;
    uint8_t c, digits = 0, big = 0;
    for (;;) {
        c = *p;
        if (c >= '0' && c <= '9') {
            c -= '0';
            if (!big && m16 < 6553) {
                m16 = (m16 << 3) + (m16 << 1) + c;
                if (dot) {
                    exp--;
                }
            } else {
                if (!big) {
                    big = 1;
                    mant = m16;
                    digits = 4;
                }
                if (digits < 9) {
                    mant = (mant << 3) + (mant << 1) + c;
                    digits++;
                    if (dot) {
                        exp--;
                    }
                } else if (!dot) {
                    exp++;
                }
            }
        } else if (c == '.' && !dot) {
            dot = 1;
        } else if (c != ' ') {
            break;
        }
        p++;
    }
    if (!big) {
        mant = m16;
        digits = m16 >= 10000 ? 5 : m16 >= 1000 ? 4 : m16 >= 100 ? 3 : m16 >= 10 ? 2 : 1;
    }
    if (c == 'E') {     /* (E without digits is exponent 0, as in Microsoft's: 1E is 1) */
        uint8_t *q = p + 1;
        while (*q == ' ') q++;
        if (*q == '-') {
            esign = -1;
            q++;
        } else if (*q == '+') {
            q++;
        }
        while ((*q >= '0' && *q <= '9') || *q == ' ') {
            if (*q != ' ' && e < 1000) {
                e = e * 10 + (*q - '0');
            }
            q++;
        }
        p = q;
    }
    e = e * esign + exp;
    if (!big && e == 0) {
        *out = (float)m16;
    } else if (mant == 0) {
        *out = 0.0f;
    } else if (e + digits > 39) {
        error(E_OV);
    } else if (e + digits < -38) {
        *out = 0.0f;
    } else if (e == 0) {
        *out = (float)mant;
    } else if (e < -36) {
        *out = scale10(scale10((float)mant, -20), (int8_t)(e + 20));
    } else {
        *out = scale10((float)mant, (int8_t)e);
    }
    return p;
}

static char numbuf[16];

char *format_number(float x)
{
    char *p = numbuf;
    char digs[8];
    uint32_t n;
    int8_t ex, nd, i;
    *p++ = ' ';
    if (x < 0) {
        numbuf[0] = '-';
        x = -x;
    }
    if (x == 0.0f) {
        *p++ = '0';
        *p = 0;
        return numbuf;
    }
    if (x < 999999.5f && x >= 1.0f && x == (float)(uint32_t)x) {
        /* whole numbers print exactly */
        n = (uint32_t)x;
        i = 0;
        do {
            digs[i++] = '0' + (uint8_t)(n % 10);
            n /= 10;
        } while (n);
        while (i) {
            *p++ = digs[--i];
        }
        *p = 0;
        return numbuf;
    }
    /* bring x into 100000..999999 */
    ex = 5;
    while (x >= 1e15f) { x /= 1e10f; ex += 10; }
    while (x < 1e-4f) { x *= 1e10f; ex -= 10; }
    while (x >= 999999.5f) { x /= 10.0f; ex++; }
    while (x < 99999.95f) { x *= 10.0f; ex--; }
    n = (uint32_t)(x + 0.5f);
    if (n >= 1000000) {
        n /= 10;
        ex++;
    }
    for (i = 5; i >= 0; i--) {
        digs[i] = '0' + (uint8_t)(n % 10);
        n /= 10;
    }
    nd = 6;
    while (nd > 1 && digs[nd - 1] == '0') {
        nd--;
    }
    /* ex is the power of ten of the first digit */
    if (ex >= -2 && ex <= 5) {
        if (ex < 0) {
            *p++ = '.';
            for (i = -1; i > ex; i--) {
                *p++ = '0';
            }
            for (i = 0; i < nd; i++) {
                *p++ = digs[i];
            }
        } else {
            for (i = 0; i <= ex || i < nd; i++) {
                if (i == ex + 1) {
                    *p++ = '.';
                }
                *p++ = i < nd ? digs[i] : '0';
            }
        }
    } else {
        *p++ = digs[0];
        if (nd > 1) {
            *p++ = '.';
            for (i = 1; i < nd; i++) {
                *p++ = digs[i];
            }
        }
        *p++ = 'E';
        if (ex < 0) {
            *p++ = '-';
            ex = -ex;
        } else {
            *p++ = '+';
        }
        *p++ = '0' + ex / 10;
        *p++ = '0' + ex % 10;
    }
    *p = 0;
    return numbuf;
}

int16_t to_int(float x)
{
    if (x <= -32768.5f || x >= 32767.5f) {
        error(E_FC);
    }
    /* Microsoft truncates toward minus infinity here (INT) */
    if (x < 0) {
        int16_t i = (int16_t)x;
        if ((float)i != x) {
            i--;
        }
        return i;
    }
    return (int16_t)x;
}

uint16_t to_uint(float x)
{
    if (x < 0) {
        return (uint16_t)to_int(x);
    }
    if (x >= 65536.0f) {
        error(E_FC);
    }
    return (uint16_t)x;
}

uint8_t to_byte(float x)
{
    if (x < 0 || x >= 256.0f) {
        error(E_FC);
    }
    return (uint8_t)x;
}
