/* MINT's SD card operators (ports $10-$19, see docs/storage.md and docs/mint.md):
 *   a /L`NAME`     load the file into memory from address a, push the bytes loaded
 *   a n /M`NAME`   make (create or replace) the file from n bytes at address a
 *   /Q             list the card's files (query)
 *   /Z`NAME`       zap (delete) the file
 * The name follows the operator in backticks, like a text to print. */
#include "mint_core.h"
#include "sdcard.h"

#define NAME_MAX 64

static char name[NAME_MAX + 1];
static char message[NAME_MAX + 24];

/* Reads the `NAME` after the operator; 0 (and an error) if there is none. */
static uint8_t read_name(void)
{
    uint8_t n = 0;
    if (BYTE(ip) != '`') {
        fail("expected `NAME` after the operator", 0);
        return 0;
    }
    ip++;
    while (BYTE(ip) != 0 && BYTE(ip) != '`') {
        if (n < NAME_MAX)
            name[n++] = BYTE(ip);
        ip++;
    }
    if (BYTE(ip) == '`')
        ip++;
    name[n] = 0;
    return 1;
}

/* fail() with the file name after the message. */
static void fail_name(const char *text)
{
    char *m = message;
    const char *s = name;
    while (*text)
        *m++ = *text++;
    while (*s)
        *m++ = *s++;
    *m = 0;
    fail(message, 0);
}

static uint8_t card(void)
{
    if (sd_present())
        return 1;
    fail("no SD card", 0);
    return 0;
}

/* a /L`NAME` -- n */
static void file_load(void)
{
    uint16_t address, count = 0;
    int c;
    if (!read_name())
        return;
    address = (uint16_t)pop();
    if (err || !card())
        return;
    if (sd_open(name, SD_READ)) {
        fail_name("no file ");
        return;
    }
    while ((c = sd_getc()) >= 0) {
        if (address < MINT_VARS) {   /* ROM, interpreter and machine stack (or past $FFFF) */
            sd_close();
            fail("load stops below #3000 ", 0);
            return;
        }
        BYTE(address++) = (uint8_t)c;
        count++;
    }
    push((int16_t)count);
}

/* a n /M`NAME` -- */
static void file_make(void)
{
    uint16_t address, count;
    uint8_t failed = 0;
    if (!read_name())
        return;
    count = (uint16_t)pop();
    address = (uint16_t)pop();
    if (err || !card())
        return;
    if (sd_open(name, SD_CREATE)) {
        fail_name("cannot create ");
        return;
    }
    while (count--)
        failed |= (uint8_t)sd_putc(BYTE(address++));
    sd_close();
    if (failed)
        fail_name("card full, not all saved: ");
}

/* /Q */
static void file_list(void)
{
    int c;
    if (!card())
        return;
    fresh_line();
    sd_dir();
    while ((c = sd_getc()) >= 0)
        out((uint8_t)c);
}

/* /Z`NAME` */
static void file_zap(void)
{
    if (!read_name() || !card())
        return;
    if (sd_delete(name))
        fail_name("no file ");
}

void file_operator(uint8_t c)
{
    switch (c) {
    case 'L': file_load(); break;
    case 'M': file_make(); break;
    case 'Q': file_list(); break;
    default: file_zap(); break;
    }
}
