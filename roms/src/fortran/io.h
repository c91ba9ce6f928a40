/* io.h - state of the I/O statement being executed (iorun.c, iofmt.c, files.c). */
#ifndef IO_H
#define IO_H
#define M_WRITE 1
#define M_LIST 2
#define M_FMTSTK 4
#define M_FMTLAB 8
#define M_DATA 32
#define M_END 16
#define REC_MAX 160

typedef struct {
    uint8_t mode;
    int16_t unit;
    uint8_t *fmt, *src;
    uint16_t srclen, fmtlen;
    uint8_t data_done;
    char rec[REC_MAX + 1];
    uint8_t pos, len;
    uint16_t items, rep;
    uint8_t last_char, need_sep, slash, eof;
    uint8_t *end_pc;
    char repval[42];
} io_t;
extern io_t io;
extern uint8_t *io_end_label;
extern char linebuf[REC_MAX + 8];

void rec_put(char c);
void rec_puts(const char *s);
void rec_flush(void);
void rec_read(void);
void parse_into(val_t *ref, const char *s, uint8_t len_known);
void fmt_start(void);
void fmt_item(val_t *v);
void fmt_finish(void);
uint8_t read_line(char *buf, uint8_t size);
void ltoa_s(char *buf, int32_t v);
void file_check(int16_t unit, uint8_t write);
void file_record(const char *rec, uint8_t len);
uint8_t file_read_record(char *rec);
#endif
