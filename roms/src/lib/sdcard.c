/* sdcard.c - SD card access for the bundled ROMs (see sdcard.h, docs/storage.md). */
#include "sdcard.h"

__sfr __at SD_COMMAND_PORT sd_command_port;
__sfr __at SD_STATUS_PORT sd_status_port;
__sfr __at SD_DATA_PORT sd_data_port;
__sfr __at SD_NAME_PORT sd_name_port;
__sfr __at SD_SEEK_LO_PORT sd_seek_lo_port;
__sfr __at SD_SEEK_HI_PORT sd_seek_hi_port;
__sfr __at SD_DMA_LO_PORT sd_dma_lo_port;
__sfr __at SD_DMA_HI_PORT sd_dma_hi_port;
__sfr __at SD_BLOCK_PORT sd_block_port;
__sfr __at SD_SEEK_EX_PORT sd_seek_ex_port;

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

int sd_seek(unsigned long position)
{
    sd_seek_lo_port = (unsigned char) position;
    sd_seek_hi_port = (unsigned char) (position >> 8);
    sd_seek_ex_port = (unsigned char) (position >> 16);
    sd_command_port = SD_SEEK;
    return sd_result();
}

static int sd_block(const void *address, unsigned char direction)
{
    unsigned int a = (unsigned int) address;
    sd_dma_lo_port = (unsigned char) a;
    sd_dma_hi_port = (unsigned char) (a >> 8);
    sd_block_port = direction;
    return sd_block_port ? -1 : 0;
}

int sd_read_block(void *address)
{
    return sd_block(address, 0);
}

int sd_write_block(const void *address)
{
    return sd_block(address, 1);
}
