/* vars.c - variables, arrays and the string heap.
 * Simple variables: 6-byte entries [name0][name1][4-byte value] from vars_start to
 * arr_start (name1 bit 7 = string, name0 bit 7 = DEF FN). Arrays follow up to arr_end:
 * [name0][name1][size lo][size hi][dims][bound+1 (2 bytes) per dimension][elements, 4
 * bytes each]. Strings live from mem_top down to str_bottom; each block is the text
 * followed by a 3-byte trailer [len][owner lo][owner hi] used by the compacting
 * collector, which runs between statements (no string value is then in flight).
 * The string space is either all free memory (the default: variables and strings share
 * it) or, after CLEAR n, the top n bytes below mem_top (Microsoft's model). */
#include <string.h>
#include "basic.h"

#define STR_TRAILER 3
#define GC_ROOM 1536   /* collect when less string space than this is free */

uint8_t *str_gc_at;
static uint8_t *last_temp;       /* the newest string block, while nothing owns it */
static uint8_t last_temp_len;

/* The lowest address strings may use; where variables and arrays must end. */
#define STR_FLOOR    (mem_cfg.str_base ? mem_cfg.str_base : arr_end)
#define VARS_CEILING (mem_cfg.str_base ? mem_cfg.str_base : str_bottom)

/* Next collection when str_bottom drops below str_gc_at: GC_ROOM above the floor, or at
 * once if the strings that are live already leave less than that. */
static void set_gc_mark(void)
{
    uint8_t *floor = STR_FLOOR;
    str_gc_at = (uint16_t)(str_bottom - floor) > GC_ROOM ? floor + GC_ROOM : str_bottom;
}

void make_room(uint8_t *at, uint16_t n)
{
    uint8_t *ceiling = VARS_CEILING;
    if (ceiling < arr_end || (uint16_t)(ceiling - arr_end) < n + 64) {
        error(E_OM);
    }
    memmove(at + n, at, arr_end - at);
    arr_end += n;
    if (!mem_cfg.str_base) {
        str_gc_at += n;
    }
}

void clear_vars(void)
{
    vars_start = arr_start = arr_end = prog_end + 1;
    str_bottom = mem_top;
    last_temp = 0;
    set_gc_mark();
}

static uint16_t eval_nonneg(void)
{
    float x = eval_num();
    if (x < 0) {
        error(E_FC);
    }
    return to_uint(x);
}

/* CLEAR [n][,m]: n bytes of string space, m the memory top (BASIC stays below m); ?OM when
 * the program and 40 bytes would not fit below the string space. */
void do_clear(void)
{
    uint8_t c = next_char();
    if (c && c != ':' && c != T_ELSE) {
        uint16_t top = (uint16_t)mem_top;
        uint16_t size = mem_cfg.str_base ? top - (uint16_t)mem_cfg.str_base : 0;
        uint8_t fixed = mem_cfg.str_base != 0;
        if (c != ',') {
            size = eval_nonneg();
            fixed = 1;
        }
        if (accept(',')) {
            top = eval_nonneg();
        }
        if (top > (uint16_t)MEM_TOP || size > top || top - size < (uint16_t)prog_end + 41) {
            error(E_OM);
        }
        mem_top = mem_cfg.top = (uint8_t *)top;
        mem_cfg.str_base = fixed ? (uint8_t *)(top - size) : 0;
    }
    clear_all();
}

uint8_t *var_lookup(uint16_t name);   /* varfind.s */

void *var_address(uint8_t n0, uint8_t n1, uint8_t create)
{
    uint8_t *p = var_lookup(n0 | ((uint16_t)n1 << 8));
    if (p || !create) {
        return p;
    }
    p = arr_start;
    make_room(arr_start, 6);
    arr_start += 6;
    p[0] = n0;
    p[1] = n1;
    p[2] = p[3] = p[4] = p[5] = 0;
    return p + 2;
}

str_t *lookup_fn(uint8_t n0, uint8_t n1, uint8_t create)
{
    return (str_t *)var_address(n0 | 0x80, n1, create);
}

static uint8_t *find_array(uint8_t n0, uint8_t n1)
{
    uint8_t *p = arr_start;
    while (p < arr_end) {
        if (p[0] == n0 && p[1] == n1) {
            return p;
        }
        p += *(uint16_t *)(p + 2);
    }
    return 0;
}

