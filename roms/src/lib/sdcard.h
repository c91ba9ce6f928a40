/* sdcard.h - the RetroShield SD card on I/O ports $10-$19 (see docs/storage.md).
 *
 *   $10 command (write)      $01 open for reading     $02 create (truncate)
 *                            $03 open for appending   $04 seek to the start
 *                            $05 close file/listing   $06 directory listing
 *                            $07 open read/write      $08/$09 seek to $14/$15/$19
 *                            $0A delete the named file (this project's extension)
 *   $11 status (read)        bit 0 ready, bit 1 error, bit 7 a file or listing is open
 *   $12 data                 read: next byte (0 at the end, which also closes); write: byte to the file
 *   $13 file name (write)    characters, then 0
 *   $14/$15/$19 seek bits 0-7/8-15/16-23      $16/$17 DMA address low/high (default $0080)
 *   $18 block (write 0: read 128 bytes to the DMA address; 1: write 128 bytes from it;
 *       read: 0 if the last block transfer succeeded)
 * ROMs add "sdcard.c" to LIB in their rom.conf (and "sdblock.c" for sd_seek and the blocks).
 */
#ifndef SDCARD_H
#define SDCARD_H

#define SD_COMMAND_PORT  0x10
#define SD_STATUS_PORT   0x11
#define SD_DATA_PORT     0x12
#define SD_NAME_PORT     0x13
#define SD_SEEK_LO_PORT  0x14
#define SD_SEEK_HI_PORT  0x15
#define SD_DMA_LO_PORT   0x16
#define SD_DMA_HI_PORT   0x17
#define SD_BLOCK_PORT    0x18
#define SD_SEEK_EX_PORT  0x19

#define SD_READ    1
#define SD_CREATE  2
#define SD_APPEND  3
#define SD_SEEK_START 4
#define SD_CLOSE   5
#define SD_DIR     6
#define SD_RW      7
#define SD_SEEK    8
#define SD_DELETE  0x0A

#define SD_STATUS_READY  0x01
#define SD_STATUS_ERROR  0x02
#define SD_STATUS_OPEN   0x80

#define SD_BLOCK_SIZE    128

int  sd_present(void);               /* 1 if a card answers (status port not $FF) */
int  sd_open(const char *name, unsigned char mode); /* SD_READ, SD_CREATE, SD_APPEND, SD_RW: 0 ok, -1 error */
int  sd_getc(void);                  /* next byte, -1 at end of file (also closes) */
int  sd_putc(unsigned char c);       /* 0 ok, -1 error (the error stays until the next command) */
void sd_close(void);
int  sd_dir(void);                   /* start a listing; then sd_getc() gives "NAME\r\n..." then -1 */
int  sd_delete(const char *name);    /* 0 ok, -1 error */
/* sdblock.c: */
int  sd_seek(unsigned long position); /* 0 ok, -1 error (no file open, or past the size limit) */
int  sd_read_block(void *address);   /* 128 bytes from the file to memory (zeros past the end): 0 ok, -1 error */
int  sd_write_block(const void *address); /* 128 bytes from memory to the file: 0 ok, -1 error */

#endif
