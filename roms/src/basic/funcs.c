/* funcs.c - built-in functions and DEF FN calls. */
#include <string.h>
#include <math.h>
#include "basic.h"
#pragma opt_code_size   /* off the speed-critical paths: smaller code */
#include "funcs.h"

static uint32_t rnd_seed = 0x2F6B1A35UL;
static float rnd_last = 0.811635f;   /* RND(0) before any RND, as Microsoft's */

static void rnd_next(void)
{
    rnd_seed ^= rnd_seed << 13;
    rnd_seed ^= rnd_seed >> 17;
    rnd_seed ^= rnd_seed << 5;
    rnd_last = (float)(rnd_seed >> 8) * (1.0f / 16777216.0f);
}

static uint8_t port_in(uint8_t port) __naked
{
    (void)port;
    __asm
        ld  c, a
        in  a, (c)
        ret
    __endasm;
}

static uint16_t call_usr(uint16_t addr, uint16_t arg) __naked
{
    (void)addr;
    (void)arg;
    __asm
        ex  de, hl      ; hl = arg, de = address (sdcccall 1)
        ld  bc, #usr_done
        push bc
        push de
        ret             ; to the routine with HL = argument
usr_done:
        ex  de, hl      ; its HL is the result
        ret
    __endasm;
}

/* Result string of len bytes, filled by the caller. */
static char *new_str(uint8_t len)
{
    sac.ptr = len ? str_alloc(len) : 0;
    sac.len = len;
    etype = 1;
    return sac.ptr;
}

static void hex_str(uint16_t v)
{
    char buf[4];
    uint8_t n = 0, d;
    do {
        d = v & 15;
        buf[n++] = d < 10 ? '0' + d : 'A' - 10 + d;
        v >>= 4;
    } while (v);
    {
        char *p = new_str(n);
        while (n) {
            *p++ = buf[--n];
        }
    }
}

static void substring(uint8_t start, uint8_t len)
{
    str_t s;
    s = sac;
    if (start >= s.len) {
        len = 0;
    } else if (len > s.len - start) {
        len = s.len - start;
    }
    sac.ptr = s.ptr + start;
    sac.len = len;
}

static void string_func(uint8_t tok)
{
    str_t s;
    uint8_t n, m;
    expect('(');
    eval_str();
    s = sac;
    expect(',');
    n = eval_byte();
    if (tok == T_MID) {
        if (n == 0) {
            error(E_FC);
        }
        m = 255;
        if (accept(',')) {
            m = eval_byte();
        }
        expect(')');
        sac = s;
        substring(n - 1, m);
    } else {
        expect(')');
        sac = s;
        if (tok == T_LEFT) {
            substring(0, n);
        } else {
            substring(n >= s.len ? 0 : s.len - n, n);
        }
    }
    etype = 1;
}

static void instr_func(void)
{
    str_t a, b;
    uint8_t start = 1, i;
    expect('(');
    eval();
    if (!etype) {
        start = to_byte(fac);
        if (start == 0) {
            error(E_FC);
        }
        expect(',');
        eval_str();
    }
    a = sac;
    expect(',');
    eval_str();
    b = sac;
    expect(')');
    etype = 0;
    fac = 0;
    if (b.len == 0) {
        fac = start <= a.len ? start : 0;
        return;
    }
    for (i = start - 1; (uint16_t)i + b.len <= a.len; i++) {
        if (memcmp(a.ptr + i, b.ptr, b.len) == 0) {
            fac = i + 1;
            return;
        }
    }
}