/* Creates an array with the bounds in dims[0..nd-1]. */
static uint8_t *create_array(uint8_t n0, uint8_t n1, uint8_t nd, uint16_t *dims)
{
    uint32_t elems = 1;
    uint16_t size;
    uint8_t i, *p = arr_end;
    for (i = 0; i < nd; i++) {
        elems *= (uint32_t)dims[i] + 1;
        if (elems > 16000) {
            error(E_OM);
        }
    }
    size = 5 + 2 * nd + (uint16_t)elems * 4;
    make_room(arr_end, size);
    memset(p, 0, size);
    p[0] = n0;
    p[1] = n1;
    *(uint16_t *)(p + 2) = size;
    p[4] = nd;
    for (i = 0; i < nd; i++) {
        ((uint16_t *)(p + 5))[i] = dims[i] + 1;
    }
    return p;
}

uint16_t scan_name(void);   /* fast.s */

/* Skips spaces, parses a name at txt (letter, then letters/digits, first two kept, '$'). */
static void parse_name(uint8_t *n0, uint8_t *n1)
{
    uint16_t name = scan_name();
    if (!name) {
        error(E_SN);
    }
    *n0 = (uint8_t)name;
    *n1 = (uint8_t)(name >> 8);
}

static uint16_t subscript(void)
{
    uint16_t d = eval_uint();
    if (d > 32767) {
        error(E_FC);
    }
    return d;
}

/* The subscripts after dims[0..nd-1] (txt after them), up to ')'; their number. */
static uint8_t subs_from(uint16_t *dims, uint8_t nd)
{
    while (accept(',')) {
        if (nd == 8) {
            error(E_SN);
        }
        dims[nd++] = subscript();
    }
    expect(')');
    return nd;
}

static uint8_t subs(uint16_t *dims)
{
    txt++;   /* '(' */
    dims[0] = subscript();
    return subs_from(dims, 1);
}

/* Variable or array element at txt: returns the address of its 4-byte value and sets
 * etype (1 for strings). Undimensioned arrays are created (0-10 each); a simple
 * variable only if create is set (in expressions an unknown one reads as 0 or "", so
 * that nothing moves while the value of an array element is being computed). */
float zero_value;   /* what find_var (fast.s) returns for an unknown variable */

float *var_create(uint16_t name)
{
    return (float *)var_address((uint8_t)name, (uint8_t)(name >> 8), 1);
}

/* The array element of the array called name whose first subscript (first) fast.s has
 * read (txt after it): the other subscripts, arrays made on first use, several
 * dimensions. */
float *find_element(uint16_t name, uint16_t first)
{
    uint8_t n0 = (uint8_t)name, n1 = (uint8_t)(name >> 8), nd, i;
    uint16_t dims[8], offset;
    uint8_t *a;
    dims[0] = first;
    nd = subs_from(dims, 1);
    etype = n1 >> 7;
    a = find_array(n0, n1);
    if (!a) {
        uint16_t tens[8];
        for (i = 0; i < nd; i++) {
            tens[i] = 10;
        }
        a = create_array(n0, n1, nd, tens);
    }
    if (a[4] != nd) {
        error(E_BS);
    }
    if (nd == 1) {   /* the common case, without the loop */
        offset = dims[0];
        if (offset >= *(uint16_t *)(a + 5)) {
            error(E_BS);
        }
        return (float *)(a + 7 + (offset << 2));
    }
    i = nd - 1;
    if (dims[i] >= ((uint16_t *)(a + 5))[i]) {
        error(E_BS);
    }
    offset = dims[i];
    while (i-- > 0) {
        uint16_t b = ((uint16_t *)(a + 5))[i];
        if (dims[i] >= b) {
            error(E_BS);
        }
        offset = offset * b + dims[i];
    }
    return (float *)(a + 5 + 2 * nd + (offset << 2));
}

void dim_array(void)
{
    uint8_t n0, n1, nd;
    uint16_t dims[8];
    do {
        parse_name(&n0, &n1);
        if (*txt != '(') {
            error(E_SN);
        }
        nd = subs(dims);
        if (find_array(n0, n1)) {
            error(E_DD);
        }
        create_array(n0, n1, nd, dims);
    } while (accept(','));
}

