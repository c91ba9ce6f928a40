/* sdcard.c - SD card access for the bundled ROMs (see sdcard.h, docs/storage.md). */
#include "sdcard.h"

__sfr __at SD_COMMAND_PORT sd_command_port;
__sfr __at SD_STATUS_PORT sd_status_port;
__sfr __at SD_DATA_PORT sd_data_port;
__sfr __at SD_NAME_PORT sd_name_port;

static int sd_result(void)
{
    return (sd_status_port & SD_STATUS_ERROR) ? -1 : 0;
}

static int sd_named(const char *name, unsigned char command)
{
    while (*name) {
        sd_name_port = *name++;
    }
    sd_name_port = 0;
    sd_command_port = command;
    return sd_result();
}

int sd_present(void)
{
    return sd_status_port != 0xFF;
}

int sd_open(const char *name, unsigned char mode)
{
    return sd_named(name, mode);
}

int sd_delete(const char *name)
{
    return sd_named(name, SD_DELETE);
}

int sd_getc(void)
{
    unsigned char c;
    if (!(sd_status_port & SD_STATUS_OPEN)) {
        return -1;
    }
    c = sd_data_port;
    if (c == 0 && !(sd_status_port & SD_STATUS_OPEN)) {
        return -1;
    }
    return c;
}

int sd_putc(unsigned char c)
{
    sd_data_port = c;
    return sd_result();
}

void sd_close(void)
{
    sd_command_port = SD_CLOSE;
}

int sd_dir(void)
{
    sd_command_port = SD_DIR;
    return sd_result();
}