void call_function(uint8_t tok)
{
    float x;
    switch (tok) {
    case T_LEFT: case T_RIGHT: case T_MID:
        string_func(tok);
        return;
    case T_INSTR:
        instr_func();
        return;
    }
    paren_expr();
    if (tok >= T_LEN && tok <= T_ASC && tok != T_STR) {
        check_str();
        switch (tok) {
        case T_LEN:
            fac = sac.len;
            break;
        case T_VAL:
            if (sac.len == 0) {
                fac = 0;
            } else {
                /* parse a NUL-terminated copy */
                char buf[40];
                uint8_t n = sac.len > 39 ? 39 : sac.len, neg = 0;
                uint8_t *p = (uint8_t *)buf;
                memcpy(buf, sac.ptr, n);
                buf[n] = 0;
                while (*p == ' ') p++;
                if (*p == '-') { neg = 1; p++; } else if (*p == '+') { p++; }
                parse_number(p, &fac);
                if (neg) fac = -fac;
            }
            break;
        case T_ASC:
            if (sac.len == 0) {
                error(E_FC);
            }
            fac = (uint8_t)sac.ptr[0];
            break;
        }
        etype = 0;
        return;
    }
    if (tok == T_FRE) {
        fac = (float)(etype ? fre_strings() : mem_free());
        etype = 0;
        return;
    }
    check_num();
    x = fac;
    switch (tok) {
    case T_SGN: fac = x > 0 ? 1.0f : (x < 0 ? -1.0f : 0.0f); break;
    case T_INT: fac = (x >= 8388608.0f || x <= -8388608.0f) ? x : floorf(x); break;
    case T_ABS: fac = fabsf(x); break;
    case T_USR:
        if (!*USR_VECTOR) {
            error(E_FC);
        }
        fac = (float)(int16_t)call_usr(*USR_VECTOR, (uint16_t)to_int(x));
        break;
    case T_INP: fac = port_in(to_byte(x)); break;
    case T_POS: fac = out_col; break;
    case T_SQR: if (x < 0) error(E_FC); fac = sqrtf(x); break;
    case T_RND:
        if (x < 0) {
            union { float f; uint32_t u; } v;
            v.f = x;
            rnd_seed = v.u ^ 0x5DEECE66UL;
            if (!rnd_seed) rnd_seed = 1;
            rnd_next();
        } else if (x > 0) {
            rnd_next();
        }
        fac = rnd_last;
        break;
    case T_LOG: if (x <= 0) error(E_FC); fac = logf(x); break;
    case T_EXP: if (x > 88.02f) error(E_OV); fac = x < -87.3f ? 0.0f : expf(x); break;
    case T_COS: fac = cosf(x); break;
    case T_SIN: fac = sinf(x); break;
    case T_TAN: fac = tanf(x); break;
    case T_ATN: fac = atanf(x); break;
    case T_PEEK: fac = *(uint8_t *)to_uint(x); break;
    case T_STR: {
        char *s = format_number(x);
        uint8_t n = strlen(s);
        memcpy(new_str(n), s, n);
        return;
    }
    case T_CHR: *new_str(1) = to_byte(x); return;
    case T_HEX: hex_str((uint16_t)to_int(x) ); return;
    default: error(E_SN);
    }
    etype = 0;
}

/* FNx(arg): the definition's text is "(P)=expr"; P takes the argument meanwhile. */
void call_fn(void)
{
    uint8_t n0, n1;
    str_t *def;
    float arg, saved, *param;
    uint8_t *save_txt;
    skip_spaces();
    n0 = *txt;
    if (n0 < 'A' || n0 > 'Z') {
        error(E_SN);
    }
    txt++;
    n1 = 0;
    while ((*txt >= 'A' && *txt <= 'Z') || (*txt >= '0' && *txt <= '9')) {
        if (!n1) {
            n1 = *txt;
        }
        txt++;
    }
    if (*txt == '$') {
        error(E_TM);    /* functions are numeric */
    }
    def = lookup_fn(n0, n1, 0);
    if (!def) {
        error(E_UF);
    }
    paren_expr();
    check_num();
    arg = fac;
    save_txt = txt;
    txt = (uint8_t *)def->ptr;
    expect('(');
    param = find_var(0);
    expect(')');
    expect('=');
    saved = *param;
    *param = arg;
    eval();
    *param = saved;
    check_num();
    txt = save_txt;
}
