/* sdblock.c - SD card seek and 128-byte DMA block transfers (see sdcard.h); a module of
 * its own so that ROMs which only stream files do not carry it. */
#include "sdcard.h"

__sfr __at SD_COMMAND_PORT sd_command_port;
__sfr __at SD_STATUS_PORT sd_status_port;
__sfr __at SD_SEEK_LO_PORT sd_seek_lo_port;
__sfr __at SD_SEEK_HI_PORT sd_seek_hi_port;
__sfr __at SD_DMA_LO_PORT sd_dma_lo_port;
__sfr __at SD_DMA_HI_PORT sd_dma_hi_port;
__sfr __at SD_BLOCK_PORT sd_block_port;
__sfr __at SD_SEEK_EX_PORT sd_seek_ex_port;

int sd_seek(unsigned long position)
{
    sd_seek_lo_port = (unsigned char) position;
    sd_seek_hi_port = (unsigned char) (position >> 8);
    sd_seek_ex_port = (unsigned char) (position >> 16);
    sd_command_port = SD_SEEK;
    return (sd_status_port & SD_STATUS_ERROR) ? -1 : 0;
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
