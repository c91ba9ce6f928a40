/* files.c - the SD card (roms/src/lib/sdcard.h): SAVE/LOAD/DIR of the program text and
 * sequential formatted files on unit numbers (one file open at a time: the card has one
 * channel). Units 5 and 6 (and *) are the terminal. */
#include <string.h>
#include "f77.h"
#include "io.h"
#include "sdcard.h"

#define F_CLOSED 0
#define F_IDLE 1
#define F_READING 2
#define F_WRITING 3
#define F_EOF 4

static int16_t f_unit = -1;
static uint8_t f_state, f_append;
static char f_name[32];

static void need_card(void)
{
    if (!sd_present())
        fail("no SD card");
}

static void copy_name(char *dst, val_t *v)
{
    uint8_t n = v->n;
    if (v->t != T_CHAR)
        rt_error("FILE= needs a CHARACTER value");
    while (n && v->p[n - 1] == ' ')
        n--;
    if (n > 31)
        n = 31;
    memcpy(dst, v->p, n);
    dst[n] = 0;
}

void file_open(val_t *unit, val_t *name, uint8_t status)
{
    int16_t u = (int16_t)to_long(unit);
    if (!sd_present())
        rt_error("no SD card");
    if (u == 5 || u == 6 || u < 0)
        rt_error("units 5 and 6 are the terminal");
    if (f_unit >= 0 && f_unit != u)
        rt_error("only one file can be open");
    if (f_state >= F_READING)
        sd_close();
    copy_name(f_name, name);
    if (status == 1 || status == 4) {
        if (sd_open(f_name, SD_READ))
            rt_error("file not found");
        sd_close();
    }
    if (status == 5)
        sd_delete(f_name);
    f_unit = u;
    f_state = F_IDLE;
    f_append = status == 4;
}

void file_close(val_t *unit, uint8_t rewind)
{
    if ((int16_t)to_long(unit) != f_unit)
        return;
    if (f_state >= F_READING && f_state != F_EOF)
        sd_close();
    f_state = F_IDLE;
    if (!rewind)
        f_unit = -1;
}

void file_check(int16_t unit, uint8_t write)
{
    if (unit != f_unit)
        rt_error("unit not open");
    if (write && f_state != F_WRITING) {
        if (f_state == F_READING)
            sd_close();
        if (sd_open(f_name, f_append ? SD_APPEND : SD_CREATE))
            rt_error("cannot write the file");
        f_state = F_WRITING;
    } else if (!write && f_state != F_READING && f_state != F_EOF) {
        if (f_state == F_WRITING)
            sd_close();
        if (sd_open(f_name, SD_READ))
            rt_error("file not found");
        f_state = F_READING;
    }
}

void file_record(const char *rec, uint8_t len)
{
    uint8_t i;
    for (i = 0; i < len; i++)
        if (sd_putc((uint8_t)rec[i]))
            rt_error("write error (card full?)");
    if (sd_putc('\n'))
        rt_error("write error (card full?)");
}

/* one line of a file without its CR/LF; -1 at the end of the file */
static int16_t get_line(char *rec)
{
    int c;
    uint8_t n = 0;
    for (;;) {
        c = sd_getc();
        if (c < 0) {
            if (!n)
                return -1;
            break;
        }
        if (c == '\n')
            break;
        if (c != '\r' && n < REC_MAX)
            rec[n++] = (char)c;
    }
    rec[n] = 0;
    return n;
}

uint8_t file_read_record(char *rec)
{
    int16_t n;
    n = f_state == F_EOF ? -1 : get_line(rec);
    if (n < 0) {
        f_state = F_EOF;
        if (!io.end_pc) {
            io_status = -1;
            rt_error("end of file");
        }
        io.eof = 1;
        rec[0] = 0;
        return 0;
    }
    return (uint8_t)n;
}

void prog_save(const char *name)
{
    char *buf = linebuf;
    uint16_t n;
    char *p;
    need_card();
    if (sd_open(name, SD_CREATE))
        fail("cannot create the file");
    for (n = 1; n <= nlines; n++) {
        p = line_at(n);
        format_line(p, buf);
        p = buf;
        while (*p)
            sd_putc((uint8_t)*p++);
        if (sd_putc('\n')) {
            sd_close();
            fail("write error (card full?)");
        }
    }
    sd_close();
}

void prog_load(const char *name)
{
    char *buf = linebuf;
    need_card();
    if (sd_open(name, SD_READ))
        fail("file not found");
    prog_new();
    while (get_line(buf) >= 0)
        load_line(buf);
    load_line(0);
}

void prog_dir(void)
{
    int c;
    need_card();
    if (sd_dir())
        fail("cannot read the directory");
    while ((c = sd_getc()) >= 0)
        io_putc((uint8_t)c);
}
