/* file.c - SAVE, LOAD, MERGE, RUN "name", FILES/DIR, KILL on the SD card (ports
 * $10-$13, see docs/basic.md). Programs are stored as plain text listings (CR LF line
 * ends), so they can be edited on the host. A name without a dot gets ".BAS". */
#include <string.h>
#include "basic.h"
#pragma opt_code_size   /* off the speed-critical paths: smaller code */
#include "stmt.h"

__sfr __at 0x10 sd_cmd;
__sfr __at 0x11 sd_status;
__sfr __at 0x12 sd_data;
__sfr __at 0x13 sd_name;

#define SD_OPEN_READ 0x01
#define SD_CREATE    0x02
#define SD_CLOSE     0x05
#define SD_DIR       0x06
#define SD_DELETE    0x0A
#define ST_ERROR     0x02
#define ST_AVAIL     0x80

static void check_card(void)
{
    if (sd_status == 0xFF) {
        error(E_NC);
    }
}

/* Evaluates the file name and sends it, then the command; ?FF if it fails. */
static void name_command(uint8_t cmd)
{
    uint8_t i, dot = 0;
    eval_str();
    check_card();
    if (sac.len == 0) {
        error(E_FF);
    }
    for (i = 0; i < sac.len; i++) {
        if (sac.ptr[i] == '.') {
            dot = 1;
        }
        sd_name = sac.ptr[i];
    }
    if (!dot) {
        sd_name = '.';
        sd_name = 'B';
        sd_name = 'A';
        sd_name = 'S';
    }
    sd_name = 0;
    sd_cmd = cmd;
    if (sd_status & ST_ERROR) {
        error(E_FF);
    }
}

void do_save(void)
{
    uint8_t *p;
    name_command(SD_CREATE);
    out_file = 1;
    for (p = prog_start; p[0]; p += p[0]) {
        list_line(p);
    }
    out_file = 0;
    sd_cmd = SD_CLOSE;
    if (sd_status & ST_ERROR) {
        error(E_FF);
    }
}

/* mode 0 LOAD, 1 MERGE, 2 RUN "name". Lines without a number are ignored. */
void do_load(uint8_t mode)
{
    char *buf = input_buffer();
    uint8_t n = 0;
    int c;
    name_command(SD_OPEN_READ);
    if (mode != 1) {
        do_new();
    }
    for (;;) {
        c = (sd_status & ST_AVAIL) ? sd_data : 0;
        if (c == 0 || c == '\r' || c == '\n') {
            buf[n] = 0;
            if (n) {
                char *s = buf;
                while (*s == ' ') {
                    s++;
                }
                if (*s >= '0' && *s <= '9') {
                    enter_line(buf);
                }
            }
            n = 0;
            if (c == 0) {
                break;
            }
        } else if (n < 250 && c >= ' ') {
            buf[n++] = (char)c;
        }
    }
    sd_cmd = SD_CLOSE;
    clear_all();
    cur_line = 0;
    txt = (uint8_t *)"";
    if (mode == 2 && prog_start[0]) {
        cur_line = prog_start;
        txt = LINE_TEXT(prog_start);
    }
}

void do_files(void)
{
    uint8_t c;
    check_card();
    sd_cmd = SD_DIR;
    if (sd_status & ST_ERROR) {
        error(E_FF);
    }
    while (sd_status & ST_AVAIL) {
        c = sd_data;    /* read once (SDCC re-reads a port used in a comparison) */
        if (c == 0) {
            break;
        }
        if (c != '\n') {
            out_char(c);
        }
    }
}

void do_kill(void)
{
    name_command(SD_DELETE);
}
