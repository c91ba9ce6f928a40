/* Host driver for testing the MINT core with gcc: stdin is the serial input,
   stdout the serial output. Not part of the ROM. */
#define _DEFAULT_SOURCE
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "../mint.h"
#include "sdcard.h"

uint8_t mint_host_mem[65536];

/* unbuffered reads, so that io_ready() sees exactly what io_getc() would get */
int io_getc(void)
{
    unsigned char c;
    fflush(stdout);
    return read(0, &c, 1) == 1 ? c : -1;
}

int io_ready(void)
{
    struct pollfd p = { 0, POLLIN, 0 };
    return poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

void io_putc(uint8_t c)
{
    putchar(c);
}

/* No SD card on the host: the file operators report "no SD card". */
int sd_present(void) { return 0; }
int sd_open(const char *name, unsigned char mode) { (void)name; (void)mode; return -1; }
int sd_getc(void) { return -1; }
int sd_putc(unsigned char c) { (void)c; return -1; }
void sd_close(void) { }
int sd_dir(void) { return -1; }
int sd_delete(const char *name) { (void)name; return -1; }

uint8_t io_in(uint8_t port)
{
    return port; /* no hardware on the host: echo the port number */
}

void io_out(uint8_t port, uint8_t value)
{
    fprintf(stderr, "[out %02X,%02X]", port, value);
}

void io_call(uint16_t address)
{
    fprintf(stderr, "[call %04X]", address);
}

int main(void)
{
    mint_main();
    return 0;
}