/* ---- strings ---- */

static uint8_t in_heap(char *p)
{
    return (uint8_t *)p >= str_bottom && (uint8_t *)p < mem_top;
}

char *str_alloc(uint8_t len)
{
    uint16_t need = len + STR_TRAILER;
    uint8_t *floor = STR_FLOOR;
    if (str_bottom < floor || (uint16_t)(str_bottom - floor) < need + (mem_cfg.str_base ? 0 : 32)) {
        error(E_OS);
    }
    str_bottom -= need;
    str_bottom[len] = len;
    str_bottom[len + 1] = 0;
    str_bottom[len + 2] = 0;
    last_temp = str_bottom;
    last_temp_len = len;
    return (char *)str_bottom;
}

/* Stores src in *dst: the newest string block, just made and not yet owned, is taken as it
 * is; other strings are copied (strings in the program text are not). */
void str_assign(str_t *dst, str_t *src)
{
    str_t v;
    v = *src;
    if (v.len && (uint8_t *)v.ptr == last_temp && v.len == last_temp_len
            && last_temp == str_bottom) {
        last_temp = 0;
    } else if (v.len && ((uint8_t *)v.ptr >= vars_start || (uint8_t *)v.ptr < prog_start)) {
        char *p = str_alloc(v.len);
        memcpy(p, v.ptr, v.len);
        v.ptr = p;
        last_temp = 0;
    }
    *dst = v;
}

/* Marks s as the owner of its string block; returns the bytes the block takes. */
static uint16_t mark(str_t *s)
{
    if (s->len && in_heap(s->ptr)) {
        uint8_t *t = (uint8_t *)s->ptr + s->len;
        t[1] = (uint8_t)(uint16_t)s;
        t[2] = (uint8_t)((uint16_t)s >> 8);
        return s->len + STR_TRAILER;
    }
    return 0;
}

/* Marks the owner of every live string block in its trailer (the others get none);
 * returns the bytes the live blocks take. */
static uint16_t mark_live(void)
{
    uint8_t *p, *q;
    uint8_t len;
    uint16_t live = 0;
    /* forget old owners */
    for (p = mem_top; p > str_bottom;) {
        len = p[-STR_TRAILER];
        p[-2] = p[-1] = 0;
        p -= len + STR_TRAILER;
    }
    for (p = vars_start; p < arr_start; p += 6) {
        if ((p[1] & 0x80) && !(p[0] & 0x80)) {
            live += mark((str_t *)(p + 2));
        }
    }
    for (p = arr_start; p < arr_end; p += *(uint16_t *)(p + 2)) {
        if (p[1] & 0x80) {
            uint16_t n = (*(uint16_t *)(p + 2) - 5 - 2 * p[4]) / 4;
            for (q = p + 5 + 2 * p[4]; n--; q += 4) {
                live += mark((str_t *)q);
            }
        }
    }
    return live;
}

/* Compacts the string heap: live strings (owned by a variable or array element) move
 * up to mem_top, the rest is freed. */
void str_collect(void)
{
    uint8_t *p, *q, *dst;
    str_t *owner;
    uint8_t len;
    mark_live();
    dst = mem_top;
    for (p = mem_top; p > str_bottom;) {
        len = p[-STR_TRAILER];
        owner = (str_t *)(p[-2] | (p[-1] << 8));
        q = p - len - STR_TRAILER;
        if (owner) {
            dst -= len + STR_TRAILER;
            if (dst != q) {
                memmove(dst, q, len + STR_TRAILER);
            }
            owner->ptr = (char *)dst;
        }
        p = q;
    }
    str_bottom = dst;
    last_temp = 0;
    set_gc_mark();
}

/* FRE(0): the bytes free for program, variables and arrays (with the default string space,
 * all free memory). */
uint16_t mem_free(void)
{
    return (uint16_t)(VARS_CEILING - arr_end);
}

/* FRE(""): the string space that would be free after a collection. */
uint16_t fre_strings(void)
{
    uint16_t live = mark_live();
    return (uint16_t)(mem_top - STR_FLOOR) - live;
}
